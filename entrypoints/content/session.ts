/**
 * One page's session: reads the page, runs the detector in slices, paints the
 * findings, re-anchors the clips stored for this URL, keeps all of it current
 * while the page changes, and carries out what the panel and card ask for.
 */
import { anchorQuote } from '../../lib/anchor/match-quote';
import { describeSpan, type ClipSelectors } from '../../lib/anchor/selectors';
import { analyzeInSteps, analyzeText } from '../../lib/detect/analyze';
import { COMPARER_GLOBAL, type Comparer } from '../../lib/page/comparer-global';
import type { Cue, DocumentMeta, Finding, FindingKind } from '../../lib/detect/types';
import { HighlightApiPainter } from '../../lib/highlight/highlight-api-painter';
import { supportsHighlightApi, type Painter, type PaintSpan } from '../../lib/highlight/painter';
import { KIND_HIGHLIGHT, type HighlightName } from '../../lib/highlight/styles';
import { WrapPainter } from '../../lib/highlight/wrap-painter';
import { t } from '../../lib/i18n';
import {
  sendMessage,
  type ClipDraft,
  type ClipSelectionResult,
  type DocumentDraft,
  type PageClip,
  type PageSettings,
  type PageSummary,
  type AnalysisTimings,
} from '../../lib/messaging';
import { readPageMeta, mergeMeta } from '../../lib/page/page-meta';
import {
  rangeFor,
  readPageText,
  readPageTextInSteps,
  type PageText,
  type ReadOptions,
} from '../../lib/page/dom-text';
import { speaksOfRectification } from '../../lib/page/relevance';
import { changedRegion } from '../../lib/page/text-diff';
import { pageUrl, siteOf } from '../../lib/page/url';
import { watchPage, type PageWatcher } from '../../lib/page/watch';
import { runInSlices, yieldToMain, AbortedError } from '../../lib/schedule';
import { createStore } from '../../lib/store';
import { countTraditional, type TraditionalConverter } from '../../lib/text/traditional';
import { CONVERTER_GLOBAL } from '../../lib/page/converter-global';
import {
  EMPTY_COUNTS,
  type CardState,
  type CheckRow,
  type CheckView,
  type ContentActions,
  type ContentState,
} from '../../components/content/types';
import { selectionSpan } from './selection';
import { KIND_LABEL } from '../../components/kinds';
import { normalize } from '../../lib/text/normalize';

/** A painted item: a finding, a clip, or both. */
interface PageItem {
  key: string;
  kind: FindingKind;
  start: number;
  end: number;
  text: string;
  normalized: string;
  cues: Cue[];
  deadline?: string;
  owner?: string;
  quantities?: string[];
  clipId?: string;
  /** Shown only because it is a stored clip (the detector did not flag it). */
  fromClip: boolean;
}

const DEFAULT_SETTINGS: PageSettings = { panelOpen: true, hiddenKinds: [], ignored: [], forceWrap: false };
const TOAST_MS = 3500;
/** Gives the page its main thread back once; throws when the work was called off meanwhile. */
async function nextTask(signal: AbortSignal): Promise<void> {
  await yieldToMain();
  if (signal.aborted) throw new AbortedError();
}

/** A region this large or larger is analysed again as a whole page. */
const FULL_REANALYSIS_SHARE = 0.5;

export class PageSession implements ContentActions {
  readonly store = createStore<ContentState>({
    status: 'idle',
    progress: 0,
    counts: { ...EMPTY_COUNTS },
    hidden: [],
    items: [],
    active: -1,
    meta: {},
    clippedCount: 0,
    orphans: [],
    panelOpen: false,
    card: null,
    toast: null,
    check: null,
  });
  timings: AnalysisTimings | null = null;

  private painter: Painter = new WrapPainter();
  private page: PageText | null = null;
  private items: PageItem[] = [];
  private clips: PageClip[] = [];
  private meta: DocumentMeta = {};
  private settings: PageSettings = DEFAULT_SETTINGS;
  private converter: TraditionalConverter | null = null;
  private activeKey: string | null = null;
  private nextKey = 1;
  private running: AbortController | null = null;
  /** The user asked for this page (toolbar, shortcut, panel): it is analysed whatever it says. */
  private asked = false;
  private refreshing = false;
  private refreshAgain = false;
  private watcher: PageWatcher | null = null;
  private toastTimer: ReturnType<typeof setTimeout> | null = null;
  private url: string;
  /** Evidence of the last check, painted under rl-evidence. */
  private evidence: { key: string; start: number; end: number; clipId: string }[] = [];

