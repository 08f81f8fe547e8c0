/**
 * The ledger page's state and every action on it. Components read the state
 * through `useLedgerState()` and call methods; only this module talks to the
 * data layer.
 *
 * The page keeps the whole ledger in memory (10,000 clips are a few MB) and
 * renders it from there. Reading 10,000 clips takes a few hundred ms, so a
 * large ledger is painted in two steps: first the clips of the first case(s)
 * in ledger order (what the first screen shows), then everything; searching and filtering go through
 * `ledger.clips.query`, which returns the ids of the matches, and the page
 * shows those rows in ledger order. After a write of its own the page
 * re-reads; writes of other pages (a clip saved from a tab, a check saved
 * by the background) are noticed by a cheap signature of the stored rows.
 */
import { readClipRevision } from '../../lib/db/clip-revision';
import { LedgerError } from '../../lib/db/errors';
import { openLedger, type Ledger } from '../../lib/db/ledger';
import type {
  CheckStatus,
  Clip,
  ClipStatus,
  LedgerCase,
  LedgerDocument,
  LedgerTables,
} from '../../lib/db/types';
import type { UndoToken } from '../../lib/db/undo';
import type { CaseInput, ClipPatch } from '../../lib/db/validate';
import type { ExportFile, ExportFormat } from '../../lib/export/export-ledger';
import type { Backup } from '../../lib/export/backup';
import type { ProgressCallback } from '../../lib/export/progress';
import type { ExportScope } from '../../lib/export/scope';
import { BackupError } from '../../lib/import/errors';
import type { ImportMode, ImportPreview, ImportResult } from '../../lib/import/import-backup';
import type { BackupSource } from '../../lib/import/read-backup';
import { t, type MessageKey } from '../../lib/i18n';
import { sendMessage } from '../../lib/messaging';
import { createStore, type Store } from '../../lib/store';
import { caseLabel } from '../../lib/db/cases';
import { EMPTY_FILTERS, isFiltered, needsQuery, toClipQuery, type Filters } from './filters';
import { buildView, caseOrder, clipIdsOf, groupItems, type LedgerView, type TableItem } from './model';

export interface Toast {
  id: number;
  tone: 'info' | 'error';
  message: string;
  /** Offered as 撤销 while the toast shows. */
  undo?: UndoToken;
}

export interface FatalError {
  messageKey: MessageKey;
  /** Whether trying again can help (blocked upgrade), or only a reload (closed). */
  action: 'retry' | 'reload';
}

export interface LedgerState {
  phase: 'loading' | 'ready' | 'fatal';
  fatal?: FatalError;
  view: LedgerView | null;
  /** Clips in the ledger (known before the whole ledger is read). */
  total: number;
  /** True while only the first screen's clips are read; filters wait for the rest. */
  partial: boolean;
  /** Opening takes long: most likely an upgrade waits for an old ledger page to close. */
  waitingForOthers: boolean;
  filters: Filters;
  /** Rows of the table (headers and clips) for the current filters. */
  items: TableItem[];
  /** Clips among `items`. */
  matched: number;
  selection: Set<string>;
  /** Clips whose detail panel is open. */
  expanded: Set<string>;
  toasts: Toast[];
}

/** How long an info toast stays (an undo must be reachable, so not too short). */
const TOAST_MS = 9000;
/** How often a visible page looks for writes of other pages. */
const WATCH_MS = 4000;
/**
 * After this long, opening is waiting on something: an upgrade blocked by an
 * old page. Only the first waiting connection gets IndexedDB's `blocked`
 * event (often the background's), later ones just queue, so the page says
 * so itself and carries on as soon as the database opens.
 */
const OPEN_PATIENCE_MS = 3000;
/** Ledgers larger than this are painted in two steps (see the module comment). */
const TWO_STEP_THRESHOLD = 1500;
/** Clips enough to fill the first screen (and some scrolling). */
const FIRST_SCREEN_CLIPS = 80;

