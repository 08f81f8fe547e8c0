/**
 * Reads the text of a page into one string with a map back to its text nodes,
 * so that spans found in the string can be painted as DOM Ranges.
 *
 * - Block elements, `<br>` and table cells end a line ("\n"), as on screen.
 *   A cell that a cell above covers (`rowspan`), or a column a cell fills
 *   besides its first (`colspan`, unless it fills the whole row), reads as a
 *   line of its own holding only the ditto mark 〃, which no node holds: every
 *   row then has its cells in the columns of the header row. A line break
 *   inside a cell is CELL_LINE_BREAK, so the cell's lines stay one cell.
 * - Outside `<pre>`, line breaks inside a text node are source formatting and
 *   read as spaces (the same length, so offsets still map 1:1 to the node).
 * - Scripts, styles, form fields, editable regions, hidden elements and the
 *   extension's own UI are not read.
 * - Page furniture is not read: `<nav>`, `<aside>`, `<footer>`, a page-level
 *   `<header>`, elements whose role, class or id names navigation, breadcrumbs,
 *   search, sharing, related links or copyright, and short blocks that are
 *   mostly links (menus, "related articles" lists). The article, its title and
 *   its byline stay.
 * - Same-origin iframes are read in place (government sites often frame the
 *   article); cross-origin ones cannot be and are skipped.
 *
 * Works on any DOM: the browser's, or linkedom's in Node for the CLI.
 */

import { CELL_LINE_BREAK, DITTO } from '../text/chars';

export interface PageText {
  /** The page's readable text, lines separated by "\n". */
  text: string;
  /** The text nodes read, in document order. */
  nodes: Text[];
  /** `starts[i]` is where `nodes[i]` begins in `text`. */
  starts: Int32Array;
  /** `ends[i]` is where `nodes[i]` ends in `text` (its length as read). */
  ends: Int32Array;
}

export interface ReadOptions {
  /** Elements to leave out entirely (the extension's own UI). */
  skip?: (element: Element) => boolean;
  /** Elements hidden by CSS; the default only looks at attributes and inline styles. */
  isHidden?: (element: Element) => boolean;
  /** Leave out page furniture (default true). */
  dropFurniture?: boolean;
  /** Read same-origin iframes (default true). */
  frames?: boolean;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

const NEVER_READ = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'svg',
  'canvas',
  'object',
  'embed',
  'video',
  'audio',
  'head',
  'title',
  'map',
]);

const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer']);
const FURNITURE_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'search',
  'complementary',
  'menu',
  'menubar',
]);
/** Words that name furniture in class and id attributes of Chinese government CMS templates. */
const FURNITURE_NAME =
  /(?:^|[-_\s])(?:nav|navbar|menu|breadcrumbs?|crumbs?|bread|position|location|weizhi|dqwz|footer|foot|bottom|copyright|banquan|sidebar|share|fenxiang|toolbar|topbar|top-bar|search|sousuo|related|xgxw|xgwz|xglj|friendlink|links|banner|print|dayin)(?:[-_\s\d]|$)/i;
/** Names that mark the article itself and win over furniture names. */
const CONTENT_NAME =
  /(?:^|[-_\s])(?:article|content|detail|main-text|text|zoom|body|trs_editor|zw|wzy)(?:[-_\s\d]|$)/i;

/** Blocks shorter than this that are mostly links are menus or link lists. */
const LINK_LIST_MAX_CHARS = 300;
const LINK_DENSITY = 0.5;

function attr(element: Element, name: string): string {
  return element.getAttribute(name) ?? '';
}

function isHiddenByMarkup(element: Element): boolean {
  if (!element.hasAttributes()) return false;
  if (element.hasAttribute('hidden') || attr(element, 'aria-hidden') === 'true') return true;
  const style = attr(element, 'style');
  return style !== '' && /display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?![.\d])/i.test(style);
}

function isEditable(element: Element): boolean {
  if (!element.hasAttributes()) return false;
  const value = element.getAttribute('contenteditable');
  return value !== null && value !== 'false';
}

