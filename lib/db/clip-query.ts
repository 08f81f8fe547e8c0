/**
 * Listing, filtering and full-text search of clips over the in-memory index
 * (see clip-index.ts): the index is scanned, then only the requested page of
 * clips is read from the database.
 */
import type { LedgerContext } from './context';
import type { ClipIndexEntry } from './clip-index';
import { guarded } from './errors';
import type { Clip, ClipStatus, FindingKind } from './types';

export interface ClipQuery {
  /** Full text: ignores Traditional/Simplified, width, case, whitespace and punctuation. */
  text?: string;
  kind?: FindingKind | FindingKind[];
  /** A case id, or `null` for clips without a case. */
  caseId?: string | null;
  status?: ClipStatus | ClipStatus[];
  /** Clips carrying this tag. */
  tag?: string;
  documentId?: string;
  /** Clipped at or after this time (epoch ms). */
  from?: number;
  /** Clipped before this time (epoch ms, exclusive). */
  to?: number;
  /** Order of results; default newest clip first. */
  order?: 'newest' | 'oldest' | 'updated';
  offset?: number;
  /** Page size; default 100. */
  limit?: number;
}

export interface ClipQueryResult {
  /** How many clips match. */
  total: number;
  /** Ids of every match, in order (for "select all" and bulk actions). */
  ids: string[];
  /** The clips of the requested page. */
  clips: Clip[];
}

export const DEFAULT_PAGE = 100;

function oneOf<T>(wanted: T | T[] | undefined, value: T): boolean {
  if (wanted === undefined) return true;
  return Array.isArray(wanted) ? wanted.indexOf(value) >= 0 : wanted === value;
}

/** A predicate for the filter part of a query; `key` is the query's search key. */
export function clipFilter(query: ClipQuery, key: string): (entry: ClipIndexEntry) => boolean {
  return (e) =>
    oneOf(query.kind, e.kind) &&
    oneOf(query.status, e.status) &&
    (query.caseId === undefined || (query.caseId === null ? !e.caseId : e.caseId === query.caseId)) &&
    (query.tag === undefined || e.tags.indexOf(query.tag) >= 0) &&
    (query.documentId === undefined || e.documentId === query.documentId) &&
    (query.from === undefined || e.created >= query.from) &&
    (query.to === undefined || e.created < query.to) &&
    (key === '' || e.searchKey.indexOf(key) >= 0);
}

// Ties broken by id so that pages never overlap or skip.
const byId = (a: ClipIndexEntry, b: ClipIndexEntry) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function comparator(order: ClipQuery['order']): (a: ClipIndexEntry, b: ClipIndexEntry) => number {
  if (order === 'oldest') return (a, b) => a.created - b.created || byId(a, b);
  if (order === 'updated') return (a, b) => b.updated - a.updated || byId(a, b);
  return (a, b) => b.created - a.created || byId(a, b);
}

/** Runs a query: filters and searches the index, reads one page of clips. */
export function queryClips(ctx: LedgerContext, query: ClipQuery = {}): Promise<ClipQueryResult> {
  return guarded(async () => {
    const key = query.text ? ctx.searchKey(query.text) : '';
    // A query of only punctuation or spaces matches nothing rather than everything.
    if (query.text && query.text.trim() && !key) return { total: 0, ids: [], clips: [] };
    const entries = await ctx.index.current();
    const keep = clipFilter(query, key);
    const matches: ClipIndexEntry[] = [];
    for (const entry of entries.values()) if (keep(entry)) matches.push(entry);
    matches.sort(comparator(query.order));
    const offset = Math.max(0, query.offset ?? 0);
    const limit = Math.max(0, query.limit ?? DEFAULT_PAGE);
    const ids = matches.map((e) => e.id);
    const page = ids.slice(offset, offset + limit);
    const rows = page.length ? await ctx.db.clips.bulkGet(page) : [];
    // A row can vanish between the index check and the read (another page deleted it).
    const clips = rows.filter((c): c is Clip => !!c);
    return { total: ids.length, ids, clips };
  });
}