/** Resolves once the browser had a chance to paint (or soon, in a background tab where frames wait). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

/** A user-facing message for anything an action threw. */
export function describeError(error: unknown): string {
  if (error instanceof LedgerError || error instanceof BackupError) return t(error.messageKey);
  return t('errorGeneric', error instanceof Error ? error.message : String(error));
}

export class LedgerController {
  readonly store: Store<LedgerState>;
  private ledger: Ledger | null = null;
  private tables: LedgerTables | null = null;
  private signature = '';
  private querySeq = 0;
  private toastSeq = 0;
  private watchTimer: ReturnType<typeof setInterval> | undefined;
  /** performance.now() of the keystroke whose results are on their way (for the search timing). */
  private searchStartedAt: number | null = null;
  private firstRowsMarked = false;

  constructor() {
    this.store = createStore<LedgerState>({
      phase: 'loading',
      view: null,
      total: 0,
      partial: false,
      waitingForOthers: false,
      filters: EMPTY_FILTERS,
      items: [],
      matched: 0,
      selection: new Set(),
      expanded: new Set(),
      toasts: [],
    });
  }

  get state(): LedgerState {
    return this.store.get();
  }

  // ---------------------------------------------------------------- opening and reading

  /** Opens the ledger and loads it; a failure to open shows a full-page message. */
  async start(): Promise<void> {
    this.store.set({ phase: 'loading', fatal: undefined });
    try {
      if (!this.ledger) this.ledger = await this.open();
      if (await this.showFirstScreen(this.ledger)) await afterPaint();
      await this.reload();
      this.watch();
      // Warm the search index (and the Traditional→Simplified tables, built on first use) after
      // the first paint, so that the first keystroke is as fast as the others.
      setTimeout(() => {
        const warm = this.ledger?.clips.query({ text: '整改', limit: 0 });
        if (warm) warm.then(() => performance.mark('ledger:ready')).catch(() => {});
      }, 50);
    } catch (error) {
      this.handle(error, true);
    }
  }

  private async open(): Promise<Ledger> {
    const patience = setTimeout(() => this.store.set({ waitingForOthers: true }), OPEN_PATIENCE_MS);
    try {
      return await openLedger({ onClosedByUpgrade: () => this.fail('closed') });
    } finally {
      clearTimeout(patience);
      if (this.state.waitingForOthers) this.store.set({ waitingForOthers: false });
    }
  }

  stop(): void {
    clearInterval(this.watchTimer);
    this.ledger?.close();
    this.ledger = null;
  }

  private fail(code: 'closed' | 'blocked' | 'other', messageKey?: MessageKey): void {
    clearInterval(this.watchTimer);
    const fatal: FatalError =
      code === 'closed'
        ? { messageKey: 'ledgerErrorClosed', action: 'reload' }
        : code === 'blocked'
          ? { messageKey: 'ledgerErrorBlocked', action: 'retry' }
          : { messageKey: messageKey ?? 'ledgerErrorUnknown', action: 'retry' };
    if (code !== 'blocked') this.ledger = null;
    // With rows on screen, keep them (and any text being typed) under a banner: nothing is lost
    // by being told; further writes fail with the same message.
    if (this.state.view && this.state.phase === 'ready') this.store.set({ fatal });
    else this.store.set({ phase: 'fatal', fatal });
  }

  private requireLedger(): Ledger {
    if (!this.ledger) throw new LedgerError('closed', 'The ledger is not open');
    return this.ledger;
  }