/** Navigation, breadcrumbs, copyright and the like; see the module comment. */
export function isFurniture(element: Element): boolean {
  const tag = element.localName;
  if (FURNITURE_TAGS.has(tag)) return true;
  if (tag === 'header' && !element.closest('article, main')) return true;
  if (!element.hasAttributes()) return false;
  if (FURNITURE_ROLES.has(attr(element, 'role'))) return true;
  const names = `${attr(element, 'class')} ${attr(element, 'id')}`;
  return names.length > 1 && FURNITURE_NAME.test(names) && !CONTENT_NAME.test(names);
}

const VISIBLE = /\S/;

/** The body of a same-origin frame, or null (cross-origin frames throw or give null). */
function frameBody(frame: HTMLIFrameElement): HTMLElement | null {
  try {
    return frame.contentDocument?.body ?? null;
  } catch {
    return null;
  }
}

/** Reads `root` (an element or a document); see the module comment. */
export function readPageText(root: Node, options: ReadOptions = {}): PageText {
  const steps = readPageTextInSteps(root, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Characters (or nodes, counted as 8 characters each) read between two yields. */
const READ_STEP = 65_536;
const NODE_WORK = 8;

/** A table being read: how many more rows each column's cell covers. */
interface OpenTable {
  covered: number[];
  /** The column the next cell of the current row falls in. */
  column: number;
  /** Columns of the widest row read so far (0 before the first row ends). */
  width: number;
  /** A cell of this table is being read: its line breaks are CELL_LINE_BREAK. */
  inCell: boolean;
}

/** A span attribute's value (rowspan, colspan): 1 when missing or not a count. */
function spanOf(element: Element, name: string): number {
  const value = Number.parseInt(element.getAttribute(name) ?? '', 10);
  return value > 1 ? Math.min(value, MAX_SPAN) : 1;
}

/** Spans beyond this are mistakes of the page (rowspan="999"): no table has that many rows to cover. */
const MAX_SPAN = 1000;

/** An element being read: what to undo or close when its children are done. */
interface OpenElement {
  element: Element;
  tag: string;
  block: boolean;
  /** Where the output stood when a block opened, to take a link list back. */
  pieces: number;
  nodes: number;
  length: number;
  linkChars: number;
  /** For a table cell: the columns it fills besides its first (colspan). */
  extraColumns: number;
}

/**
 * {@link readPageText} in steps: yields every {@link READ_STEP} characters or
 * so, so that reading a very long page does not block it. The walk is a loop
 * over an explicit stack of open elements rather than recursion, so that it
 * can stop anywhere.
 */
export function* readPageTextInSteps(root: Node, options: ReadOptions = {}): Generator<void, PageText, void> {
  const skip = options.skip;
  const isHidden = options.isHidden ?? isHiddenByMarkup;
  const dropFurniture = options.dropFurniture ?? true;
  const frames = options.frames ?? true;

  const pieces: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let length = 0;
  let lineOpen = false; // text has been written since the last "\n"
  let preDepth = 0;
  let linkDepth = 0;
  let linkChars = 0; // characters read inside links so far
  let work = 0;
  const tables: OpenTable[] = [];

  const endLine = () => {
    if (lineOpen) {
      // Inside a table cell, a line break keeps the cell whole (see CELL_LINE_BREAK).
      const table = tables.length > 0 ? tables[tables.length - 1] : null;
      pieces.push(table !== null && table.inCell ? CELL_LINE_BREAK : '\n');
      length++;
      lineOpen = false;
    }
  };

  const readText = (node: Text) => {
    let data = node.data;
    if (data.length === 0) return;
    const visible = VISIBLE.test(data);
    if (!visible && !lineOpen) return; // indentation between blocks
    if (preDepth === 0 && data.indexOf('\n') >= 0) data = data.replace(/[\r\n]/g, ' ');
    nodes.push(node);
    starts.push(length);
    pieces.push(data);
    length += data.length;
    ends.push(length);
    if (visible) lineOpen = true;
    if (linkDepth > 0) linkChars += data.length;
    work += data.length;
  };

  /** A line of its own for a cell covered by the one above it. */
  const readCovered = () => {
    endLine();
    pieces.push(DITTO, '\n');
    length += 2;
  };
  /** Enters a cell: returns the columns it fills besides its first, to read as covered after it. */
  const enterCell = (element: Element): number => {
    const table = tables[tables.length - 1];
    if (!table) return 0;
    // The covered cells before this one.
    const { covered } = table;
    while (covered[table.column] > 0) {
      readCovered();
      covered[table.column++]--;
    }
    const rows = spanOf(element, 'rowspan');
    const columns = spanOf(element, 'colspan');
    for (let n = columns; n > 0; n--) table.covered[table.column++] = rows - 1;
    table.inCell = true;
    // A cell across the whole row (一、…方面, a title) is a line of its own, not a row of cells.
    return table.width > 0 && columns >= table.width ? 0 : columns - 1;
  };
  const leaveRow = () => {
    const table = tables[tables.length - 1];
    if (!table) return;
    // The covered cells after the row's last cell.
    const { covered } = table;
    for (; table.column < covered.length; table.column++) {
      if (covered[table.column] > 0) {
        readCovered();
        covered[table.column]--;
      }
    }
    table.width = Math.max(table.width, table.column);
  };

  const open: OpenElement[] = [];
  /** Starts reading `element`'s children; the caller then walks from its first child. */
  const enter = (element: Element, tag: string) => {
    const block = BLOCKS.has(tag) || tag === 'iframe';
    if (block) endLine();
    let extraColumns = 0;
    if (tag === 'table') tables.push({ covered: [], column: 0, width: 0, inCell: false });
    else if (tag === 'tr' && tables.length > 0) tables[tables.length - 1].column = 0;
    else if (tag === 'td' || tag === 'th') extraColumns = enterCell(element);
    if (tag === 'a') linkDepth++;
    if (tag === 'pre') preDepth++;
    open.push({
      element,
      tag,
      block,
      pieces: pieces.length,
      nodes: nodes.length,
      length,
      linkChars,
      extraColumns,
    });
  };
  const leave = (entry: OpenElement) => {
    const { tag } = entry;
    if (tag === 'table') tables.pop();
    else if (tag === 'tr') leaveRow();
    else if ((tag === 'td' || tag === 'th') && tables.length > 0) {
      // The cell's own end is a line break between cells, also where its last block ended a line.
      tables[tables.length - 1].inCell = false;
      if (pieces.length > 0 && pieces[pieces.length - 1] === CELL_LINE_BREAK)
        pieces[pieces.length - 1] = '\n';
      for (let n = entry.extraColumns; n > 0; n--) readCovered();
    }
    if (tag === 'a') linkDepth--;
    if (tag === 'pre') preDepth--;
    if (!entry.block) return;
    endLine();
    if (!dropFurniture || tag === 'iframe') return;
    const blockLinks = linkChars - entry.linkChars;
    const blockChars = length - entry.length;
    if (blockLinks > 0 && blockChars <= LINK_LIST_MAX_CHARS && blockLinks >= blockChars * LINK_DENSITY) {
      // A menu or a list of links: take back what was read.
      pieces.length = entry.pieces;
      nodes.length = entry.nodes;
      starts.length = entry.nodes;
      ends.length = entry.nodes;
      length = entry.length;
      linkChars = entry.linkChars;
      lineOpen = false;
    }
  };

  const first = root.nodeType === 9 ? ((root as Document).body ?? (root as Document).documentElement) : root;
  let next: Node | null = null;
  if (first) {
    if (first.nodeType === ELEMENT_NODE && first !== root) {
      enter(first as Element, (first as Element).localName);
      next = first.firstChild;
    } else {
      next = first.firstChild;
    }
  }
  // The element whose children end the walk (the root read as children only).
  const bottom = open.length;
  for (;;) {
    while (next === null) {
      if (open.length === bottom) break;
      const entry = open.pop()!;
      leave(entry);
      next = entry.element.nextSibling;
    }
    if (next === null) break;
    if (work >= READ_STEP) {
      work = 0;
      yield;
    }
    const child: Node = next;
    next = child.nextSibling;
    work += NODE_WORK;
    if (child.nodeType === TEXT_NODE) {
      readText(child as Text);
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const element = child as Element;
    const tag = element.localName;
    if (NEVER_READ.has(tag) || isEditable(element) || (skip && skip(element)) || isHidden(element)) continue;
    if (tag === 'br') {
      endLine();
      continue;
    }
    if (tag === 'iframe') {
      const body = frames ? frameBody(element as HTMLIFrameElement) : null;
      if (body) {
        enter(element, tag);
        next = body.firstChild;
      }
      continue;
    }
    if (dropFurniture && isFurniture(element)) continue;
    enter(element, tag);
    next = element.firstChild;
  }
  // Drop the final line break so the text ends with its last character.
  if (pieces.length > 0 && pieces[pieces.length - 1] === '\n') {
    pieces.pop();
    length--;
  }
  return { text: pieces.join(''), nodes, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** Index of the node that holds `offset`, or of the first node after it. */
function nodeIndexAt(page: PageText, offset: number): number {
  const { starts } = page;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export interface NodePoint {
  node: Text;
  offset: number;
}

/**
 * The DOM points for `[start, end)` of the page text. A boundary on a line
 * break that no node holds moves to the nearest character that one does.
 */
export function pointsFor(page: PageText, start: number, end: number): [NodePoint, NodePoint] | null {
  if (page.nodes.length === 0 || end <= start) return null;
  let i = nodeIndexAt(page, start);
  if (start >= page.ends[i]) {
    i++; // start is on a line break after node i
    if (i >= page.nodes.length) return null;
    start = page.starts[i];
  }
  let j = nodeIndexAt(page, end - 1);
  if (end - 1 >= page.ends[j]) end = page.ends[j];
  if (j < i || end <= start) return null;
  return [
    { node: page.nodes[i], offset: Math.max(0, start - page.starts[i]) },
    { node: page.nodes[j], offset: end - page.starts[j] },
  ];
}

/** A live Range over `[start, end)` of the page text, or null when it maps to nothing. */
export function rangeFor(page: PageText, start: number, end: number): Range | null {
  const points = pointsFor(page, start, end);
  if (!points) return null;
  const [from, to] = points;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** Where a DOM point falls in the page text, or -1 when the node was not read. */
export function offsetOf(page: PageText, node: Node, offset: number): number {
  if (node.nodeType !== TEXT_NODE) return -1;
  const index = page.nodes.indexOf(node as Text);
  return index < 0 ? -1 : page.starts[index] + offset;
}

export interface SpanPoints {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

/**
 * Resolves many spans to DOM points in one pass over the nodes (spans sorted
 * by start; an unsorted one costs a binary search). Spans that map to no text
 * are skipped. Painting tens of thousands of findings depends on this being
 * linear rather than two binary searches per span. `[from, to)` limits the
 * spans visited, for painting in steps.
 */
export function forEachSpan<T extends { start: number; end: number }>(
  page: PageText,
  spans: readonly T[],
  visit: (span: T, points: SpanPoints) => void,
  from = 0,
  to = spans.length,
): void {
  const { starts, ends, nodes } = page;
  const n = nodes.length;
  if (n === 0 || from >= to) return;
  let i = from > 0 ? nodeIndexAt(page, spans[from].start) : 0;
  let previous = -1;
  for (let k = from; k < to; k++) {
    const span = spans[k];
    let start = span.start;
    const end = span.end;
    if (start < previous) i = nodeIndexAt(page, start);
    previous = start;
    while (i < n && ends[i] <= start) i++;
    if (i >= n) return;
    if (start < starts[i]) start = starts[i]; // on a line break between nodes
    if (end <= start) continue;
    let j = i;
    while (j + 1 < n && starts[j + 1] < end) j++;
    visit(span, {
      startNode: nodes[i],
      startOffset: start - starts[i],
      endNode: nodes[j],
      endOffset: Math.min(end, ends[j]) - starts[j],
    });
  }
}
