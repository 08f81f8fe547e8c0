/** Clips: adding (idempotent), editing, bulk actions with undo, deleting with undo, listing. */
/* oxlint-disable unicorn/no-array-sort -- Array#toSorted needs Chromium 110; we support 86 and sort fresh arrays. */
import type { LedgerContext } from './context';
import { suggestCases, unambiguousCase } from './case-match';
import { writeClips } from './clip-write';
import { queryClips, type ClipQuery, type ClipQueryResult } from './clip-query';
import { upsertDocumentInTx } from './documents';
import { guarded, LedgerError } from './errors';
import { newId } from './ids';
import { quoteHash, sameQuote } from './quote-hash';
import type { Clip, ClipStatus, LedgerCase, LedgerDocument } from './types';
import { applyUndo, emptyUndo, type UndoResult, type UndoToken } from './undo';
import {
  ClipInputSchema,
  ClipPatchSchema,
  ClipStatusSchema,
  DocumentInputSchema,
  IdSchema,
  parseInput,
  TagsSchema,
  UrlSchema,
  type ClipInput,
  type ClipPatch,
  type DocumentInput,
} from './validate';
import * as v from 'valibot';

export interface AddClipsOptions {
  /**
   * Assign clips given without a case to the case that unambiguously matches
   * the document's inspected unit (see case-match.ts). Default true.
   */
  autoAssignCase?: boolean;
}

export interface AddClipsResult {
  document: LedgerDocument;
  /** One id per input clip, in input order: the new clip's, or the one already stored. */
  ids: string[];
  /** Ids of the clips that were new. */
  added: string[];
  /** Inputs that were in the ledger already (or twice in the input). */
  duplicates: number;
  /** The case assigned from the document's inspected unit, if any. */
  assignedCase?: LedgerCase;
}

const IdsSchema = v.pipe(v.array(IdSchema), v.maxLength(100_000));

export class ClipRepo {
  constructor(private readonly ctx: LedgerContext) {}

  /**
   * Stores clips of one document, upserting the document first, all in one
   * transaction. Idempotent: a clip whose text-quote selector is already
   * stored for the document is not stored again; its existing id is returned.
   */
  async add(
    document: DocumentInput,
    inputs: ClipInput[],
    options: AddClipsOptions = {},
  ): Promise<AddClipsResult> {
    const docInput = parseInput(DocumentInputSchema, document);
    const clips = inputs.map((input) => parseInput(ClipInputSchema, input));
    const { ctx } = this;
    const { db } = ctx;
    return writeClips(ctx, [db.documents, db.cases], async () => {
      const doc = await upsertDocumentInTx(ctx, docInput);
      await this.requireCases(clips.map((c) => c.caseId));
      let assignedCase: LedgerCase | undefined;
      if (options.autoAssignCase !== false && clips.some((c) => !c.caseId)) {
        const suggestions = suggestCases(
          await db.cases.toArray(),
          doc.inspectedUnit,
          doc.round,
          ctx.searchKey,
        );
        assignedCase = unambiguousCase(suggestions);
      }
      const hashes = clips.map((c) => quoteHash(c.selectors.quote));
      const stored = await db.clips
        .where('[documentId+quoteHash]')
        .anyOf(hashes.map((h) => [doc.id, h]))
        .toArray();
      const byHash = new Map<string, Clip>();
      for (const clip of stored) byHash.set(clip.quoteHash, clip);
      const time = ctx.now();
      const ids: string[] = [];
      const fresh: Clip[] = [];
      let duplicates = 0;
      clips.forEach((input, i) => {
        const hash = hashes[i];
        const existing = byHash.get(hash);
        if (existing) {
          if (!sameQuote(existing.selectors.quote, input.selectors.quote)) {
            throw new LedgerError('unknown', `Quote hash collision on ${existing.id}`);
          }
          duplicates++;
          ids.push(existing.id);
          return;
        }
        const clip: Clip = {
          id: newId(),
          documentId: doc.id,
          kind: input.kind,
          originalText: input.text,
          text: input.text,
          normalized: ctx.normalizeText(input.text),
          searchKey: ctx.searchKey(input.text),
          quoteHash: hash,
          selectors: input.selectors,
          tags: input.tags,
          status: input.status,
          created: time,
          updated: time,
        };
        if (input.deadline) clip.deadline = input.deadline;
        if (input.owner) clip.owner = input.owner;
        if (input.note) clip.note = input.note;
        const caseId = input.caseId ?? assignedCase?.id;
        if (caseId) clip.caseId = caseId;
        byHash.set(hash, clip);
        fresh.push(clip);
        ids.push(clip.id);
      });
      await db.clips.bulkAdd(fresh);
      const usedAutoCase = fresh.some((c) => assignedCase && c.caseId === assignedCase.id);
      return {
        put: fresh,
        removed: [],
        value: {
          document: doc,
          ids,
          added: fresh.map((c) => c.id),
          duplicates,
          assignedCase: usedAutoCase ? assignedCase : undefined,
        },
      };
    });
  }