  /**
   * For a large ledger, shows the first screen from a partial read: the
   * cases, then the clips of the cases in order until the screen is full,
   * with those cases' checks and documents. (A clip's check from another
   * case, after a move, shows once the whole ledger is read.)
   * False when the ledger is small (or mostly without cases): read it all.
   */
  private async showFirstScreen(ledger: Ledger): Promise<boolean> {
    const { db } = ledger;
    const first = await db.transaction(
      'r',
      [db.cases, db.documents, db.checks, db.overrides, db.clips],
      async () => {
        const [total, cases] = await Promise.all([db.clips.count(), db.cases.toArray()]);
        if (total <= TWO_STEP_THRESHOLD) return null;
        const clips: Clip[] = [];
        const caseIds: string[] = [];
        for (const c of caseOrder(cases)) {
          const part = await db.clips.where('caseId').equals(c.id).toArray();
          for (const clip of part) clips.push(clip);
          caseIds.push(c.id);
          if (clips.length >= FIRST_SCREEN_CLIPS) break;
        }
        if (clips.length < FIRST_SCREEN_CLIPS) return null;
        // Only what those cases' rows show: their checks, overrides, sources and reports.
        const checks = await db.checks.where('caseId').anyOf(caseIds).toArray();
        const overrides = checks.length
          ? await db.overrides
              .where('checkId')
              .anyOf(checks.map((c) => c.id))
              .toArray()
          : [];
        const documentIds = new Set<string>();
        for (const clip of clips) documentIds.add(clip.documentId);
        for (const check of checks) documentIds.add(check.reportDocumentId);
        const documents = (await db.documents.bulkGet(Array.from(documentIds))).filter(
          (d): d is LedgerDocument => !!d,
        );
        return { total, tables: { documents, clips, cases, checks, overrides, settings: [] } };
      },
    );
    if (!first) return false;
    const view = buildView(first.tables);
    const items = groupItems(view, { matches: null, showEmptyCases: false });
    this.store.set({ phase: 'ready', view, items, matched: first.total, total: first.total, partial: true });
    return true;
  }

  /** Re-reads every table and re-applies the filters. */
  async reload(): Promise<void> {
    const ledger = this.requireLedger();
    const signature = await this.readSignature(ledger);
    const tables = await ledger.readTables();
    this.tables = tables;
    this.signature = signature;
    await this.rebuild();
  }

  /** Rebuilds the view from the tables in memory and re-runs the filters. */
  private async rebuild(): Promise<void> {
    if (!this.tables) return;
    const view = buildView(this.tables);
    const { selection, expanded } = this.state;
    // Forget selected or expanded clips that are gone.
    const keep = (set: Set<string>) => {
      const next = new Set<string>();
      for (const id of set) if (view.byId.has(id)) next.add(id);
      return next;
    };
    this.store.set({
      view,
      phase: 'ready',
      total: view.ordered.length,
      partial: false,
      selection: keep(selection),
      expanded: keep(expanded),
    });
    await this.applyFilters(this.state.filters);
  }

  /** What changes when any page writes: the clip revision and the row counts of the other tables. */
  private async readSignature(ledger: Ledger): Promise<string> {
    const { db } = ledger;
    return db.transaction('r', [db.meta, db.cases, db.checks, db.overrides, db.documents], async () => {
      const parts = await Promise.all([
        readClipRevision(db),
        db.cases.count(),
        db.checks.count(),
        db.overrides.count(),
        db.documents.count(),
      ]);
      return parts.join(':');
    });
  }

  /** Looks for writes of other pages now and then, and whenever the page comes back into view. */
  private watch(): void {
    clearInterval(this.watchTimer);
    const check = () => {
      if (document.visibilityState !== 'visible') return;
      this.refreshIfChanged().catch((error) => this.handle(error));
    };
    this.watchTimer = setInterval(check, WATCH_MS);
    if (!this.watching) {
      this.watching = true;
      window.addEventListener('focus', check);
      document.addEventListener('visibilitychange', check);
    }
  }

  private watching = false;

  /** Reloads when another page wrote since the last read. */
  async refreshIfChanged(): Promise<void> {
    const ledger = this.ledger;
    if (!ledger || this.state.phase !== 'ready') return;
    if ((await this.readSignature(ledger)) !== this.signature) await this.reload();
  }

  // ---------------------------------------------------------------- search and filters

