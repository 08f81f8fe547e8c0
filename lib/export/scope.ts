/** What an export covers: the whole ledger, one case, or a selection of clips. */
import type { Check, LedgerTables } from '../db/types';

export type ExportScope =
  { kind: 'all' } | { kind: 'case'; caseId: string } | { kind: 'clips'; ids: string[] };

/**
 * The rows an export of `scope` needs: the clips, their documents and cases,
 * the checks that concern them (with the reports checked) and the overrides
 * of those clips. Settings only go with the whole ledger.
 */
export function selectScope(tables: LedgerTables, scope: ExportScope): LedgerTables {
  if (scope.kind === 'all') return tables;
  const clips =
    scope.kind === 'case'
      ? tables.clips.filter((c) => c.caseId === scope.caseId)
      : (() => {
          const wanted = new Set(scope.ids);
          return tables.clips.filter((c) => wanted.has(c.id));
        })();
  const clipIds = new Set(clips.map((c) => c.id));
  const caseIds = new Set<string>();
  if (scope.kind === 'case') caseIds.add(scope.caseId);
  for (const clip of clips) if (clip.caseId) caseIds.add(clip.caseId);
  const concerns = (check: Check) =>
    scope.kind === 'case' ? check.caseId === scope.caseId : check.results.some((r) => clipIds.has(r.clipId));
  const checks = tables.checks.filter(concerns);
  for (const check of checks) caseIds.add(check.caseId);
  const checkIds = new Set(checks.map((c) => c.id));
  const documentIds = new Set<string>();
  for (const clip of clips) documentIds.add(clip.documentId);
  for (const check of checks) documentIds.add(check.reportDocumentId);
  return {
    documents: tables.documents.filter((d) => documentIds.has(d.id)),
    clips,
    cases: tables.cases.filter((c) => caseIds.has(c.id)),
    checks,
    overrides: tables.overrides.filter((o) => checkIds.has(o.checkId) && clipIds.has(o.clipId)),
    settings: [],
  };
}