  constructor(
    private readonly win: Window,
    /** True for the extension's own UI, which is never read or watched. */
    private readonly isOwnUi: (node: Node) => boolean,
  ) {
    this.url = pageUrl(win.location.href);
  }

  private get doc(): Document {
    return this.win.document;
  }

  /** Loads the settings, analyses the page and starts watching it. */
  async start(): Promise<void> {
    this.settings = await this.loadSettings();
    this.painter =
      supportsHighlightApi(this.win) && !this.settings.forceWrap
        ? new HighlightApiPainter()
        : new WrapPainter();
    this.store.set({ panelOpen: this.settings.panelOpen, hidden: this.settings.hiddenKinds });
    await this.analyze();
    this.watcher = watchPage(this.doc, { ignore: this.isOwnUi, onChange: () => void this.refresh() });
    this.watchFrames();
  }

  /** The painter's mode, for tests and the popup. */
  get paintMode(): Painter['mode'] {
    return this.painter.mode;
  }

  private async loadSettings(): Promise<PageSettings> {
    try {
      return { ...DEFAULT_SETTINGS, ...(await sendMessage('bg:pageSettings', { url: this.url })) };
    } catch {
      return DEFAULT_SETTINGS;
    }
  }

  private saveSettings(patch: Partial<PageSettings>): void {
    this.settings = { ...this.settings, ...patch };
    sendMessage('bg:savePageSettings', { url: this.url, patch }).catch(() => {});
  }

  /** Same-origin iframes are read in place; watch them too, and their late loads. */
  private watchFrames(): void {
    for (const frame of Array.from(this.doc.querySelectorAll('iframe'))) {
      const attach = () => {
        try {
          const frameDoc = frame.contentDocument;
          if (frameDoc?.body) {
            this.watcher?.add(frameDoc);
            this.listenForPointer(frameDoc);
          }
        } catch {
          // cross-origin: not ours to read
        }
      };
      attach();
      frame.addEventListener('load', () => {
        attach();
        void this.refresh();
      });
    }
  }

  /** The extension's own UI is never read. */
  private readonly readOptions: ReadOptions = { skip: (element) => this.isOwnUi(element) };

  private readPage(): PageText {
    return readPageText(this.doc, this.readOptions);
  }

  private readPageInSteps(): Generator<void, PageText, void> {
    return readPageTextInSteps(this.doc, this.readOptions);
  }

  /** The converter, injected by the background the first time a page needs it. */
  private async converterFor(text: string): Promise<TraditionalConverter | null> {
    if (countTraditional(text) < 2) return null;
    if (!injected(CONVERTER_GLOBAL)) await sendMessage('bg:injectConverter').catch(() => false);
    return injected<TraditionalConverter>(CONVERTER_GLOBAL) ?? null;
  }

  /** The comparison, injected by the background the first time the user checks a page. */
  private async comparer(): Promise<Comparer> {
    if (!injected(COMPARER_GLOBAL)) await sendMessage('bg:injectComparer');
    const comparer = injected<Comparer>(COMPARER_GLOBAL);
    if (!comparer) throw new Error('the comparison script could not be loaded');
    return comparer;
  }