  /** Changes filters; `startedAt` (performance.now() of the keystroke) times a search. */
  async setFilters(patch: Partial<Filters>, startedAt?: number): Promise<void> {
    const filters = { ...this.state.filters, ...patch };
    this.store.set({ filters });
    if (startedAt !== undefined) this.searchStartedAt = startedAt;
    await this.applyFilters(filters);
  }

  clearFilters(): Promise<void> {
    return this.setFilters({ ...EMPTY_FILTERS });
  }

  private async applyFilters(filters: Filters): Promise<void> {
    const view = this.state.view;
    const ledger = this.ledger;
    // While only the first screen is read, filters wait: the full read applies them.
    if (!view || !ledger || this.state.partial) return;
    const seq = ++this.querySeq;
    let matches: Set<string> | null = null;
    if (needsQuery(filters)) {
      try {
        const { ids } = await ledger.clips.query(toClipQuery(filters));
        if (seq !== this.querySeq) return; // a newer keystroke is on its way
        matches = new Set(ids);
        // Ids the page has never seen: another page wrote; read again (the next query will show them).
        if (ids.some((id) => !view.byId.has(id))) setTimeout(() => this.reload().catch(() => {}), 0);
      } catch (error) {
        if (seq === this.querySeq) this.handle(error);
        return;
      }
    }
    const items = groupItems(view, {
      matches,
      check: filters.check,
      showEmptyCases: !isFiltered(filters),
    });
    let matched = 0;
    for (const item of items) if (item.type === 'clip') matched++;
    this.store.set({ items, matched });
  }

  /** Called by the table after it rendered new rows: records the user timings. */
  rowsCommitted(hasRows: boolean): void {
    const started = this.searchStartedAt;
    if (started !== null) {
      this.searchStartedAt = null;
      requestAnimationFrame(() => measure('ledger:search', started));
    }
    if (hasRows && !this.firstRowsMarked) {
      this.firstRowsMarked = true;
      // The frame about to be painted holds the rows.
      requestAnimationFrame(() => measure('ledger:first-rows', 0));
    }
  }

  // ---------------------------------------------------------------- selection and details

  toggleSelected(id: string): void {
    const selection = new Set(this.state.selection);
    if (selection.has(id)) selection.delete(id);
    else selection.add(id);
    this.store.set({ selection });
  }

  /** Selects (or unselects) every clip the filters show. */
  setAllSelected(on: boolean): void {
    this.store.set({ selection: on ? new Set(clipIdsOf(this.state.items)) : new Set() });
  }

  /** Selects (or unselects) the clips of one group. */
  setGroupSelected(ids: string[], on: boolean): void {
    const selection = new Set(this.state.selection);
    for (const id of ids) {
      if (on) selection.add(id);
      else selection.delete(id);
    }
    this.store.set({ selection });
  }

  clearSelection(): void {
    this.store.set({ selection: new Set() });
  }

  toggleExpanded(id: string): void {
    const expanded = new Set(this.state.expanded);
    if (expanded.has(id)) expanded.delete(id);
    else expanded.add(id);
    this.store.set({ expanded });
  }

  // ---------------------------------------------------------------- editing

  /** Saves an edit of one clip; false (and a message) when it failed, so the editor keeps the input. */
  async updateClip(id: string, patch: ClipPatch): Promise<boolean> {
    try {
      const updated = await this.requireLedger().clips.update(id, patch);
      if (this.tables) {
        this.tables = {
          ...this.tables,
          clips: this.tables.clips.map((c) => (c.id === id ? updated : c)),
        };
        this.signature = await this.readSignature(this.requireLedger());
        await this.rebuild();
      }
      return true;
    } catch (error) {
      this.handle(error);
      return false;
    }
  }

