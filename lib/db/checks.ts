/** Checks of progress reports against a case's commitments, user overrides, timelines and summaries. */
/* oxlint-disable unicorn/no-array-sort -- Array#toSorted needs Chromium 110; we support 86 and sort fresh arrays. */
import type { LedgerContext } from './context';
import { guarded, LedgerError } from './errors';
import { newId } from './ids';
import { buildStatusIndex, isoDay, summarizeCase, type CaseSummary, type StatusPoint } from './status';
import type { Check, LedgerDocument, Override } from './types';
import { emptyUndo, type UndoToken } from './undo';
import {
  CheckInputSchema,
  IdSchema,
  OverrideInputSchema,
  parseInput,
  type CheckInput,
  type OverrideInput,
} from './validate';

/** A check with its report document, for lists. */
export interface CheckView {
  check: Check;
  report?: LedgerDocument;
  /** The report's publish date, else the day of the check. */
  date: string;
}

export class CheckRepo {
  constructor(private readonly ctx: LedgerContext) {}

  /**
   * Saves the result of comparing a report with a case's commitments. The
   * case, the report document and every clip named must exist.
   */
  async save(input: CheckInput): Promise<Check> {
    const fields = parseInput(CheckInputSchema, input);
    const { db, now } = this.ctx;
    return guarded(() =>
      db.transaction('rw', [db.checks, db.cases, db.documents, db.clips], async () => {
        if (!(await db.cases.get(fields.caseId)))
          throw new LedgerError('not-found', `No case ${fields.caseId}`);
        if (!(await db.documents.get(fields.reportDocumentId))) {
          throw new LedgerError('not-found', `No document ${fields.reportDocumentId}`);
        }
        const clipIds = fields.results.map((r) => r.clipId);
        const clips = await db.clips.bulkGet(clipIds);
        const missing = clipIds.filter((_, i) => !clips[i]);
        if (missing.length) throw new LedgerError('not-found', `No clip ${missing.join(', ')}`);
        const check: Check = {
          id: newId(),
          caseId: fields.caseId,
          reportDocumentId: fields.reportDocumentId,
          checkedAt: fields.checkedAt ?? now(),
          results: fields.results,
        };
        await db.checks.add(check);
        return check;
      }),
    );
  }

  async get(id: string): Promise<Check | undefined> {
    return guarded(() => this.ctx.db.checks.get(id));
  }

  /** Checks of a case with their reports, oldest report first. */
  async listForCase(caseId: string): Promise<CheckView[]> {
    const { db } = this.ctx;
    return guarded(async () => {
      const checks = await db.checks.where('caseId').equals(caseId).toArray();
      const reports = await db.documents.bulkGet(checks.map((c) => c.reportDocumentId));
      const views = checks.map((check, i) => {
        const report = reports[i];
        return { check, report, date: report?.publishDate ?? isoDay(check.checkedAt) };
      });
      return views.sort((a, b) =>
        a.date < b.date ? -1 : a.date > b.date ? 1 : a.check.checkedAt - b.check.checkedAt,
      );
    });
  }

  /** Deletes a check and its overrides; returns what `ledger.undo` needs to put them back. */
  async remove(id: string): Promise<UndoToken> {
    const checkId = parseInput(IdSchema, id);
    const { db } = this.ctx;
    return guarded(() =>
      db.transaction('rw', db.checks, db.overrides, async () => {
        const check = await db.checks.get(checkId);
        if (!check) throw new LedgerError('not-found', `No check ${checkId}`);
        const overrides = await db.overrides.where('checkId').equals(checkId).toArray();
        await db.overrides.bulkDelete(overrides.map((o) => o.id));
        await db.checks.delete(checkId);
        const token = emptyUndo();
        token.checks = [check];
        token.overrides = overrides;
        return token;
      }),
    );
  }

  /** A commitment's status in every report it was checked against, oldest first (for a timeline). */
  async timeline(clipId: string): Promise<StatusPoint[]> {
    const { db } = this.ctx;
    return guarded(async () => {
      const checks = (await db.checks.toArray()).filter((c) => c.results.some((r) => r.clipId === clipId));
      const overrides = await db.overrides.where('clipId').equals(clipId).toArray();
      const reports = await this.reportsOf(checks);
      return buildStatusIndex(checks, overrides, reports).get(clipId) ?? [];
    });
  }

  /**
   * Overrides one result of a check: the user says what the report really
   * shows. The computed result is kept; the override wins in summaries and exports.
   */
  async setOverride(input: OverrideInput): Promise<Override> {
    const fields = parseInput(OverrideInputSchema, input);
    const { db, now } = this.ctx;
    return guarded(() =>
      db.transaction('rw', db.overrides, db.checks, async () => {
        const check = await db.checks.get(fields.checkId);
        if (!check) throw new LedgerError('not-found', `No check ${fields.checkId}`);
        if (!check.results.some((r) => r.clipId === fields.clipId)) {
          throw new LedgerError(
            'not-found',
            `Check ${fields.checkId} has no result for clip ${fields.clipId}`,
          );
        }
        const existing = await db.overrides
          .where('[checkId+clipId]')
          .equals([fields.checkId, fields.clipId])
          .first();
        const time = now();
        const row: Override = {
          id: existing ? existing.id : newId(),
          checkId: fields.checkId,
          clipId: fields.clipId,
          status: fields.status,
          created: existing ? existing.created : time,
          updated: time,
        };
        if (fields.note) row.note = fields.note;
        await db.overrides.put(row);
        return row;
      }),
    );
  }

  /** Removes the override of one result; returns whether there was one. */
  async clearOverride(checkId: string, clipId: string): Promise<boolean> {
    const { db } = this.ctx;
    return guarded(
      async () => (await db.overrides.where('[checkId+clipId]').equals([checkId, clipId]).delete()) > 0,
    );
  }

  /** The case's tally of its commitments' latest statuses (overrides applied). */
  async summary(caseId: string): Promise<CaseSummary> {
    return guarded(async () => (await this.summaries([caseId]))[0]);
  }

  /** Summaries of the given cases (default: every case). */
  async summaries(caseIds?: string[]): Promise<CaseSummary[]> {
    const { db } = this.ctx;
    return guarded(() =>
      db.transaction('r', [db.cases, db.clips, db.checks, db.overrides, db.documents], async () => {
        const ids = caseIds ?? (await db.cases.toCollection().primaryKeys());
        const cases = await db.cases.bulkGet(ids);
        const missing = ids.filter((_, i) => !cases[i]);
        if (missing.length) throw new LedgerError('not-found', `No case ${missing.join(', ')}`);
        const clips = await db.clips.where('caseId').anyOf(ids).toArray();
        const checks = await db.checks.toArray();
        const overrides = await db.overrides.toArray();
        const index = buildStatusIndex(checks, overrides, await this.reportsOf(checks));
        return ids.map((id) => summarizeCase(id, clips, checks, index));
      }),
    );
  }

  private async reportsOf(checks: Check[]): Promise<LedgerDocument[]> {
    const ids = checks.map((c) => c.reportDocumentId).filter((id, i, all) => all.indexOf(id) === i);
    return (await this.ctx.db.documents.bulkGet(ids)).filter((d): d is LedgerDocument => !!d);
  }
}