  /**
   * Reads and analyses the whole page, then paints it. Unless the user asked
   * for the page, a page that speaks of nothing this extension looks for is
   * only read (see relevance.ts), and read again when it changes.
   */
  async analyze(options: { asked?: boolean } = {}): Promise<void> {
    if (options.asked) this.asked = true;
    this.running?.abort();
    const running = new AbortController();
    this.running = running;
    this.url = pageUrl(this.win.location.href);
    const started = performance.now();
    try {
      // The stored clips are fetched while the page is analysed.
      const clips = sendMessage('bg:pageClips', { url: this.url }).catch(() => [] as PageClip[]);
      this.withoutWatching(() => this.painter.clear());
      // Work is timed without the yields between slices and the waits for the clips and the converter.
      const reading = { busyMs: 0 };
      const page = await runInSlices(this.readPageInSteps(), { signal: running.signal, stats: reading });
      const read = reading.busyMs;
      const testStart = performance.now();
      const unrelated = !this.asked && !speaksOfRectification(page.text);
      const test = performance.now() - testStart;
      // A page clipped from before is analysed whatever it says.
      if (unrelated && !(await clips).length) {
        if (!running.signal.aborted) this.skip(page, { started, read, test });
        return;
      }
      this.store.set({ status: 'analyzing', progress: 0, error: undefined });
      // Each phase starts a task of its own: a slice ends a phase with its budget spent.
      await nextTask(running.signal);
      this.converter = await this.converterFor(page.text);
      const stats = { busyMs: 0 };
      const analysis = await runInSlices(
        analyzeInSteps(page.text, { converter: this.converter, title: this.doc.title }),
        { signal: running.signal, stats },
      );
      await nextTask(running.signal);
      const itemsStart = performance.now();
      this.page = page;
      this.meta = mergeMeta(readPageMeta(this.doc), analysis.meta);
      this.items = this.itemsFrom(analysis.findings, 0);
      const analyze = stats.busyMs + (performance.now() - itemsStart);
      this.clips = await clips;
      await nextTask(running.signal);
      const paintStart = performance.now();
      this.attachClips();
      const attach = performance.now() - paintStart;
      const paint = attach + (await this.paintInSlices(running.signal));
      const done = performance.now();
      this.timings = {
        startedAt: started,
        read,
        analyze,
        paint,
        compute: read + analyze + paint,
        total: done - started,
        characters: page.text.length,
      };
      this.store.set({ status: 'ready', progress: 1 });
    } catch (error) {
      if (error instanceof AbortedError) return;
      this.store.set({ status: 'error', error: (error as Error).message });
    } finally {
      if (this.running === running) this.running = null;
    }
  }

  /** Keeps a page not worth the engine as read, with nothing found. */
  private skip(page: PageText, time: { started: number; read: number; test: number }): void {
    const { started, read, test } = time;
    this.page = page;
    this.meta = {};
    this.items = [];
    this.clips = [];
    this.publish();
    this.timings = {
      startedAt: started,
      read,
      analyze: test,
      paint: 0,
      compute: read + test,
      total: performance.now() - started,
      characters: page.text.length,
    };
    this.store.set({ status: 'skipped', progress: 1, orphans: [] });
  }

  /**
   * The page changed: read it again and analyse only the paragraphs that
   * changed; findings before them keep their offsets, findings after move.
   * A skipped page is tested again: its article may have arrived late.
   */
  async refresh(): Promise<void> {
    if (this.running || !this.page) return;
    if (this.refreshing) {
      this.refreshAgain = true;
      return;
    }
    this.refreshing = true;
    try {
      if (this.url !== pageUrl(this.win.location.href)) return await this.analyze();
      if (this.store.get().status === 'skipped') {
        const page = this.readPage();
        if (this.asked || speaksOfRectification(page.text)) return await this.analyze();
        this.page = page;
        return;
      }
      const old = this.page;
      if (this.painter.mode === 'wrap') this.withoutWatching(() => this.painter.clear());
      const page = this.readPage();
      if (page.text === old.text) {
        this.page = page;
        this.paint();
        return;
      }
      const region = changedRegion(old.text, page.text);
      if (region.newEnd - region.start >= page.text.length * FULL_REANALYSIS_SHARE)
        return await this.analyze();
      const shift = region.newEnd - region.oldEnd;
      const kept: PageItem[] = [];
      for (const item of this.items) {
        if (item.fromClip) continue; // clips are anchored again below
        if (item.end <= region.start) kept.push(item);
        else if (item.start >= region.oldEnd)
          kept.push({ ...item, start: item.start + shift, end: item.end + shift });
      }
      const text = page.text.slice(region.start, region.newEnd);
      if (!this.converter) this.converter = await this.converterFor(text);
      const fresh = analyzeText(text, { converter: this.converter });
      this.page = page;
      this.items = [...kept, ...this.itemsFrom(fresh.findings, region.start)].sort(
        (a, b) => a.start - b.start,
      );
      for (const item of this.items) item.clipId = undefined;
      this.attachClips();
      this.paint();
    } finally {
      this.refreshing = false;
      if (this.refreshAgain) {
        this.refreshAgain = false;
        void this.refresh();
      }
    }
  }

