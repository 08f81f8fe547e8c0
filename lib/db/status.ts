/**
 * How each commitment fared across every report it was checked against,
 * with user overrides applied. Pure over rows: the repository, the exports
 * and the summaries all use it.
 */
import type { Check, CheckEvidence, CheckStatus, Clip, LedgerDocument, Override } from './types';

/** One report's verdict on one commitment. */
export interface StatusPoint {
  checkId: string;
  reportDocumentId: string;
  reportTitle?: string;
  reportUrl?: string;
  /** The report's publish date, else the day of the check (yyyy-mm-dd). */
  date: string;
  checkedAt: number;
  /** The status that counts: the override's when there is one. */
  status: CheckStatus;
  /** What the comparison found. */
  computed: CheckStatus;
  score: number;
  evidence?: CheckEvidence;
  overridden: boolean;
  overrideNote?: string;
}

const pad = (n: number) => (n < 10 ? '0' : '') + n;

/** yyyy-mm-dd of an epoch time, in local time. */
export function isoDay(time: number): string {
  const d = new Date(time);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * Every clip's status points, oldest report first (report date, then time
 * of the check). Clips never checked have no entry.
 */
export function buildStatusIndex(
  checks: readonly Check[],
  overrides: readonly Override[],
  documents: readonly LedgerDocument[],
): Map<string, StatusPoint[]> {
  const docs = new Map<string, LedgerDocument>();
  for (const d of documents) docs.set(d.id, d);
  const overrideOf = new Map<string, Override>();
  for (const o of overrides) overrideOf.set(`${o.checkId}\u0001${o.clipId}`, o);
  const index = new Map<string, StatusPoint[]>();
  for (const check of checks) {
    const report = docs.get(check.reportDocumentId);
    const date = report?.publishDate ?? isoDay(check.checkedAt);
    for (const result of check.results) {
      const override = overrideOf.get(`${check.id}\u0001${result.clipId}`);
      const point: StatusPoint = {
        checkId: check.id,
        reportDocumentId: check.reportDocumentId,
        reportTitle: report?.title,
        reportUrl: report?.url,
        date,
        checkedAt: check.checkedAt,
        status: override ? override.status : result.status,
        computed: result.status,
        score: result.score,
        evidence: result.evidence,
        overridden: !!override,
        overrideNote: override?.note,
      };
      let points = index.get(result.clipId);
      if (!points) index.set(result.clipId, (points = []));
      points.push(point);
    }
  }
  for (const points of index.values()) {
    points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.checkedAt - b.checkedAt));
  }
  return index;
}

/** The latest status point of a clip, if it was ever checked. */
export function latestStatus(points: readonly StatusPoint[] | undefined): StatusPoint | undefined {
  return points && points.length ? points[points.length - 1] : undefined;
}

/** Per-case tally of the commitments' latest statuses, e.g. 12 of 19 reappeared, 4 partly, 3 missing. */
export interface CaseSummary {
  caseId: string;
  /** Problems clipped for the case. */
  problems: number;
  /** Commitments (整改措施) of the case: what checks look for. */
  measures: number;
  reappears: number;
  partial: number;
  missing: number;
  /** Measures no report was checked against yet. */
  unchecked: number;
  /** Measures whose latest status is a user override. */
  overridden: number;
  /** How many checks were saved for the case. */
  checks: number;
  /** Date (yyyy-mm-dd) of the latest report checked. */
  latestReportDate?: string;
}

/**
 * Tallies a case. A measure is a clip of kind `commitment`; its status is the
 * latest report's verdict on it, the override's where one was set.
 */
export function summarizeCase(
  caseId: string,
  clips: readonly Clip[],
  checks: readonly Check[],
  statusIndex: Map<string, StatusPoint[]>,
): CaseSummary {
  const summary: CaseSummary = {
    caseId,
    problems: 0,
    measures: 0,
    reappears: 0,
    partial: 0,
    missing: 0,
    unchecked: 0,
    overridden: 0,
    checks: 0,
  };
  const caseChecks = new Set<string>();
  for (const check of checks) if (check.caseId === caseId) caseChecks.add(check.id);
  summary.checks = caseChecks.size;
  for (const clip of clips) {
    if (clip.caseId !== caseId) continue;
    if (clip.kind === 'problem') summary.problems++;
    const points = statusIndex.get(clip.id);
    if (points) {
      for (const p of points) {
        if (caseChecks.has(p.checkId) && (!summary.latestReportDate || p.date > summary.latestReportDate)) {
          summary.latestReportDate = p.date;
        }
      }
    }
    if (clip.kind !== 'commitment') continue;
    summary.measures++;
    const latest = latestStatus(points);
    if (!latest) {
      summary.unchecked++;
      continue;
    }
    summary[latest.status]++;
    if (latest.overridden) summary.overridden++;
  }
  return summary;
}
