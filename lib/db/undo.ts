/**
 * Undo for destructive and bulk actions. An action returns an `UndoToken`:
 * the rows it changed or deleted, exactly as they were before. Undoing puts
 * them back in one transaction. Tokens are plain data, so they can travel in
 * a message from the background to a page and back.
 */
import type { LedgerContext } from './context';
import { writeClips } from './clip-write';
import type { Check, Clip, LedgerCase, Override } from './types';

export interface UndoToken {
  clips: Clip[];
  overrides: Override[];
  cases: LedgerCase[];
  checks: Check[];
}

export interface UndoResult {
  restored: number;
  /**
   * Clips not restored because the same quote of the same document was
   * clipped again since (the ledger has it already, under another id).
   */
  skipped: number;
}

/** An empty token (nothing to undo). */
export function emptyUndo(): UndoToken {
  return { clips: [], overrides: [], cases: [], checks: [] };
}

/** Puts back the rows of `token` as they were before the action. */
export function applyUndo(ctx: LedgerContext, token: UndoToken): Promise<UndoResult> {
  const { db } = ctx;
  return writeClips(ctx, [db.overrides, db.cases, db.checks], async () => {
    const clips: Clip[] = [];
    let skipped = 0;
    const restoredCases = new Set(token.cases.map((c) => c.id));
    for (const original of token.clips) {
      const twin = await db.clips
        .where('[documentId+quoteHash]')
        .equals([original.documentId, original.quoteHash])
        .first();
      if (twin && twin.id !== original.id) {
        skipped++;
        continue;
      }
      // The clip's case may have been deleted since: restore the clip without it.
      let clip = original;
      if (clip.caseId && !restoredCases.has(clip.caseId) && !(await db.cases.get(clip.caseId))) {
        clip = { ...clip };
        delete clip.caseId;
      }
      clips.push(clip);
    }
    await db.cases.bulkPut(token.cases);
    await db.checks.bulkPut(token.checks);
    await db.clips.bulkPut(clips);
    const restoredClipIds = new Set(clips.map((c) => c.id));
    for (const override of token.overrides) {
      if (!restoredClipIds.has(override.clipId) && !(await db.clips.get(override.clipId))) continue;
      if (!(await db.checks.get(override.checkId))) continue;
      // A newer override of the same result gives way to the one being restored.
      await db.overrides.where('[checkId+clipId]').equals([override.checkId, override.clipId]).delete();
      await db.overrides.put(override);
    }
    return {
      put: clips,
      removed: [],
      value: {
        restored: clips.length + token.cases.length + token.checks.length + token.overrides.length,
        skipped,
      },
    };
  });
}