  private itemsFrom(findings: Finding[], offset: number): PageItem[] {
    const ignored = new Set(this.settings.ignored);
    return findings
      .filter((f) => !ignored.has(f.normalized))
      .map((f) => ({
        key: `i${this.nextKey++}`,
        kind: f.kind,
        start: f.start + offset,
        end: f.end + offset,
        text: f.text,
        normalized: f.normalized,
        cues: f.cues,
        deadline: f.deadline,
        owner: f.owner,
        quantities: f.quantities,
        fromClip: false,
      }));
  }

  /** Finds every stored clip on the page again; what cannot be found is listed as orphaned. */
  private attachClips(): void {
    const page = this.page!;
    const orphans: ContentState['orphans'] = [];
    for (const clip of this.clips) {
      const anchor = anchorQuote(page.text, clip.selectors);
      if (!anchor) {
        orphans.push({ id: clip.id, kind: clip.kind, text: clip.text });
        continue;
      }
      const same = this.items.find((item) => !item.clipId && overlapShare(item, anchor) >= 0.8);
      if (same) {
        same.clipId = clip.id;
        same.kind = clip.kind;
      } else {
        this.items.push({
          key: `i${this.nextKey++}`,
          kind: clip.kind,
          start: anchor.start,
          end: anchor.end,
          text: page.text.slice(anchor.start, anchor.end),
          normalized: clip.text,
          cues: [],
          clipId: clip.id,
          fromClip: true,
        });
      }
    }
    this.items.sort((a, b) => a.start - b.start);
    this.store.set({ orphans });
  }

  private visibleItems(): PageItem[] {
    const hidden = new Set(this.settings.hiddenKinds);
    return this.items.filter((item) => !hidden.has(item.kind));
  }

  /** Paints every visible item and publishes the state the panel shows. */
  private paint(): void {
    if (!this.page) return;
    const layers = this.layersToPaint();
    this.withoutWatching(() => this.painter.paint(layers, this.page!));
    this.publish();
  }

  /** {@link paint} in slices, for a whole page just analysed; returns the time spent working. */
  private async paintInSlices(signal: AbortSignal): Promise<number> {
    if (!this.page) return 0;
    const stats = { busyMs: 0 };
    const painting = this.painter.paintInSteps(this.layersToPaint(), this.page);
    await runInSlices(this.unwatched(painting), { signal, stats });
    await nextTask(signal);
    const started = performance.now();
    this.publish();
    return stats.busyMs + (performance.now() - started);
  }

  private layersToPaint(): Map<HighlightName, PaintSpan[]> {
    const layers = new Map<HighlightName, PaintSpan[]>();
    const add = (name: HighlightName, item: PaintSpan) => {
      const spans = layers.get(name) ?? [];
      spans.push({ key: item.key, start: item.start, end: item.end });
      layers.set(name, spans);
    };
    const visible = this.visibleItems();
    for (const item of visible) {
      add(KIND_HIGHLIGHT[item.kind], item);
      if (item.clipId) add('rl-clipped', item);
      if (item.key === this.activeKey) add('rl-active', item);
    }
    for (const evidence of this.evidence) {
      add('rl-evidence', evidence);
      if (evidence.key === this.activeKey) add('rl-active', evidence);
    }
    return layers;
  }

  /** Publishes the state the panel shows. */
  private publish(): void {
    const visible = this.visibleItems();
    const counts = { ...EMPTY_COUNTS };
    for (const item of this.items) counts[item.kind]++;
    const activeIndex = visible.findIndex((item) => item.key === this.activeKey);
    this.store.set({
      counts,
      hidden: this.settings.hiddenKinds,
      items: visible.map((item) => ({ key: item.key, kind: item.kind, excerpt: item.text.slice(0, 40) })),
      active: activeIndex,
      meta: this.meta,
      clippedCount: this.clips.length,
    });
  }

  private withoutWatching<T>(fn: () => T): T {
    return this.watcher ? this.watcher.quietly(fn) : fn();
  }

