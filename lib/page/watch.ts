/**
 * Watches a page for changes that matter to its text: content loaded late,
 * single-page-app re-renders, tickers. Changes inside the extension's own UI
 * or in editable regions are ignored; the rest are debounced (a page that
 * mutates every 10 ms still gets at most one call per `maxWaitMs`).
 */

export interface WatchOptions {
  /** Nodes whose changes never matter (the extension's own UI). */
  ignore(node: Node): boolean;
  onChange(): void;
  debounceMs?: number;
  maxWaitMs?: number;
}

export interface PageWatcher {
  /** Also watch this document (a same-origin iframe). */
  add(doc: Document): void;
  /** Runs `fn` without reporting the changes it makes (the wrapping painter's). */
  quietly<T>(fn: () => T): T;
  stop(): void;
}

function isEditable(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!element?.closest('[contenteditable]:not([contenteditable="false"]), textarea, input');
}

export function watchPage(doc: Document, options: WatchOptions): PageWatcher {
  const debounceMs = options.debounceMs ?? 400;
  const maxWaitMs = options.maxWaitMs ?? 2000;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstPending = 0;
  const watched: Document[] = [];

  const matters = (record: MutationRecord) => {
    if (options.ignore(record.target) || isEditable(record.target)) return false;
    if (record.type !== 'childList') return true;
    // Our own UI host coming and going is not a change of the page.
    const changed = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
    return changed.length === 0 || changed.some((node) => !options.ignore(node));
  };
  const relevant = (records: MutationRecord[]) => records.some(matters);

  const schedule = () => {
    const now = Date.now();
    if (!timer) firstPending = now;
    if (timer) clearTimeout(timer);
    const wait = Math.max(0, Math.min(debounceMs, firstPending + maxWaitMs - now));
    timer = setTimeout(() => {
      timer = null;
      options.onChange();
    }, wait);
  };

  const observer = new MutationObserver((records) => {
    if (relevant(records)) schedule();
  });
  const observe = (target: Document) => {
    watched.push(target);
    observer.observe(target.documentElement, { childList: true, characterData: true, subtree: true });
  };
  observe(doc);

  return {
    add(other) {
      if (!watched.includes(other)) observe(other);
    },
    quietly(fn) {
      try {
        return fn();
      } finally {
        observer.takeRecords();
      }
    },
    stop() {
      observer.disconnect();
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
