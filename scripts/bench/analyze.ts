/**
 * Benchmark of the detection engine (lib/detect): analysing a ~2 M-character
 * page of Simplified text and one of Traditional text, against floors
 * measured in the same run — one plain pass over the text (a charCodeAt
 * sum), and for Traditional text opencc-js's own Converter on the same
 * text (the product runs opencc-js's dictionaries compiled, with the same
 * output; a row checks that). Also the longest stretch of work between two yields of
 * `analyzeInSteps`, and a page with nothing to find.
 *
 * The pages are built here from the detection fixtures (news posts, a page
 * with its navigation, a progress report, a plan, an unrelated page),
 * repeated to size. The speech copied from a PDF is left out of the page:
 * its hard-wrapped lines, interleaved with web text, would not be joined
 * and would read as dozens of one-line paragraphs, which no page has. No
 * `node:` imports: the team bundles this module into Chromium too.
 *
 * Timings are medians after warm-up runs: at this size the engine needs a
 * few runs to compile the hot paths (the first run is 2–4× slower).
 */
import { analyzeInSteps, analyzeText } from '../../lib/detect/analyze';
import { loadTraditionalConverter } from '../../lib/text/load-converter';
import { FIXTURE_TEXTS } from './analyze-texts';
import { medianMs, type BenchRow } from './types';

const PAGE_CHARS = 2_000_000;
/** Simplified: characters per second of analysis. */
const TARGET_MCHARS = 20;
const TARGET_MS = 100;
/** Traditional: analysis (conversion included) at most this many times the conversion alone. */
const TARGET_TRADITIONAL_RATIO = 1.5;
/** A page without the punctuation the engine looks for costs at most this many times a normal one. */
const TARGET_BARE_RATIO = 1.5;
/** The longest work between two yields of analyzeInSteps (a long task is 50 ms). */
const TARGET_STEP_MS = 50;
/** A page with nothing to find, a few thousand characters. */
const TARGET_EMPTY_MS = 1;
const RUNS = 9;

const SIMPLIFIED = [
  'feedback-news',
  'furniture-page',
  'progress-report',
  'rectification-plan',
  'unrelated-page',
];
/** Runs before the measured ones, so that the median is a warmed-up run. */
const WARM_UP = 4;
const TRADITIONAL = ['feedback-traditional', 'progress-traditional'];

/** A page of about `chars` characters: the fixtures named, in turn, until it is long enough. */
export function buildPage(names: string[], chars: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const text = FIXTURE_TEXTS[names[i % names.length]];
    parts.push(text);
    length += text.length + 1;
  }
  return parts.join('\n');
}

/** opencc-js's own Converter, as the product used it before compiling its dictionaries. */
async function libraryConverter(): Promise<(text: string) => string> {
  const opencc = await import('opencc-js/t2cn');
  const fromHongKong = opencc.Converter({ from: 'hk', to: 'cn' });
  const fromTaiwan = opencc.Converter({ from: 'tw', to: 'cn' });
  return (text) => fromTaiwan(fromHongKong(text));
}

/** One plain pass over the text: the floor no analysis can beat. */
function floorPass(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
  return sum;
}

/** The longest work between two yields of a stepped analysis. */
function longestStep(text: string, options: Parameters<typeof analyzeText>[1]): number {
  let longest = 0;
  let last = performance.now();
  const steps = analyzeInSteps(text, options);
  for (let step = steps.next(); !step.done; step = steps.next()) {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }
  return Math.max(longest, performance.now() - last);
}