  /** Runs each step unwatched: the wrap painter's own changes are not the page's. */
  private *unwatched<T>(steps: Generator<void, T, void>): Generator<void, T, void> {
    for (;;) {
      const step = this.withoutWatching(() => steps.next());
      if (step.done) return step.value;
      yield;
    }
  }

  // ——— what the panel and card ask for ———

  setPanelOpen(open: boolean): void {
    this.store.set({ panelOpen: open });
    this.saveSettings({ panelOpen: open });
    // Opening the panel asks for the page.
    if (open) this.asked = true;
    if (open && this.store.get().status === 'skipped') void this.analyze();
  }

  analyzeNow(): void {
    void this.analyze({ asked: true });
  }

  toggleKind(kind: FindingKind): void {
    const hidden = this.settings.hiddenKinds.includes(kind)
      ? this.settings.hiddenKinds.filter((k) => k !== kind)
      : [...this.settings.hiddenKinds, kind];
    this.saveSettings({ hiddenKinds: hidden });
    if (this.store.get().card?.kind === kind) this.closeCard();
    this.paint();
  }

  go(step: 1 | -1): void {
    const visible = this.visibleItems();
    if (visible.length === 0) return;
    const current = visible.findIndex((item) => item.key === this.activeKey);
    const next =
      current < 0 ? (step > 0 ? 0 : visible.length - 1) : (current + step + visible.length) % visible.length;
    this.activeKey = visible[next].key;
    this.paint();
    this.scrollTo(visible[next]);
  }

  private scrollTo(item: PageItem): void {
    const range = this.page && rangeFor(this.page, item.start, item.end);
    const element = range?.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }

  /** Scrolls to a clipped passage ("open source" in the ledger); false until the page is analysed or when it is gone. */
  revealClip(clipId: string): boolean {
    const item = this.items.find((i) => i.clipId === clipId);
    if (!item) return false;
    if (this.settings.hiddenKinds.includes(item.kind)) this.toggleKind(item.kind);
    this.activeKey = item.key;
    this.paint();
    this.scrollTo(item);
    return true;
  }

  async clipAllCommitments(): Promise<void> {
    const items = this.visibleItems().filter((item) => item.kind === 'commitment' && !item.clipId);
    const saved = await this.saveClips(items);
    if (saved >= 0) this.showToast(t('panelClipAllDone', String(saved)), 'ok');
  }

  async clip(key: string): Promise<void> {
    const item = this.items.find((i) => i.key === key);
    if (!item || item.clipId) return;
    const saved = await this.saveClips([item]);
    if (saved > 0) {
      this.showToast(t('clipSaved', t(kindLabel(item.kind))), 'ok');
      this.updateCard(item);
    }
  }

  /** Stores items in the ledger; returns how many, or -1 after showing the error. */
  private async saveClips(items: PageItem[]): Promise<number> {
    if (items.length === 0 || !this.page) return 0;
    const page = this.page;
    const drafts: ClipDraft[] = items.map((item) => ({
      kind: item.kind,
      text: item.text,
      normalized: item.normalized,
      selectors: describeSpan(page.text, item.start, item.end),
      cues: item.cues,
      deadline: item.deadline,
      owner: item.owner,
      quantities: item.quantities,
    }));
    try {
      const { ids } = await sendMessage('bg:saveClips', { document: this.documentDraft(), clips: drafts });
      items.forEach((item, i) => {
        item.clipId = ids[i];
        if (!this.clips.some((c) => c.id === ids[i])) {
          this.clips.push({ id: ids[i], kind: item.kind, text: item.text, selectors: drafts[i].selectors });
        }
      });
      this.paint();
      return items.length;
    } catch (error) {
      this.showToast(t('clipFailed', (error as Error).message), 'error');
      return -1;
    }
  }

  private documentDraft(): DocumentDraft {
    return {
      url: this.url,
      title: this.meta.title ?? this.doc.title,
      site: siteOf(this.url),
      meta: this.meta,
      role: 'source',
    };
  }

  async changeKind(key: string, kind: FindingKind): Promise<void> {
    const item = this.items.find((i) => i.key === key);
    if (!item || item.kind === kind) return;
    item.kind = kind;
    this.paint();
    this.updateCard(item);
    this.showToast(t('clipKindChanged', t(kindLabel(kind))), 'ok');
    if (item.clipId) {
      const clip = this.clips.find((c) => c.id === item.clipId);
      if (clip) clip.kind = kind;
      await sendMessage('bg:setClipKind', { id: item.clipId, kind }).catch((error: Error) =>
        this.showToast(t('clipFailed', error.message), 'error'),
      );
    }
  }