  /** Changes editable fields of one clip and stamps `updated`; `null` clears a field. */
  async update(id: string, patch: ClipPatch): Promise<Clip> {
    const clipId = parseInput(IdSchema, id);
    const changes = parseInput(ClipPatchSchema, patch);
    const { ctx } = this;
    const { db } = ctx;
    return writeClips(ctx, [db.cases], async () => {
      const clip = await db.clips.get(clipId);
      if (!clip) throw new LedgerError('not-found', `No clip ${clipId}`);
      if (changes.caseId) await this.requireCases([changes.caseId]);
      const next: Clip = { ...clip };
      if (changes.kind) next.kind = changes.kind;
      if (changes.status) next.status = changes.status;
      if (changes.tags) next.tags = changes.tags;
      if (changes.text !== undefined && changes.text !== clip.text) {
        next.text = changes.text;
        next.normalized = ctx.normalizeText(changes.text);
        next.searchKey = ctx.searchKey(changes.text);
      }
      setOptional(next, 'note', changes.note);
      setOptional(next, 'deadline', changes.deadline);
      setOptional(next, 'owner', changes.owner);
      setOptional(next, 'caseId', changes.caseId);
      next.updated = ctx.now();
      await db.clips.put(next);
      return { put: [next], removed: [], value: next };
    });
  }

  /** Assigns clips to a case (or to none, with `null`). */
  async assignCase(ids: string[], caseId: string | null): Promise<UndoToken> {
    const target = caseId === null ? null : parseInput(IdSchema, caseId);
    return this.bulkModify(
      ids,
      async () => {
        if (target) await this.requireCases([target]);
      },
      (clip) => {
        if ((clip.caseId ?? null) === target) return false;
        setOptional(clip, 'caseId', target);
        return true;
      },
    );
  }

  /** Adds a tag to clips that do not have it yet. */
  async addTag(ids: string[], tag: string): Promise<UndoToken> {
    const [name] = parseInput(TagsSchema, [tag]);
    return this.bulkModify(ids, null, (clip) => {
      if (clip.tags.indexOf(name) >= 0) return false;
      clip.tags = clip.tags.concat(name);
      return true;
    });
  }

  /** Removes a tag from clips that have it. */
  async removeTag(ids: string[], tag: string): Promise<UndoToken> {
    const [name] = parseInput(TagsSchema, [tag]);
    return this.bulkModify(ids, null, (clip) => {
      if (clip.tags.indexOf(name) < 0) return false;
      clip.tags = clip.tags.filter((t) => t !== name);
      return true;
    });
  }

  /** Sets the status of clips. */
  async setStatus(ids: string[], status: ClipStatus): Promise<UndoToken> {
    const value = parseInput(ClipStatusSchema, status);
    return this.bulkModify(ids, null, (clip) => {
      if (clip.status === value) return false;
      clip.status = value;
      return true;
    });
  }

  /**
   * Deletes clips and the overrides of their check results. Returns what
   * `undo` needs to put them back exactly. Check results that mention the
   * clips stay: they are the record of what a report said.
   */
  async remove(ids: string[]): Promise<UndoToken> {
    const clipIds = parseInput(IdsSchema, ids);
    const { ctx } = this;
    const { db } = ctx;
    return writeClips(ctx, [db.overrides], async () => {
      const clips = (await db.clips.bulkGet(clipIds)).filter((c): c is Clip => !!c);
      const found = clips.map((c) => c.id);
      const overrides = found.length ? await db.overrides.where('clipId').anyOf(found).toArray() : [];
      await db.overrides.bulkDelete(overrides.map((o) => o.id));
      await db.clips.bulkDelete(found);
      const token = emptyUndo();
      token.clips = clips;
      token.overrides = overrides;
      return { put: [], removed: found, value: token };
    });
  }

