/** The table's search and filters, and how they become a `clips.query`. */
import type { ClipQuery } from '../../lib/db/clip-query';
import type { ClipStatus, FindingKind } from '../../lib/db/types';
import type { LatestCheck } from './model';

/** `caseId` filter value for clips without a case. */
export const NO_CASE = '-';

export interface Filters {
  text: string;
  /** Kinds to show; empty: every kind. */
  kinds: FindingKind[];
  /** A case id, NO_CASE, or '' for every case. */
  caseId: string;
  status: ClipStatus | '';
  /** Latest check result; applied on the page (the query knows nothing of checks). */
  check: Exclude<LatestCheck, null> | '';
  tag: string;
  /** Clipped on or after this day (yyyy-mm-dd, local time). */
  from: string;
  /** Clipped on or before this day (yyyy-mm-dd, local time). */
  to: string;
}

export const EMPTY_FILTERS: Filters = {
  text: '',
  kinds: [],
  caseId: '',
  status: '',
  check: '',
  tag: '',
  from: '',
  to: '',
};

export function isFiltered(filters: Filters): boolean {
  return (
    filters.text.trim() !== '' ||
    filters.kinds.length > 0 ||
    filters.caseId !== '' ||
    filters.status !== '' ||
    filters.check !== '' ||
    filters.tag !== '' ||
    filters.from !== '' ||
    filters.to !== ''
  );
}

/** True when the query part of the filters (everything but `check`) narrows anything. */
export function needsQuery(filters: Filters): boolean {
  return isFiltered({ ...filters, check: '' });
}

/** Local midnight of a yyyy-mm-dd day, plus `days`. */
function dayStart(day: string, days = 0): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days).getTime();
}

/** The data layer's query for these filters; `limit: 0` because the page only needs the ids. */
export function toClipQuery(filters: Filters): ClipQuery {
  const query: ClipQuery = { limit: 0 };
  if (filters.text.trim()) query.text = filters.text;
  if (filters.kinds.length) query.kind = filters.kinds;
  if (filters.caseId) query.caseId = filters.caseId === NO_CASE ? null : filters.caseId;
  if (filters.status) query.status = filters.status;
  if (filters.tag) query.tag = filters.tag;
  const from = dayStart(filters.from);
  const to = dayStart(filters.to, 1);
  if (from !== undefined) query.from = from;
  if (to !== undefined) query.to = to;
  return query;
}
