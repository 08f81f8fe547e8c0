/**
 * The one way clips are written: in a readwrite transaction that also bumps
 * the clip revision when anything changed, then tells this connection's
 * search index what changed once the transaction has committed.
 */
import type { Table } from 'dexie';
import type { LedgerContext } from './context';
import { bumpClipRevision } from './clip-revision';
import { guarded } from './errors';
import type { Clip } from './types';

export interface ClipChange<T> {
  /** Clips written (added, updated or restored), as stored. */
  put: Clip[];
  /** Ids of clips deleted. */
  removed: string[];
  value: T;
}

/**
 * Runs `write` in one readwrite transaction over `clips`, `meta` and
 * `tables`. Either everything `write` did is stored or nothing is; failures
 * come out as `LedgerError`.
 */
export async function writeClips<T>(
  ctx: LedgerContext,
  tables: Table[],
  write: () => Promise<ClipChange<T>>,
): Promise<T> {
  const { db } = ctx;
  const { change, before } = await guarded(() =>
    db.transaction('rw', [db.clips, db.meta, ...tables], async () => {
      const result = await write();
      const changed = result.put.length > 0 || result.removed.length > 0;
      return { change: result, before: changed ? await bumpClipRevision(db) : null };
    }),
  );
  if (before !== null) ctx.index.applyWrite(before, change.put, change.removed);
  return change.value;
}