export async function run(env: 'node' | 'chromium'): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const simplified = buildPage(SIMPLIFIED, PAGE_CHARS);
  const mchars = (ms: number, text: string) => text.length / 1000 / ms;

  // Simplified: the analysis against one plain pass.
  const floorMs = await medianMs(() => floorPass(simplified), RUNS);
  for (let i = 0; i < WARM_UP; i++) analyzeText(simplified);
  const ms = await medianMs(() => analyzeText(simplified), RUNS);
  rows.push({
    name: `analyze ${(simplified.length / 1e6).toFixed(1)}M-char Simplified page, throughput`,
    env,
    value: +mchars(ms, simplified).toFixed(1),
    unit: 'Mchar/s',
    target: `≥ ${TARGET_MCHARS} Mchar/s`,
    pass: mchars(ms, simplified) >= TARGET_MCHARS,
    baseline: {
      name: 'one charCodeAt pass',
      value: +mchars(floorMs, simplified).toFixed(0),
      unit: 'Mchar/s',
    },
  });
  rows.push({
    name: `analyze ${(simplified.length / 1e6).toFixed(1)}M-char Simplified page`,
    env,
    value: +ms.toFixed(1),
    unit: 'ms',
    target: `≤ ${TARGET_MS} ms`,
    pass: ms <= TARGET_MS,
    baseline: { name: 'one charCodeAt pass', value: +floorMs.toFixed(1), unit: 'ms' },
  });

  // Traditional: the analysis (which converts) against opencc-js converting the same text
  // with its own Converter. The product converts with the same dictionaries compiled
  // (lib/text/opencc-compiled.ts): its output must be the library's.
  const converter = await loadTraditionalConverter();
  const library = await libraryConverter();
  const traditional = buildPage(TRADITIONAL, PAGE_CHARS);
  for (let i = 0; i < WARM_UP; i++) library(traditional);
  const convertMs = await medianMs(() => library(traditional), RUNS);
  for (let i = 0; i < WARM_UP; i++) converter(traditional);
  const compiledMs = await medianMs(() => converter(traditional), RUNS);
  const same = converter(traditional) === library(traditional);
  rows.push({
    name: `convert ${(traditional.length / 1e6).toFixed(1)}M-char Traditional page, compiled dictionaries (same output: ${same ? 'yes' : 'NO'})`,
    env,
    value: +compiledMs.toFixed(1),
    unit: 'ms',
    target: 'the same text as opencc-js',
    pass: same,
    baseline: { name: 'opencc-js Converter', value: +convertMs.toFixed(0), unit: 'ms' },
  });
  for (let i = 0; i < WARM_UP; i++) analyzeText(traditional, { converter });
  const traditionalMs = await medianMs(() => analyzeText(traditional, { converter }), RUNS);
  const ratio = traditionalMs / convertMs;
  rows.push({
    name: `analyze ${(traditional.length / 1e6).toFixed(1)}M-char Traditional page, over converting it`,
    env,
    value: +ratio.toFixed(2),
    unit: 'x',
    target: `≤ ${TARGET_TRADITIONAL_RATIO}× the conversion`,
    pass: ratio <= TARGET_TRADITIONAL_RATIO,
    baseline: { name: 'opencc-js t2cn Converter on the same text', value: +convertMs.toFixed(0), unit: 'ms' },
  });
  rows.push({
    name: `analyze ${(traditional.length / 1e6).toFixed(1)}M-char Traditional page`,
    env,
    value: +traditionalMs.toFixed(1),
    unit: 'ms',
    target: `≤ ${TARGET_TRADITIONAL_RATIO}× conversion (${(convertMs * TARGET_TRADITIONAL_RATIO).toFixed(0)} ms)`,
    pass: ratio <= TARGET_TRADITIONAL_RATIO,
  });

  // A page short of the marks the engine looks for (no 《, no ，, no line breaks) must not
  // cost more: a search for the next one must never run on to the end of the page.
  const bare = simplified.replace(/[《，\n]/g, '');
  for (let i = 0; i < WARM_UP; i++) analyzeText(bare);
  const bareMs = await medianMs(() => analyzeText(bare), RUNS);
  rows.push({
    name: `analyze ${(bare.length / 1e6).toFixed(1)}M-char page without 《, ， or line breaks`,
    env,
    value: +(bareMs / ms).toFixed(2),
    unit: 'x',
    target: `≤ ${TARGET_BARE_RATIO}× the Simplified page`,
    pass: bareMs / ms <= TARGET_BARE_RATIO,
    baseline: { name: 'the Simplified page', value: +ms.toFixed(1), unit: 'ms' },
  });

  // Giving the page back its main thread: the longest step of a stepped analysis.
  const step = Math.max(longestStep(simplified, {}), longestStep(traditional, { converter }));
  rows.push({
    name: 'analyzeInSteps longest work between yields (2M chars, both scripts)',
    env,
    value: +step.toFixed(1),
    unit: 'ms',
    target: `≤ ${TARGET_STEP_MS} ms`,
    pass: step <= TARGET_STEP_MS,
  });

  // A page with nothing to find.
  const empty = buildPage(['unrelated-page'], 3000);
  const emptyMs = await medianMs(() => analyzeText(empty), 51);
  rows.push({
    name: `analyze a ${(empty.length / 1000).toFixed(1)}K-char page with nothing to find`,
    env,
    value: +emptyMs.toFixed(3),
    unit: 'ms',
    target: `≤ ${TARGET_EMPTY_MS} ms`,
    pass: emptyMs <= TARGET_EMPTY_MS,
  });
  return rows;
}
