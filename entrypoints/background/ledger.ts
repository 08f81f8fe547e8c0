/**
 * The background's connection to the ledger and the messages content
 * scripts use to reach it. A content script's IndexedDB belongs to the web
 * page, so every read and write from a page goes through here, validated.
 */
import * as v from 'valibot';
import { openLedger, type Ledger } from '../../lib/db/ledger';
import { LedgerError } from '../../lib/db/errors';
import { FindingKindSchema, IdSchema, UrlSchema } from '../../lib/db/validate';
import { t } from '../../lib/i18n';
import {
  onTrustedMessage,
  type CaseCommitment,
  type CheckCaseOption,
  type CheckResultDraft,
  type ClipDraft,
  type DocumentDraft,
  type PageClip,
  type PageSettings,
} from '../../lib/messaging';
import { caseLabel } from '../../lib/db/cases';
import { siteOf } from '../../lib/page/url';
import { FORCE_WRAP_KEY } from '../../lib/settings-keys';

let opening: Promise<Ledger> | null = null;

/** The ledger, opened on first use and again after an upgrade closed it. */
export function ledger(): Promise<Ledger> {
  opening ??= openLedger({
    onClosedByUpgrade: () => {
      opening = null;
    },
  }).catch((error) => {
    opening = null;
    throw error;
  });
  return opening;
}

/** Errors cross the message boundary as text: the user's language, the ledger's words. */
export function userFacing(error: unknown): Error {
  if (error instanceof LedgerError) return new Error(t(error.messageKey));
  if (error instanceof v.ValiError) return new Error(t('ledgerErrorInvalid'));
  return error instanceof Error ? error : new Error(String(error));
}

async function run<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw userFacing(error);
  }
}

const SITE_KEY = (site: string) => `site:${site}`;
const PAGE_KEY = (url: string) => `page:${url}`;

const UrlData = v.object({ url: UrlSchema });
const SettingsPatch = v.object({
  url: UrlSchema,
  patch: v.object({
    panelOpen: v.optional(v.boolean()),
    hiddenKinds: v.optional(v.array(FindingKindSchema)),
    ignored: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(20_000))), v.maxLength(5_000))),
    forceWrap: v.optional(v.boolean()),
  }),
});
const SetKind = v.object({ id: IdSchema, kind: FindingKindSchema });

interface SiteState {
  panelOpen: boolean;
  hiddenKinds: PageSettings['hiddenKinds'];
}

async function pageSettings(url: string): Promise<PageSettings> {
  const { settings } = await ledger();
  const site = await settings.get<SiteState>(SITE_KEY(siteOf(url)), { panelOpen: true, hiddenKinds: [] });
  const ignored = await settings.get<string[]>(PAGE_KEY(url), []);
  const forceWrap = await settings.get<boolean>(FORCE_WRAP_KEY, false);
  return { panelOpen: site.panelOpen, hiddenKinds: site.hiddenKinds, ignored, forceWrap };
}

async function savePageSettings(url: string, patch: Partial<PageSettings>): Promise<void> {
  const { settings } = await ledger();
  if (patch.panelOpen !== undefined || patch.hiddenKinds !== undefined) {
    const key = SITE_KEY(siteOf(url));
    const site = await settings.get<SiteState>(key, { panelOpen: true, hiddenKinds: [] });
    await settings.set(key, {
      panelOpen: patch.panelOpen ?? site.panelOpen,
      hiddenKinds: patch.hiddenKinds ?? site.hiddenKinds,
    });
  }
  if (patch.ignored !== undefined) await settings.set(PAGE_KEY(url), patch.ignored);
  if (patch.forceWrap !== undefined) await settings.set(FORCE_WRAP_KEY, patch.forceWrap);
}

/**
 * A page that names the inspected unit opens a case for it the first time
 * something is clipped from it, so that its measures can be checked later;
 * the repository then assigns the clips to it (and to an existing case when
 * one matches).
 */
async function ensureCaseFor(meta: DocumentDraft['meta']): Promise<void> {
  const unit = meta.inspectedUnit?.trim();
  if (!unit) return;
  const { cases } = await ledger();
  if ((await cases.suggestForUnit(unit, meta.round)).length === 0) {
    await cases.findOrCreate({ unit, round: meta.round ?? '' });
  }
}

