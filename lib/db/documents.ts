/** Documents: the pages clips come from and the reports checks read. */
/* oxlint-disable unicorn/no-array-sort -- Array#toSorted needs Chromium 110; we support 86 and sort fresh arrays. */
import type { LedgerContext } from './context';
import { guarded, LedgerError } from './errors';
import { newId } from './ids';
import type { DocumentRole, LedgerDocument } from './types';
import { DocumentInputSchema, parseInput, UrlSchema, type DocumentInput } from './validate';

/** Host name of a URL ('' for file URLs). */
function siteOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/**
 * Inserts or updates the document at `input.url`, inside the caller's
 * transaction (which must include `documents`). An existing document keeps
 * its id, first-seen time and role; meta that is given replaces what is
 * stored, meta that is absent is kept.
 */
export async function upsertDocumentInTx(ctx: LedgerContext, input: DocumentInput): Promise<LedgerDocument> {
  const doc = parseInput(DocumentInputSchema, input);
  const { db, now } = ctx;
  const existing = await db.documents.where('url').equals(doc.url).first();
  const time = now();
  if (!existing) {
    const created: LedgerDocument = {
      id: newId(),
      url: doc.url,
      title: doc.title,
      site: siteOf(doc.url),
      role: doc.role ?? 'source',
      firstSeen: time,
      updated: time,
    };
    if (doc.unit) created.unit = doc.unit;
    if (doc.inspectedUnit) created.inspectedUnit = doc.inspectedUnit;
    if (doc.round) created.round = doc.round;
    if (doc.publishDate) created.publishDate = doc.publishDate;
    await db.documents.add(created);
    return created;
  }
  const next: LedgerDocument = { ...existing };
  if (doc.title) next.title = doc.title;
  if (doc.unit) next.unit = doc.unit;
  if (doc.inspectedUnit) next.inspectedUnit = doc.inspectedUnit;
  if (doc.round) next.round = doc.round;
  if (doc.publishDate) next.publishDate = doc.publishDate;
  if (doc.role) next.role = doc.role;
  const changed = (Object.keys(next) as (keyof LedgerDocument)[]).some((k) => next[k] !== existing[k]);
  if (!changed) return existing;
  next.updated = time;
  await db.documents.put(next);
  return next;
}

export class DocumentRepo {
  constructor(private readonly ctx: LedgerContext) {}

  /** Inserts or updates a document by URL; see `upsertDocumentInTx`. */
  async upsert(input: DocumentInput): Promise<LedgerDocument> {
    const { db } = this.ctx;
    return guarded(() => db.transaction('rw', db.documents, () => upsertDocumentInTx(this.ctx, input)));
  }

  async get(id: string): Promise<LedgerDocument | undefined> {
    return guarded(() => this.ctx.db.documents.get(id));
  }

  /** The document at `url` (fragment ignored), if any. */
  async getByUrl(url: string): Promise<LedgerDocument | undefined> {
    const key = parseInput(UrlSchema, url);
    return guarded(() => this.ctx.db.documents.where('url').equals(key).first());
  }

  /** Documents, newest first; optionally only sources or only reports. */
  async list(role?: DocumentRole): Promise<LedgerDocument[]> {
    const { db } = this.ctx;
    return guarded(async () => {
      const rows = role
        ? await db.documents.where('role').equals(role).toArray()
        : await db.documents.toArray();
      return rows.sort((a, b) => b.firstSeen - a.firstSeen);
    });
  }

  /** The document, or `LedgerError('not-found')`. */
  async require(id: string): Promise<LedgerDocument> {
    const doc = await this.get(id);
    if (!doc) throw new LedgerError('not-found', `No document ${id}`);
    return doc;
  }
}