  ignore(key: string): void {
    const item = this.items.find((i) => i.key === key);
    if (!item) return;
    this.items = this.items.filter((i) => i !== item);
    this.saveSettings({ ignored: [...this.settings.ignored, item.normalized] });
    this.closeCard();
    this.paint();
  }

  // ——— the card ———

  private cardTimer: ReturnType<typeof setTimeout> | null = null;

  closeCard(): void {
    if (this.cardTimer) clearTimeout(this.cardTimer);
    this.cardTimer = null;
    this.store.set({ card: null });
  }

  keepCard(): void {
    if (this.cardTimer) clearTimeout(this.cardTimer);
    this.cardTimer = null;
  }

  private openCard(item: PageItem, pinned: boolean, frameOffset = { x: 0, y: 0 }): void {
    const rects = this.painter.rectsOf(item.key);
    const rect = rects[0];
    if (!rect) return;
    const width = 320;
    const left = Math.max(8, Math.min(rect.left + frameOffset.x, this.win.innerWidth - width - 8));
    const below = rect.bottom + frameOffset.y + 6;
    const top = below + 180 > this.win.innerHeight ? Math.max(8, rect.top + frameOffset.y - 186) : below;
    const card: CardState = {
      key: item.key,
      kind: item.kind,
      text: item.text,
      cues: item.cues,
      deadline: item.deadline,
      owner: item.owner,
      clipId: item.clipId,
      left,
      top,
      pinned,
    };
    this.store.set({ card });
  }

  private updateCard(item: PageItem): void {
    const card = this.store.get().card;
    if (card?.key === item.key) this.store.set({ card: { ...card, kind: item.kind, clipId: item.clipId } });
  }

  private hoverKey: string | null = null;

  /** Hover shows the card after a moment; a click pins it. Never blocks the page's own handling. */
  listenForPointer(doc: Document): void {
    const frame = doc === this.doc ? null : doc.defaultView?.frameElement;
    const offset = () => {
      const box = frame?.getBoundingClientRect();
      return box ? { x: box.left, y: box.top } : { x: 0, y: 0 };
    };
    let pending = false;
    doc.addEventListener(
      'mousemove',
      (event) => {
        if (pending) return;
        pending = true;
        requestAnimationFrame(() => {
          pending = false;
          this.onHover(doc, event.clientX, event.clientY, offset());
        });
      },
      { passive: true },
    );
    doc.addEventListener(
      'click',
      (event) => {
        const selection = doc.getSelection();
        if (selection && !selection.isCollapsed) return;
        const hit = this.painter.hitTest(doc, event.clientX, event.clientY);
        const item = hit && this.items.find((i) => i.key === hit.key);
        if (item) this.openCard(item, true, offset());
        else if (this.store.get().card?.pinned && !this.isOwnUi(event.target as Node)) this.closeCard();
      },
      { passive: true },
    );
    doc.addEventListener('scroll', () => this.closeUnpinnedCard(), { passive: true });
  }

  private onHover(doc: Document, x: number, y: number, frameOffset: { x: number; y: number }): void {
    const hit = this.painter.hitTest(doc, x, y);
    const card = this.store.get().card;
    if (hit?.key === this.hoverKey) return;
    this.hoverKey = hit?.key ?? null;
    if (this.cardTimer) clearTimeout(this.cardTimer);
    if (card?.pinned) return;
    const item = hit && this.items.find((i) => i.key === hit.key);
    this.cardTimer = setTimeout(
      () => {
        if (item) this.openCard(item, false, frameOffset);
        else this.closeUnpinnedCard();
      },
      item ? 250 : 400,
    );
  }

  private closeUnpinnedCard(): void {
    if (!this.store.get().card?.pinned) this.closeCard();
  }

  // ——— selection clipping (context menu and shortcut) ———