  /** Runs a bulk action on the selection, re-reads, and offers undo. */
  private async bulk(
    action: (ledger: Ledger, ids: string[]) => Promise<UndoToken>,
    message: (count: number) => string,
    options: { clearSelection?: boolean } = {},
  ): Promise<boolean> {
    const ids = Array.from(this.state.selection);
    if (!ids.length) return false;
    try {
      const token = await action(this.requireLedger(), ids);
      if (options.clearSelection) this.store.set({ selection: new Set() });
      await this.reload();
      const changed = token.clips.length;
      this.toast(message(changed), 'info', changed ? token : undefined);
      return true;
    } catch (error) {
      this.handle(error);
      return false;
    }
  }

  assignSelection(caseId: string | null): Promise<boolean> {
    const target = caseId ? this.state.view?.caseById.get(caseId) : undefined;
    return this.bulk(
      (ledger, ids) => ledger.clips.assignCase(ids, caseId),
      (n) =>
        target ? t('ledgerAssigned', [String(n), caseLabel(target)]) : t('ledgerUnassigned', String(n)),
    );
  }

  tagSelection(tag: string): Promise<boolean> {
    return this.bulk(
      (ledger, ids) => ledger.clips.addTag(ids, tag),
      (n) => t('ledgerTagged', [String(n), tag]),
    );
  }

  untagSelection(tag: string): Promise<boolean> {
    return this.bulk(
      (ledger, ids) => ledger.clips.removeTag(ids, tag),
      (n) => t('ledgerUntagged', [String(n), tag]),
    );
  }

  setSelectionStatus(status: ClipStatus, label: string): Promise<boolean> {
    return this.bulk(
      (ledger, ids) => ledger.clips.setStatus(ids, status),
      (n) => t('ledgerStatusSet', [String(n), label]),
    );
  }

  deleteSelection(): Promise<boolean> {
    return this.bulk(
      (ledger, ids) => ledger.clips.remove(ids),
      (n) => t('ledgerDeleted', String(n)),
      { clearSelection: true },
    );
  }

  /** Deletes one clip (from its detail panel), with undo. */
  async deleteClip(id: string): Promise<void> {
    try {
      const token = await this.requireLedger().clips.remove([id]);
      await this.reload();
      this.toast(t('ledgerDeleted', '1'), 'info', token);
    } catch (error) {
      this.handle(error);
    }
  }

  /** Reverts the action of a toast. */
  async undo(toastId: number): Promise<void> {
    const toast = this.state.toasts.find((x) => x.id === toastId);
    if (!toast?.undo) return;
    this.dismissToast(toastId);
    try {
      const result = await this.requireLedger().undo(toast.undo);
      await this.reload();
      this.toast(result.skipped ? t('ledgerUndoSkipped', String(result.skipped)) : t('ledgerUndone'), 'info');
    } catch (error) {
      this.handle(error);
    }
  }

  // ---------------------------------------------------------------- cases

  async createCase(input: CaseInput): Promise<LedgerCase | null> {
    try {
      const created = await this.requireLedger().cases.create(input);
      await this.reload();
      this.toast(t('ledgerCaseCreated', caseLabel(created)), 'info');
      return created;
    } catch (error) {
      this.handle(error);
      return null;
    }
  }

  async updateCase(id: string, patch: { unit: string; round: string; note?: string }): Promise<boolean> {
    try {
      await this.requireLedger().cases.update(id, { ...patch, note: patch.note || null });
      await this.reload();
      return true;
    } catch (error) {
      this.handle(error);
      return false;
    }
  }

  async removeCase(id: string): Promise<void> {
    const found = this.state.view?.caseById.get(id);
    try {
      const token = await this.requireLedger().cases.remove(id);
      if (this.state.filters.caseId === id)
        this.store.set({ filters: { ...this.state.filters, caseId: '' } });
      await this.reload();
      this.toast(t('ledgerCaseDeleted', found ? caseLabel(found) : ''), 'info', token);
    } catch (error) {
      this.handle(error);
    }
  }

  // ---------------------------------------------------------------- checks