  /** Reverts a bulk action or a delete; see undo.ts. */
  async undo(token: UndoToken): Promise<UndoResult> {
    return applyUndo(this.ctx, token);
  }

  async get(id: string): Promise<Clip | undefined> {
    return guarded(() => this.ctx.db.clips.get(id));
  }

  /** Clips by id, in the order asked; missing ids are left out. */
  async getMany(ids: string[]): Promise<Clip[]> {
    return guarded(async () => (await this.ctx.db.clips.bulkGet(ids)).filter((c): c is Clip => !!c));
  }

  /** Clips of the document at `url`, in page order: what the highlighter repaints on a visit. */
  async listByDocumentUrl(url: string): Promise<Clip[]> {
    const key = parseInput(UrlSchema, url);
    const { db } = this.ctx;
    return guarded(async () => {
      const doc = await db.documents.where('url').equals(key).first();
      if (!doc) return [];
      const clips = await db.clips.where('documentId').equals(doc.id).toArray();
      return clips.sort((a, b) => pageOffset(a) - pageOffset(b) || a.created - b.created);
    });
  }

  /** Clips of a case, oldest first. */
  async listByCase(caseId: string): Promise<Clip[]> {
    return guarded(async () =>
      (await this.ctx.db.clips.where('caseId').equals(caseId).toArray()).sort(
        (a, b) => a.created - b.created,
      ),
    );
  }

  /** Filters and full-text search; see clip-query.ts. */
  async query(query: ClipQuery = {}): Promise<ClipQueryResult> {
    return queryClips(this.ctx, query);
  }

  async count(): Promise<number> {
    return guarded(() => this.ctx.db.clips.count());
  }

  /** Fails with `not-found` unless every given case id exists. */
  private async requireCases(caseIds: (string | undefined)[]): Promise<void> {
    const wanted = caseIds.filter((id, i): id is string => !!id && caseIds.indexOf(id) === i);
    if (!wanted.length) return;
    const found = await this.ctx.db.cases.bulkGet(wanted);
    const missing = wanted.filter((_, i) => !found[i]);
    if (missing.length) throw new LedgerError('not-found', `No case ${missing.join(', ')}`);
  }

  /**
   * Applies `mutate` to each clip in one transaction; clips it leaves alone
   * (returns false) are not written. The token holds the clips as they were.
   */
  private async bulkModify(
    ids: string[],
    check: (() => Promise<void>) | null,
    mutate: (clip: Clip) => boolean,
  ): Promise<UndoToken> {
    const clipIds = parseInput(IdsSchema, ids);
    const { ctx } = this;
    const { db } = ctx;
    return writeClips(ctx, [db.cases], async () => {
      if (check) await check();
      const before = (await db.clips.bulkGet(clipIds)).filter((c): c is Clip => !!c);
      const time = ctx.now();
      const changed: Clip[] = [];
      const token = emptyUndo();
      for (const clip of before) {
        const next: Clip = { ...clip, tags: clip.tags.slice() };
        if (!mutate(next)) continue;
        next.updated = time;
        changed.push(next);
        token.clips.push(clip);
      }
      await db.clips.bulkPut(changed);
      return { put: changed, removed: [], value: token };
    });
  }
}

/** Where a clip starts in its page; clips without a position go last. */
function pageOffset(clip: Clip): number {
  return clip.selectors.position ? clip.selectors.position.start : Number.MAX_SAFE_INTEGER;
}

/** Sets an optional field, or removes it for `null` (absent keys stay absent in backups). */
function setOptional<K extends 'note' | 'deadline' | 'owner' | 'caseId'>(
  clip: Clip,
  key: K,
  value: string | null | undefined,
): void {
  if (value === undefined) return;
  if (value === null || value === '') delete clip[key];
  else clip[key] = value;
}
