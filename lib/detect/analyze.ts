/**
 * The detection engine: finds the problems, commitments, pledges and
 * reports of progress in a page's text, and says why.
 *
 * Pipeline, each pass over the text once and in steps (see
 * `analyzeInSteps`): normalise (normalize.ts) → find every cue
 * (cues.ts) → cut sentence units (segment.ts) → mark furniture lines
 * (furniture.ts) and sections (structure.ts) → per unit, cut clauses into
 * statements (clauses.ts), weigh their evidence (evidence.ts) and classify
 * them (classify.ts, where the model is described) → fields and meta.
 * Offsets of findings are mapped back to the original text.
 */
import { normalizeInSteps, toOriginalSpan, type NormalizedText } from '../text/normalize';
import { segmentInSteps, type Segment } from '../text/segment';
import { charClasses, CHAR_HAN } from '../text/chars';
import type { TraditionalConverter } from '../text/traditional';
import type { Analysis, Cue, Finding, FindingKind } from './types';
import { createHits, scanCues, type CueHits } from './cues';
import { findFurnitureLines } from './furniture';
import { findSections, headingKind, type Sections } from './structure';
import {
  clauseBreaks,
  CONTINUES,
  findQuotedProblems,
  NEW_STATEMENT,
  NEW_SUBJECT,
  opensStatement,
} from './clauses';
import { gatherEvidence, opensImperative, type Evidence, type Fired } from './evidence';
import { classifyStatement, type SectionKind, type Verdict } from './classify';
import { extractDeadline, extractOwner, extractQuantities } from './fields';
import { readMeta } from './meta';
import { THRESHOLDS } from './lexicon';

export interface AnalyzeOptions {
  /** Converts Traditional text (load it when `countTraditional(text) >= 2`). */
  converter?: TraditionalConverter | null;
  /** The `<title>` of an HTML page, when known. */
  title?: string;
}

/** Characters of work per step of {@link analyzeInSteps}. */
const STEP = 24_576;
/** A finding has at least this many Han characters. */
const MIN_HAN = 4;
/** At most this many cues explain one finding. */
const MAX_CUES = 12;

