/**
 * A counter bumped by every transaction that writes clips, in the same
 * transaction. An in-memory index built at revision r is current exactly
 * while the stored counter is r, whichever page or worker wrote last: the
 * index checks one row instead of trusting that only its own page writes.
 */
import type { LedgerDb } from './schema';

const CLIPS_REVISION = 'clipsRevision';

/** The stored clip revision (0 for a new database). */
export async function readClipRevision(db: LedgerDb): Promise<number> {
  const row = await db.meta.get(CLIPS_REVISION);
  return row ? row.value : 0;
}

/**
 * Increments the clip revision; call inside a readwrite transaction that
 * includes `meta`. Returns the revision before the increment.
 */
export async function bumpClipRevision(db: LedgerDb): Promise<number> {
  const before = await readClipRevision(db);
  await db.meta.put({ key: CLIPS_REVISION, value: before + 1 });
  return before;
}