  async clipSelection(): Promise<ClipSelectionResult> {
    // Clipping from a page asks for it: a skipped page is analysed when it next changes.
    this.asked = true;
    if (!this.page) await this.analyze();
    const page = this.page!;
    const span = selectionSpan(this.win, page, this.painter);
    if (!span) {
      this.showToast(t('clipNoSelection'), 'error');
      return { ok: false, message: t('clipNoSelection') };
    }
    const detected = this.detectKind(span.text);
    const existing =
      span.start >= 0 ? this.items.find((i) => i.start === span.start && i.end === span.end) : undefined;
    const item: PageItem = existing ?? {
      key: `i${this.nextKey++}`,
      kind: detected.kind,
      start: span.start,
      end: span.end,
      text: span.text,
      normalized: normalize(span.text, { converter: this.converter }).text,
      cues: detected.cues,
      fromClip: true,
    };
    if (!existing && span.start >= 0) this.items.push(item);
    if (item.clipId) return { ok: true, message: t('cardClipped') };
    let saved: number;
    if (span.start >= 0) saved = await this.saveClips([item]);
    else saved = await this.saveUnanchored(item, span.selectors);
    if (saved <= 0) return { ok: false, message: t('clipFailed', '') };
    this.win.getSelection()?.removeAllRanges();
    this.items.sort((a, b) => a.start - b.start);
    this.paint();
    this.showToast(t('clipSaved', t(kindLabel(item.kind))), 'ok');
    this.openCard(item, true);
    return { ok: true, message: t('clipSaved', t(kindLabel(item.kind))) };
  }

  /** A selection outside the text the page analysis reads (navigation, say) is stored by its quote alone. */
  private async saveUnanchored(item: PageItem, selectors: ClipSelectors): Promise<number> {
    try {
      const { ids } = await sendMessage('bg:saveClips', {
        document: this.documentDraft(),
        clips: [
          { kind: item.kind, text: item.text, normalized: item.normalized, selectors, cues: item.cues },
        ],
      });
      item.clipId = ids[0];
      this.clips.push({ id: ids[0], kind: item.kind, text: item.text, selectors });
      return 1;
    } catch (error) {
      this.showToast(t('clipFailed', (error as Error).message), 'error');
      return -1;
    }
  }

  /** The kind the detector gives most of a selected text, and why; a measure when nothing fires. */
  private detectKind(text: string): { kind: FindingKind; cues: Cue[] } {
    const { findings } = analyzeText(text, { converter: this.converter });
    const cover = new Map<FindingKind, number>();
    for (const f of findings) cover.set(f.kind, (cover.get(f.kind) ?? 0) + (f.end - f.start));
    let best: FindingKind = 'commitment';
    let most = 0;
    for (const [kind, length] of cover) {
      if (length > most) {
        best = kind;
        most = length;
      }
    }
    return { kind: best, cues: findings.filter((f) => f.kind === best).flatMap((f) => f.cues) };
  }

  // ——— 核对整改进展: this page against a case's commitments ———

  private setCheck(patch: Partial<CheckView>): void {
    const current = this.store.get().check;
    if (current) this.store.set({ check: { ...current, ...patch } });
  }

  async openCheck(): Promise<void> {
    this.store.set({
      panelOpen: true,
      check: { phase: 'loading', cases: [], caseId: null, progress: 0, rows: [], saved: false },
    });
    try {
      const { cases, suggested } = await sendMessage('bg:checkOptions', {
        unit: this.meta.inspectedUnit,
        round: this.meta.round,
      });
      const caseId = suggested ?? cases.find((c) => c.commitments > 0)?.id ?? cases[0]?.id ?? null;
      this.setCheck({ phase: 'choose', cases, caseId });
    } catch (error) {
      this.setCheck({ phase: 'error', message: (error as Error).message });
    }
  }

  chooseCase(caseId: string): void {
    this.setCheck({ caseId, phase: 'choose', rows: [], saved: false });
  }

