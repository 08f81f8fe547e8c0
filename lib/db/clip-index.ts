/**
 * An in-memory index of every clip's search key and filter fields, so that a
 * search over 10,000 clips is a scan of strings in memory (a few ms) rather
 * than a read of every row from IndexedDB (hundreds of ms). Only the page of
 * results is then read from the database.
 *
 * Kept current two ways: writes through this connection apply their changes
 * directly; any other write (another page, the background, an import) moves
 * the stored clip revision, and the next query reloads the index.
 */
import type { Clip, ClipStatus, FindingKind } from './types';
import type { LedgerDb } from './schema';
import { readClipRevision } from './clip-revision';

export interface ClipIndexEntry {
  id: string;
  documentId: string;
  kind: FindingKind;
  caseId?: string;
  status: ClipStatus;
  tags: string[];
  created: number;
  updated: number;
  searchKey: string;
}

function entryOf(clip: Clip): ClipIndexEntry {
  return {
    id: clip.id,
    documentId: clip.documentId,
    kind: clip.kind,
    caseId: clip.caseId,
    status: clip.status,
    tags: clip.tags,
    created: clip.created,
    updated: clip.updated,
    searchKey: clip.searchKey,
  };
}

export class ClipIndex {
  private entries: Map<string, ClipIndexEntry> | null = null;
  private revision = -1;

  constructor(private readonly db: LedgerDb) {}

  /** Every clip's entry, reloading first if any page wrote clips since the index was built. */
  async current(): Promise<Map<string, ClipIndexEntry>> {
    const stored = await readClipRevision(this.db);
    if (this.entries && stored === this.revision) return this.entries;
    return this.reload();
  }

  /** Rebuilds the index from the database (rows and revision read in one transaction). */
  async reload(): Promise<Map<string, ClipIndexEntry>> {
    const { rows, revision } = await this.db.transaction('r', this.db.clips, this.db.meta, async () => ({
      rows: await this.db.clips.toArray(),
      revision: await readClipRevision(this.db),
    }));
    const entries = new Map<string, ClipIndexEntry>();
    for (const row of rows) entries.set(row.id, entryOf(row));
    this.entries = entries;
    this.revision = revision;
    return entries;
  }

  /**
   * Applies a committed write of this connection that moved the revision
   * from `before` to `before + 1`. If the index was not at `before`, someone
   * else wrote in between: drop it, the next query reloads.
   */
  applyWrite(before: number, put: readonly Clip[], removed: readonly string[]): void {
    if (!this.entries) return;
    if (this.revision !== before) {
      this.invalidate();
      return;
    }
    for (const id of removed) this.entries.delete(id);
    for (const clip of put) this.entries.set(clip.id, entryOf(clip));
    this.revision = before + 1;
  }

  /** Forgets the index; the next query reloads it. */
  invalidate(): void {
    this.entries = null;
    this.revision = -1;
  }
}