/** Analyses `original` to completion; pure and synchronous. */
export function analyzeText(original: string, options: AnalyzeOptions = {}): Analysis {
  const steps = analyzeInSteps(original, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * {@link analyzeText} in steps: yields after every ~25 K characters of work,
 * so a content script can give the page back its main thread between steps.
 */
export function* analyzeInSteps(
  original: string,
  options: AnalyzeOptions = {},
): Generator<void, Analysis, void> {
  const norm = yield* normalizeInSteps(original, { converter: options.converter });
  const { text } = norm;
  const hits = createHits(Math.max(1024, text.length >> 3));
  for (let pos = 0; pos < text.length;) {
    pos = scanCues(text, pos, Math.min(text.length, pos + STEP), hits);
    if (pos < text.length) yield;
  }
  const segments = yield* segmentInSteps(text);
  const lines = splitLines(text);
  const furniture = findFurnitureLines(text, lines.starts, lines.ends);
  const skip = new Uint8Array(segments.length);
  for (let k = 0; k < segments.length; k++) skip[k] = furniture[segments[k].paragraph];
  const sections = findSections(text, segments, skip);
  const meta = readMeta({
    text,
    lineStarts: lines.starts,
    lineEnds: lines.ends,
    furniture,
    title: options.title,
  });
  const documentKind = options.title ? headingKind(options.title, true) : null;
  yield;

  const run = new UnitRun(norm, hits, segments, skip, sections, documentKind);
  let work = 0;
  for (let k = 0; k < segments.length; k++) {
    run.unit(k);
    work += segments[k].end - segments[k].start;
    if (work >= STEP) {
      work = 0;
      yield;
    }
  }
  return { meta, findings: run.findings, converted: norm.converted };
}

/** `[start, end)` of every line of `text`. */
function splitLines(text: string): { starts: Int32Array; ends: Int32Array } {
  const starts: number[] = [];
  const ends: number[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    starts.push(start);
    ends.push(nl < 0 ? text.length : nl);
    if (nl < 0) break;
    start = nl + 1;
  }
  return { starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** A statement of a unit, classified. */
interface Statement {
  start: number;
  end: number;
  verdict: Verdict;
  ev: Evidence;
  /** Extra cues from the context (the section heading, the paragraph's lead). */
  context?: Fired;
  /** It names a subject of its own (我作为…, 党组班子成员要…). */
  newSubject?: boolean;
}

/** Walks the units in order, keeping what later units need to know about earlier ones. */
class UnitRun {
  readonly findings: Finding[] = [];
  private hitCursor = 0;
  /** Kind of the previous unit, and whether it ended with ； (its sentence goes on). */
  private previousKind: FindingKind | 'none' = 'none';
  private previousOpen = false;
  private previousParagraph = -1;
  /** The first unit of the current paragraph was a list item with this kind. */
  private leadKind: FindingKind | 'none' = 'none';
  /** A list of problems is open at this marker level (after 还存在以下问题：…). */
  private problemListLevel = 0;
  /** The last unit read introduced a list of problems (…还存在以下问题：, …亟需解决。). */
  private introducesProblems = false;
  private readonly classes = charClasses();

  constructor(
    private readonly norm: NormalizedText,
    private readonly hits: CueHits,
    private readonly segments: Segment[],
    private readonly skip: Uint8Array,
    private readonly sections: Sections,
    private readonly documentKind: SectionKind,
  ) {}

  unit(k: number): void {
    const seg = this.segments[k];
    const { text } = this.norm;
    const hits = this.hits;
    while (this.hitCursor < hits.count && hits.start[this.hitCursor] < seg.start) this.hitCursor++;
    const hitFrom = this.hitCursor;
    let hitTo = hitFrom;
    while (hitTo < hits.count && hits.start[hitTo] < seg.end) hitTo++;

    const newParagraph = seg.paragraph !== this.previousParagraph;
    if (newParagraph) this.startParagraph(seg);
    this.previousParagraph = seg.paragraph;

    let statements: Statement[] = [];
    const problemContext = this.problemContext(k, seg, newParagraph);
    if (
      !this.skip[k] &&
      this.countHan(seg.start, seg.end) >= MIN_HAN &&
      (hitTo > hitFrom || problemContext)
    ) {
      statements = this.statements(k, seg, hitFrom, hitTo);
      this.applyContext(statements, seg, problemContext);
    }
    let unitKind: FindingKind | 'none' = 'none';
    for (const s of statements) {
      if (s.verdict.kind === 'none') continue;
      unitKind = s.verdict.kind;
      // The document's title is what the page is called, and a heading that names its
      // section (存在的问题, 下一步工作) labels what follows: neither is a finding.
      if (this.sections.heading[k] !== 2 && !(this.sections.heading[k] && this.isSectionHeading(k)))
        this.emit(s, seg, k);
    }
    if (newParagraph) this.leadKind = seg.listMarker ? unitKind : 'none';
    this.previousKind = unitKind;
    this.previousOpen = text.charCodeAt(seg.end - 1) === 0xff1b; // ；
    this.introducesProblems =
      unitKind === 'problem' &&
      (text.charCodeAt(seg.end - 1) === 0xff1a ||
        statements.some((s) => s.verdict.kind === 'problem' && s.ev.problemIntro >= 2));
  }

  /** Opens or closes a list of problems at the start of a paragraph. */
  private startParagraph(seg: Segment): void {
    const level = seg.listMarker ? listLevel(seg.listMarker) : 0;
    if (this.problemListLevel > 0 && level !== this.problemListLevel) this.problemListLevel = 0;
    // A paragraph that ends by introducing problems, followed by list items: the items are problems.
    if (this.problemListLevel === 0 && this.introducesProblems && level > 0) this.problemListLevel = level;
    this.leadKind = 'none';
  }

  /** Whether statements of unit `k` without evidence of their own are problems. */
  private problemContext(k: number, seg: Segment, newParagraph: boolean): string | null {
    const section = this.sections.kind[k] ?? this.documentKind;
    const opensSection = this.sections.heading[k] && section === 'problem' && this.isSectionHeading(k);
    if (section === 'problem' && !opensSection) return '存在问题';
    if (this.problemListLevel > 0) return '问题清单';
    if (!newParagraph && this.leadKind === 'problem') return '段首问题';
    return null;
  }

  /** Whether heading `k` is the one that names its section (存在的问题), not an item under it. */
  private isSectionHeading(k: number): boolean {
    const seg = this.segments[k];
    return headingKind(this.norm.text.slice(seg.start, seg.end), false) !== null;
  }

  private countHan(from: number, to: number): number {
    const { text } = this.norm;
    let n = 0;
    for (let i = from; i < to && n < MIN_HAN; i++) if (this.classes[text.charCodeAt(i)] & CHAR_HAN) n++;
    return n;
  }

  /** Cuts unit `k` into classified statements. */
  private statements(k: number, seg: Segment, hitFrom: number, hitTo: number): Statement[] {
    const { text } = this.norm;
    const result: Statement[] = [];
    let bodyStart = seg.start + (seg.listMarker?.length ?? 0);
    const quoted = findQuotedProblems(text, bodyStart, seg.end);
    if (quoted) {
      for (let q = 0; q < quoted.quotes.length; q += 2) {
        const [from, to] = [quoted.quotes[q], quoted.quotes[q + 1]];
        const ev = this.evidence(from, to, from, hitFrom, hitTo, false);
        result.push({
          start: from,
          end: to,
          verdict: { kind: 'problem', complete: true },
          ev,
          context: { category: 'quoted-problem', match: '针对“…”的问题', at: from },
        });
      }
      bodyStart = quoted.rest;
    }
    const section = this.sections.kind[k] ?? this.documentKind;
    const breaks = clauseBreaks(text, bodyStart, seg.end);
    const clauseStart = [bodyStart];
    for (const b of breaks) clauseStart.push(b + 1);
    const clauseEnd = [...breaks, seg.end];
    // Statement boundaries.
    const starts = [0];
    const opens = [CONTINUES];
    let h = hitFrom;
    for (let c = 1; c < clauseStart.length; c++) {
      while (h < hitTo && this.hits.start[h] < clauseStart[c]) h++;
      const afterColon = text.charCodeAt(clauseStart[c] - 1) === 0xff1a;
      const open = opensStatement(text, this.hits, clauseStart[c], clauseEnd[c], h, hitTo, afterColon);
      if (open !== CONTINUES) {
        starts.push(c);
        opens.push(open);
      }
    }
    const checkItems = !!seg.listMarker && seg.listMarker.endsWith('看');
    const question = text.charCodeAt(seg.end - 1) === 0xff1f; // ？
    const classify = (from: number, start: number, end: number, last: boolean) => {
      const ev = this.evidence(from, end, start, hitFrom, hitTo, checkItems);
      const verdict = classifyStatement(ev, {
        imperative: opensImperative(this.hits, start, hitFrom, hitTo),
        section,
        question: question && last,
        opensWithDirective: ev.directiveAt >= start && ev.directiveAt <= start + 1,
      });
      return { ev, verdict };
    };
    const raw: (Statement & { open: number })[] = [];
    for (let s = 0; s < starts.length; s++) {
      const first = starts[s];
      const last = (s + 1 < starts.length ? starts[s + 1] : clauseStart.length) - 1;
      const start = clauseStart[first];
      const end = last === clauseStart.length - 1 ? seg.end : clauseEnd[last];
      // The first statement keeps the unit's list marker (一是…), but the marker's words are not cues.
      const from = s === 0 && !quoted ? seg.start : start;
      raw.push({ start: from, end, open: opens[s], ...classify(from, start, end, s === starts.length - 1) });
    }
    // A quotation (总书记指出，…) speaks for its whole sentence.
    if (raw.length > 0 && raw[0].ev.quotation) return result;
    // Lead-ins join the statement after them: a clause without a predicate of its own
    // (例如，在…的同时), or a topic before a directive (探索开展校内巡察工作，必须…).
    const own: Statement[] = [];
    let leadStart = -1;
    let leadOpen = CONTINUES;
    for (let i = 0; i < raw.length; i++) {
      const r = raw[i];
      const next = i + 1 < raw.length ? raw[i + 1] : undefined;
      const from = leadStart >= 0 ? leadStart : r.start;
      const leadIn = r.verdict.kind === 'none' && !r.verdict.complete && r.end - from <= THRESHOLDS.leadInMax;
      const topic =
        (r.verdict.kind === 'commitment' || r.verdict.kind === 'pledge') &&
        !r.ev.directive &&
        !r.ev.acceptance &&
        !r.ev.triage &&
        !r.ev.check &&
        next?.open === NEW_STATEMENT &&
        next?.ev.directive === true;
      if (next && (leadIn || topic)) {
        if (leadStart < 0) {
          leadStart = r.start;
          leadOpen = r.open;
        }
        continue;
      }
      if (leadStart >= 0) {
        const merged = classify(leadStart, r.start, r.end, i === raw.length - 1);
        own.push({ start: leadStart, end: r.end, ...merged, newSubject: leadOpen === NEW_SUBJECT });
        leadStart = -1;
        continue;
      }
      own.push({
        start: r.start,
        end: r.end,
        verdict: r.verdict,
        ev: r.ev,
        newSubject: r.open === NEW_SUBJECT,
      });
    }
    // Statements of a sentence stay apart only where they differ in kind: a pledge and a
    // commitment only when the second names a subject of its own (局党组坚决扛起…，我作为…亲自…).
    for (const s of own) {
      const prev = result.length > 0 ? result[result.length - 1] : undefined;
      const together =
        prev &&
        !prev.context &&
        prev.end <= s.start &&
        (prev.verdict.kind === s.verdict.kind ||
          (sameFinding(prev.verdict, s.verdict) && !(s.newSubject && s.verdict.kind === 'commitment')));
      if (prev && together) {
        prev.end = s.end;
        if (s.verdict.kind === 'commitment') prev.verdict = s.verdict;
        prev.ev = mergeEvidence(prev.ev, s.ev);
        continue;
      }
      result.push(s);
    }
    return result;
  }

  private evidence(
    start: number,
    end: number,
    mainStart: number,
    hitFrom: number,
    hitTo: number,
    checkItems: boolean,
  ): Evidence {
    const { text } = this.norm;
    const ends: number[] = [];
    for (const b of clauseBreaks(text, start, end)) ends.push(b);
    return gatherEvidence(text, this.hits, {
      start,
      end,
      mainStart,
      hitFrom,
      hitTo,
      clauseEnds: Int32Array.from(ends),
      checkItems,
    });
  }

  /** Statements without evidence of their own take their kind from the context. */
  private applyContext(statements: Statement[], seg: Segment, problemContext: string | null): void {
    const all = statements.length > 0 && statements.every((s) => s.verdict.kind === 'none');
    // A fragment after ； continues the sentence before it (…是否存在…；在…上是否存在…；).
    if (
      all &&
      this.previousOpen &&
      !seg.first &&
      (this.previousKind === 'pledge' || this.previousKind === 'commitment') &&
      statements.every((s) => continues(s.ev))
    ) {
      for (const s of statements) s.verdict = { kind: this.previousKind, complete: true };
      return;
    }
    if (!problemContext) return;
    for (const s of statements) {
      if (s.verdict.kind === 'none' && !s.verdict.complete) {
        s.verdict = { kind: 'problem', complete: true };
        s.context = { category: 'context', match: problemContext, at: s.start };
      }
    }
  }

  private emit(s: Statement, seg: Segment, k: number): void {
    const { text } = this.norm;
    let start = s.start;
    let end = s.end;
    while (start < end && isTrimmed(text.charCodeAt(start), true)) start++;
    while (end > start && isTrimmed(text.charCodeAt(end - 1), false)) end--;
    if (this.countHan(start, end) < MIN_HAN) return;
    const kind = s.verdict.kind as FindingKind;
    const [oStart, oEnd] = toOriginalSpan(this.norm, start, end);
    const normalized = text.slice(start, end);
    const finding: Finding = {
      kind,
      start: oStart,
      end: oEnd,
      text: this.norm.original.slice(oStart, oEnd),
      normalized,
      cues: cuesFor(kind, s),
    };
    if (kind === 'commitment') {
      const deadline = extractDeadline(normalized);
      if (deadline) finding.deadline = deadline;
      const owner = extractOwner(normalized);
      if (owner) finding.owner = owner;
    }
    const quantities = extractQuantities(normalized);
    if (quantities) finding.quantities = quantities;
    if (seg.listMarker && start <= seg.start) finding.listMarker = seg.listMarker;
    if (this.sections.heading[k] || seg.heading) finding.heading = true;
    this.findings.push(finding);
  }
}

/** The level of an in-paragraph list marker, for lists of problems (一是 and 1. lists). */
function listLevel(marker: string): number {
  const first = marker.charCodeAt(0);
  if (first >= 0x30 && first <= 0x39) return 3;
  if (first === 0xff08 || first === 0x28) return 2;
  if (first >= 0x2460 && first <= 0x2473) return 5;
  if (marker.endsWith('、')) return 1;
  return 6;
}

/** Commitments and pledges are one finding where a sentence holds both. */
function isDirective(kind: string): boolean {
  return kind === 'commitment' || kind === 'pledge';
}

function sameFinding(a: Verdict, b: Verdict): boolean {
  if (a.kind === 'none' || b.kind === 'none') return a.kind === b.kind;
  return a.kind === b.kind || (isDirective(a.kind) && isDirective(b.kind));
}

function mergeEvidence(a: Evidence, b: Evidence): Evidence {
  return {
    ...a,
    problemCues: [...a.problemCues, ...b.problemCues],
    measureCues: [...a.measureCues, ...b.measureCues],
    directiveCues: [...a.directiveCues, ...b.directiveCues],
    attitudeCues: [...a.attitudeCues, ...b.attitudeCues],
    completedCues: [...a.completedCues, ...b.completedCues],
  };
}

/** A fragment that can continue the directive before it: nothing in it stands on its own. */
function continues(ev: Evidence): boolean {
  return !(ev.praise || ev.definition || ev.copula || ev.procedural || ev.quotation || ev.completed);
}

/** Leading spaces, and trailing ，：、 and spaces, are not part of a finding. */
function isTrimmed(c: number, leading: boolean): boolean {
  if (c === 0x20 || c === 0x0a || c === 0x3000) return true;
  return !leading && (c === 0xff0c || c === 0xff1a || c === 0x3001);
}

/** The cues that explain a finding of `kind`, in order of position. */
function cuesFor(kind: FindingKind, s: Statement): Cue[] {
  const { ev } = s;
  let fired: Fired[];
  switch (kind) {
    case 'problem':
      fired = ev.problemCues.filter((f) => f.category === 'shortcoming' || f.category === 'problem-intro');
      break;
    case 'commitment':
      fired = [
        ...ev.directiveCues,
        ...ev.measureCues,
        ...ev.attitudeCues.filter((f) => f.category === 'owner'),
      ];
      break;
    case 'pledge':
      fired = [...ev.directiveCues, ...ev.attitudeCues];
      break;
    default:
      fired = [...ev.completedCues, ...ev.measureCues];
  }
  if (s.context) fired.unshift(s.context);
  fired.sort((a, b) => a.at - b.at);
  const seen = new Set<string>();
  const cues: Cue[] = [];
  for (const f of fired) {
    const key = `${f.category}\u0000${f.match}`;
    if (seen.has(key)) continue;
    seen.add(key);
    cues.push({ category: f.category, match: f.match });
    if (cues.length >= MAX_CUES) break;
  }
  return cues;
}
