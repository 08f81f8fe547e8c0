/** Cases: an inspected unit and an inspection round, and the clips, checks and summaries that belong to it. */
/* oxlint-disable unicorn/no-array-sort -- Array#toSorted needs Chromium 110; we support 86 and sort fresh arrays. */
import type { LedgerContext } from './context';
import { suggestCases, type CaseSuggestion } from './case-match';
import { writeClips } from './clip-write';
import { guarded, LedgerError } from './errors';
import { newId } from './ids';
import type { LedgerCase } from './types';
import { emptyUndo, type UndoToken } from './undo';
import {
  CaseInputSchema,
  CasePatchSchema,
  IdSchema,
  parseInput,
  type CaseInput,
  type CasePatch,
} from './validate';

/** How a case is named in lists and file names: 县教育局党组 · 2023年第二轮巡察. */
export function caseLabel(c: Pick<LedgerCase, 'unit' | 'round'>): string {
  return c.round ? `${c.unit} · ${c.round}` : c.unit;
}

export class CaseRepo {
  constructor(private readonly ctx: LedgerContext) {}

  async create(input: CaseInput): Promise<LedgerCase> {
    const fields = parseInput(CaseInputSchema, input);
    const { db, now } = this.ctx;
    return guarded(async () => {
      const time = now();
      const row: LedgerCase = {
        id: newId(),
        unit: fields.unit,
        round: fields.round,
        created: time,
        updated: time,
      };
      if (fields.note) row.note = fields.note;
      await db.cases.add(row);
      return row;
    });
  }

  /** The case with this unit and round (compared after search-key folding), created if missing. */
  async findOrCreate(input: CaseInput): Promise<LedgerCase> {
    const fields = parseInput(CaseInputSchema, input);
    const { db, searchKey } = this.ctx;
    return guarded(() =>
      db.transaction('rw', db.cases, async () => {
        const unit = searchKey(fields.unit);
        const round = searchKey(fields.round);
        const all = await db.cases.toArray();
        const found = all.find((c) => searchKey(c.unit) === unit && searchKey(c.round) === round);
        return found ?? (await this.create(fields));
      }),
    );
  }

  async update(id: string, patch: CasePatch): Promise<LedgerCase> {
    const caseId = parseInput(IdSchema, id);
    const fields = parseInput(CasePatchSchema, patch);
    const { db, now } = this.ctx;
    return guarded(() =>
      db.transaction('rw', db.cases, async () => {
        const row = await db.cases.get(caseId);
        if (!row) throw new LedgerError('not-found', `No case ${caseId}`);
        const next: LedgerCase = { ...row };
        if (fields.unit) next.unit = fields.unit;
        if (fields.round !== undefined) next.round = fields.round;
        if (fields.note === null || fields.note === '') delete next.note;
        else if (fields.note !== undefined) next.note = fields.note;
        next.updated = now();
        await db.cases.put(next);
        return next;
      }),
    );
  }

  /**
   * Deletes a case with its checks and their overrides; its clips stay in the
   * ledger without a case. Returns what `ledger.undo` needs to put it all back.
   */
  async remove(id: string): Promise<UndoToken> {
    const caseId = parseInput(IdSchema, id);
    const { ctx } = this;
    const { db } = ctx;
    return writeClips(ctx, [db.cases, db.checks, db.overrides], async () => {
      const row = await db.cases.get(caseId);
      if (!row) throw new LedgerError('not-found', `No case ${caseId}`);
      const checks = await db.checks.where('caseId').equals(caseId).toArray();
      const checkIds = checks.map((c) => c.id);
      const overrides = checkIds.length ? await db.overrides.where('checkId').anyOf(checkIds).toArray() : [];
      const clips = await db.clips.where('caseId').equals(caseId).toArray();
      const time = ctx.now();
      const unassigned = clips.map((clip) => {
        const next = { ...clip, updated: time };
        delete next.caseId;
        return next;
      });
      await db.clips.bulkPut(unassigned);
      await db.overrides.bulkDelete(overrides.map((o) => o.id));
      await db.checks.bulkDelete(checkIds);
      await db.cases.delete(caseId);
      const token = emptyUndo();
      token.cases = [row];
      token.checks = checks;
      token.overrides = overrides;
      token.clips = clips;
      return { put: unassigned, removed: [], value: token };
    });
  }

  async get(id: string): Promise<LedgerCase | undefined> {
    return guarded(() => this.ctx.db.cases.get(id));
  }

  /** Every case, by unit then round (Chinese collation: pinyin order). */
  async list(): Promise<LedgerCase[]> {
    return guarded(async () =>
      (await this.ctx.db.cases.toArray()).sort(
        (a, b) => a.unit.localeCompare(b.unit, 'zh-CN') || a.round.localeCompare(b.round, 'zh-CN'),
      ),
    );
  }

  /** Cases a document's clips may belong to, from its inspected unit and round; best first. */
  async suggestForDocument(documentId: string): Promise<CaseSuggestion[]> {
    const { db, searchKey } = this.ctx;
    return guarded(async () => {
      const doc = await db.documents.get(documentId);
      if (!doc) throw new LedgerError('not-found', `No document ${documentId}`);
      return suggestCases(await db.cases.toArray(), doc.inspectedUnit, doc.round, searchKey);
    });
  }

  /** Cases matching an inspected unit (and round), best first. */
  async suggestForUnit(unit: string, round?: string): Promise<CaseSuggestion[]> {
    const { db, searchKey } = this.ctx;
    return guarded(async () => suggestCases(await db.cases.toArray(), unit, round, searchKey));
  }
}