/** What the page proposes becomes what the repository stores (it validates both). */
async function saveClips(document: DocumentDraft, clips: ClipDraft[]): Promise<{ ids: string[] }> {
  const { clips: repo } = await ledger();
  const meta = document.meta ?? {};
  if (document.role === 'source') await ensureCaseFor(meta);
  const result = await repo.add(
    {
      url: document.url,
      title: meta.title ?? document.title,
      unit: meta.issuingUnit,
      inspectedUnit: meta.inspectedUnit,
      round: meta.round,
      publishDate: meta.publishDate,
      role: document.role,
    },
    clips.map((clip) => ({
      kind: clip.kind,
      text: clip.text,
      selectors: clip.selectors.position.start >= 0 ? clip.selectors : { quote: clip.selectors.quote },
      deadline: clip.deadline,
      owner: clip.owner,
    })),
  );
  return { ids: result.ids };
}

async function pageClips(url: string): Promise<PageClip[]> {
  const { clips } = await ledger();
  return (await clips.listByDocumentUrl(url)).map((clip) => ({
    id: clip.id,
    kind: clip.kind,
    text: clip.originalText,
    selectors: {
      quote: clip.selectors.quote,
      position: clip.selectors.position ?? { start: -1, end: -1 },
    },
  }));
}

const CheckOptionsData = v.object({ unit: v.optional(v.string()), round: v.optional(v.string()) });
const CaseData = v.object({ caseId: IdSchema });

async function checkOptions(
  unit?: string,
  round?: string,
): Promise<{ cases: CheckCaseOption[]; suggested?: string }> {
  const { cases, clips } = await ledger();
  const all = await cases.list();
  const options: CheckCaseOption[] = [];
  for (const c of all) {
    const commitments = (await clips.query({ caseId: c.id, kind: 'commitment', limit: 0 })).total;
    options.push({ id: c.id, label: caseLabel(c), commitments });
  }
  const suggestions = unit ? await cases.suggestForUnit(unit, round) : [];
  const suggested = suggestions.map((s) => s.case.id).find((id) => options.some((o) => o.id === id));
  return { cases: options, suggested };
}

async function caseCommitments(caseId: string): Promise<CaseCommitment[]> {
  const { clips } = await ledger();
  return (await clips.listByCase(caseId))
    .filter((clip) => clip.kind === 'commitment')
    .map((clip) => ({ clipId: clip.id, text: clip.text }));
}

async function saveCheck(
  caseId: string,
  document: DocumentDraft,
  results: CheckResultDraft[],
): Promise<{ checkId: string }> {
  const l = await ledger();
  const meta = document.meta ?? {};
  const report = await l.documents.upsert({
    url: document.url,
    title: meta.title ?? document.title,
    unit: meta.issuingUnit,
    inspectedUnit: meta.inspectedUnit,
    round: meta.round,
    publishDate: meta.publishDate,
    role: 'report',
  });
  const check = await l.checks.save({ caseId, reportDocumentId: report.id, results });
  return { checkId: check.id };
}

/** Message handlers that read and write the ledger for content scripts and pages. */
export function handleLedgerMessages(): void {
  onTrustedMessage('bg:pageSettings', ({ data }) => run(() => pageSettings(v.parse(UrlData, data).url)));
  onTrustedMessage('bg:savePageSettings', ({ data }) =>
    run(async () => {
      const { url, patch } = v.parse(SettingsPatch, data);
      await savePageSettings(url, patch);
    }),
  );
  onTrustedMessage('bg:saveClips', ({ data }) =>
    run(() => {
      if (!data || typeof data !== 'object' || !Array.isArray(data.clips) || !data.document) {
        throw new LedgerError('invalid', 'bg:saveClips needs a document and a list of clips');
      }
      return saveClips(data.document, data.clips);
    }),
  );
  onTrustedMessage('bg:pageClips', ({ data }) => run(() => pageClips(v.parse(UrlData, data).url)));
  onTrustedMessage('bg:checkOptions', ({ data }) =>
    run(() => {
      const { unit, round } = v.parse(CheckOptionsData, data ?? {});
      return checkOptions(unit, round);
    }),
  );
  onTrustedMessage('bg:caseCommitments', ({ data }) =>
    run(() => caseCommitments(v.parse(CaseData, data).caseId)),
  );
  onTrustedMessage('bg:saveCheck', ({ data }) =>
    run(() => {
      const { caseId } = v.parse(CaseData, data);
      if (!data.document || !Array.isArray(data.results))
        throw new LedgerError('invalid', 'bg:saveCheck needs a document and results');
      return saveCheck(caseId, data.document, data.results);
    }),
  );
  onTrustedMessage('bg:setClipKind', ({ data }) =>
    run(async () => {
      const { id, kind } = v.parse(SetKind, data);
      await (await ledger()).clips.update(id, { kind });
    }),
  );
}