  /** Runs the comparison in slices (the page stays responsive), paints the evidence and saves the check. */
  async runCheck(): Promise<void> {
    const check = this.store.get().check;
    if (!check?.caseId || !this.page) return;
    const caseId = check.caseId;
    this.setCheck({ phase: 'running', progress: 0, rows: [], saved: false, message: undefined });
    try {
      const commitments = await sendMessage('bg:caseCommitments', { caseId });
      if (commitments.length === 0) {
        this.setCheck({ phase: 'choose', message: t('checkNoCommitments') });
        return;
      }
      const page = this.page;
      // Measures clipped from a Traditional page need the converter even on a Simplified report.
      this.converter ??= await this.converterFor(commitments.map((c) => c.text).join(''));
      const { compareInSteps } = await this.comparer();
      let lastProgress = 0;
      const results = await runInSlices(
        compareInSteps(
          page.text,
          commitments.map((c) => c.text),
          { converter: this.converter },
        ),
        {
          onProgress: (value) => {
            const progress = typeof value === 'number' ? value : 0;
            if (progress - lastProgress >= 0.02) {
              lastProgress = progress;
              this.setCheck({ progress });
            }
          },
        },
      );
      this.evidence = [];
      const rows: CheckRow[] = results.map((result, i) => {
        const clipId = commitments[i].clipId;
        const found = result.status !== 'missing' && result.start !== null && result.end !== null;
        if (found) this.evidence.push({ key: `e:${clipId}`, start: result.start!, end: result.end!, clipId });
        return {
          clipId,
          commitment: commitments[i].text,
          status: result.status,
          score: result.score,
          evidence: result.evidence,
          evidenceKey: found ? `e:${clipId}` : null,
        };
      });
      const order = { missing: 0, partial: 1, reappears: 2 };
      rows.sort((a, b) => order[a.status] - order[b.status] || b.score - a.score);
      this.evidence.sort((a, b) => a.start - b.start);
      this.paint();
      this.setCheck({ phase: 'done', progress: 1, rows });
      await sendMessage('bg:saveCheck', {
        caseId,
        document: { ...this.documentDraft(), role: 'report' },
        results: results.map((result, i) => ({
          clipId: commitments[i].clipId,
          status: result.status,
          score: Math.max(0, Math.min(1, result.score)),
          evidence:
            result.status !== 'missing' && result.start !== null && result.end !== null
              ? { text: result.evidence, start: result.start, end: result.end }
              : undefined,
        })),
      });
      this.setCheck({ saved: true });
      this.showToast(t('checkSaved'), 'ok');
    } catch (error) {
      if (error instanceof AbortedError) return;
      this.setCheck({ phase: 'error', message: (error as Error).message });
    }
  }

  closeCheck(): void {
    this.store.set({ check: null });
    this.evidence = [];
    if (this.activeKey?.startsWith('e:')) this.activeKey = null;
    this.paint();
  }

  /** Scrolls to a commitment's evidence on the page and marks it. */
  showEvidence(clipId: string): void {
    const evidence = this.evidence.find((e) => e.clipId === clipId);
    if (!evidence || !this.page) return;
    this.activeKey = evidence.key;
    this.paint();
    const range = rangeFor(this.page, evidence.start, evidence.end);
    range?.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }

  openLedger(): void {
    sendMessage('bg:openLedger').catch(() => {});
  }

  // ——— reporting ———

  private showToast(text: string, tone: 'ok' | 'error'): void {
    if (this.toastTimer) clearTimeout(this.toastTimer);
    this.store.set({ toast: { text, tone } });
    this.toastTimer = setTimeout(() => this.store.set({ toast: null }), TOAST_MS);
  }

  summary(): PageSummary {
    const state = this.store.get();
    return {
      url: this.url,
      title: this.meta.title ?? this.doc.title,
      status: state.status,
      counts: state.counts,
      clipped: this.clips.length,
      orphans: state.orphans.length,
      meta: this.meta,
      paintMode: this.painter.mode,
      timings: this.timings,
    };
  }

  /** Removes every trace of the session from the page. */
  destroy(): void {
    this.running?.abort();
    this.watcher?.stop();
    this.painter.clear();
    if (this.toastTimer) clearTimeout(this.toastTimer);
    if (this.cardTimer) clearTimeout(this.cardTimer);
  }
}

function overlapShare(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return overlap <= 0 ? 0 : overlap / Math.max(a.end - a.start, b.end - b.start);
}

function kindLabel(kind: FindingKind) {
  return KIND_LABEL[kind];
}

/** What a script the background injected left on this isolated world's global object. */
function injected<T>(name: string): T | undefined {
  return (globalThis as Record<string, unknown>)[name] as T | undefined;
}