  async setOverride(checkId: string, clipId: string, status: CheckStatus, note: string): Promise<boolean> {
    try {
      await this.requireLedger().checks.setOverride({
        checkId,
        clipId,
        status,
        note: note.trim() || undefined,
      });
      await this.reload();
      this.toast(t('ledgerOverrideSaved'), 'info');
      return true;
    } catch (error) {
      this.handle(error);
      return false;
    }
  }

  async clearOverride(checkId: string, clipId: string): Promise<void> {
    try {
      await this.requireLedger().checks.clearOverride(checkId, clipId);
      await this.reload();
    } catch (error) {
      this.handle(error);
    }
  }

  // ---------------------------------------------------------------- source pages

  /** Asks the background to open the clip's page and scroll to the passage. */
  async openSource(clipId: string): Promise<void> {
    try {
      await sendMessage('bg:openSource', { clipId });
    } catch (error) {
      this.toast(
        t('ledgerOpenSourceFailed', error instanceof Error ? error.message : String(error)),
        'error',
      );
    }
  }

  // ---------------------------------------------------------------- export and import

  // Export and import code (and exceljs, further down) is loaded when first used: it is not
  // needed to show the ledger, and the first paint is what people wait for.

  async exportFile(
    scope: ExportScope,
    format: ExportFormat,
    onProgress: ProgressCallback,
  ): Promise<ExportFile> {
    const { exportLedger } = await import('../../lib/export/export-ledger');
    return exportLedger(this.requireLedger(), { scope, format, onProgress });
  }

  /** Reads and validates a backup file and says what importing it would do; writes nothing. */
  async previewBackup(file: BackupSource): Promise<{ backup: Backup; preview: ImportPreview }> {
    const [{ readBackup }, { previewImport }] = await Promise.all([
      import('../../lib/import/read-backup'),
      import('../../lib/import/import-backup'),
    ]);
    const backup = await readBackup(file);
    const preview = await previewImport(this.requireLedger(), backup);
    return { backup, preview };
  }

  async importBackup(backup: Backup, mode: ImportMode, onProgress: ProgressCallback): Promise<ImportResult> {
    const { applyImport } = await import('../../lib/import/import-backup');
    const result = await applyImport(this.requireLedger(), backup, mode, { onProgress });
    if (mode === 'replace') this.store.set({ selection: new Set(), expanded: new Set() });
    await this.reload();
    return result;
  }

  // ---------------------------------------------------------------- messages

  toast(message: string, tone: Toast['tone'], undo?: UndoToken): void {
    const id = ++this.toastSeq;
    // One toast at a time keeps undo unambiguous: the newest action is the one offered.
    this.store.set({ toasts: [{ id, tone, message, undo }] });
    if (tone === 'info') setTimeout(() => this.dismissToast(id), TOAST_MS);
  }

  dismissToast(id: number): void {
    const toasts = this.state.toasts.filter((x) => x.id !== id);
    if (toasts.length !== this.state.toasts.length) this.store.set({ toasts });
  }

  /** Shows an error: a toast, or the full-page message when the ledger cannot be used at all. */
  handle(error: unknown, opening = false): void {
    console.error(error);
    if (error instanceof LedgerError) {
      if (error.code === 'closed') {
        this.fail('closed');
        // Rows stay on screen: say why this action did nothing.
        if (this.state.phase === 'ready') this.toast(t('ledgerErrorClosed'), 'error');
        return;
      }
      if (error.code === 'blocked') return this.fail('blocked');
      if (opening) return this.fail('other', error.messageKey);
    } else if (opening) {
      return this.fail('other');
    }
    this.toast(describeError(error), 'error');
  }
}

/** Records a user timing from `start` (performance.now() time) to now; ignored where unsupported. */
function measure(name: string, start: number): void {
  try {
    performance.measure(name, { start, end: performance.now() });
  } catch {
    // User Timing Level 3 is missing: nothing to record.
  }
}
