/**
 * The command-line reviewer: the same detection and matching engines as the
 * extension, on files.
 *
 *   npm run -s review -- analyze FILE [--json]
 *   npm run -s review -- compare REPORT --commitments FILE.json [--json]
 *   npm run -s review -- compare REPORT --source DOC [--json]
 *
 * FILE, REPORT and DOC are .txt, .html or .htm (UTF-8, GBK/GB18030 or with a
 * BOM). With --json only JSON goes to stdout. Errors are one line on stderr
 * and a non-zero exit: 1 for a file that cannot be used, 2 for bad usage.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { analyzeText } from '../lib/detect/analyze';
import type { Analysis } from '../lib/detect/types';
import { compareReport, type MatchResult } from '../lib/match/compare';
import { decodeText, NotTextError } from '../lib/page/decode';
import { readPageText } from '../lib/page/dom-text';
import { loadTraditionalConverter } from '../lib/text/load-converter';
import { countTraditional, type TraditionalConverter } from '../lib/text/traditional';

const USAGE = `usage: review analyze FILE [--json]
       review compare REPORT (--commitments FILE.json | --source DOC) [--json]`;

class UsageError extends Error {}
class InputError extends Error {}

const SUPPORTED = new Set(['.txt', '.html', '.htm']);
const MAX_BYTES = 64 * 1024 * 1024;

interface LoadedText {
  text: string;
  title?: string;
}

/** Reads a .txt or .html file into the text the engines see. */
function loadDocument(file: string): LoadedText {
  const ext = path.extname(file).toLowerCase();
  if (!SUPPORTED.has(ext)) throw new InputError(`${file}: not a .txt, .html or .htm file`);
  let bytes: Buffer;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new InputError(`${file}: is a directory`);
    if (stat.size > MAX_BYTES)
      throw new InputError(`${file}: too large (${stat.size} bytes; the limit is ${MAX_BYTES})`);
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : 'cannot be read';
    throw new InputError(`${file}: ${reason}`);
  }
  let decoded: string;
  try {
    decoded = decodeText(bytes, ext !== '.txt');
  } catch (error) {
    if (error instanceof NotTextError) throw new InputError(`${file}: ${error.message}`);
    throw error;
  }
  if (ext === '.txt') return { text: decoded };
  const { document } = parseHTML(decoded);
  const title = document.querySelector('title')?.textContent?.trim() || undefined;
  return { text: readPageText(document).text, title };
}

async function converterFor(text: string): Promise<TraditionalConverter | null> {
  return countTraditional(text) >= 2 ? loadTraditionalConverter() : null;
}

function readCommitments(file: string): string[] {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch {
    throw new InputError(`${file}: cannot be read`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    throw new InputError(`${file}: not valid JSON`);
  }
  if (!Array.isArray(data))
    throw new InputError(`${file}: expected a JSON array of strings or {"text": …} objects`);
  return data.map((item, i) => {
    if (typeof item === 'string') return item;
    if (item && typeof item === 'object' && typeof (item as { text?: unknown }).text === 'string') {
      return (item as { text: string }).text;
    }
    throw new InputError(`${file}: item ${i} is neither a string nor an object with a "text" string`);
  });
}

function oneLine(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function printAnalysis(file: string, analysis: Analysis): void {
  const { meta, findings } = analysis;
  console.log(`${file}`);
  for (const [key, value] of Object.entries(meta)) if (value) console.log(`  ${key.padEnd(14)} ${value}`);
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  console.log(`  findings       ${[...counts].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
  console.log('');
  for (const f of findings) {
    const fields = [f.deadline && `时限:${f.deadline}`, f.owner && `责任:${f.owner}`]
      .filter(Boolean)
      .join(' ');
    console.log(`${f.kind.padEnd(10)} ${String(f.start).padStart(6)}  ${oneLine(f.text)}`);
    console.log(
      `${''.padEnd(18)}cues: ${f.cues.map((c) => `${c.category}「${c.match}」`).join(' ')}${fields ? `  ${fields}` : ''}`,
    );
  }
}

function printComparison(report: string, results: MatchResult[]): void {
  console.log(report);
  const order = { missing: 0, partial: 1, reappears: 2 } as const;
  for (const r of [...results].sort((a, b) => order[a.status] - order[b.status])) {
    console.log(`${r.status.padEnd(10)} ${r.score.toFixed(2)}  ${oneLine(r.commitment, 50)}`);
    if (r.evidence) console.log(`${''.padEnd(16)}→ ${oneLine(r.evidence, 70)}`);
  }
}

async function analyzeCommand(args: string[], json: boolean): Promise<void> {
  if (args.length !== 1) throw new UsageError('analyze takes exactly one FILE');
  const { text, title } = loadDocument(args[0]);
  const analysis = analyzeText(text, { converter: await converterFor(text), title });
  if (json) {
    process.stdout.write(JSON.stringify({ meta: analysis.meta, findings: analysis.findings }) + '\n');
  } else printAnalysis(args[0], analysis);
}

async function compareCommand(args: string[], json: boolean): Promise<void> {
  const option = (name: string): string | undefined => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    const value = args[i + 1];
    if (!value || value.startsWith('--')) throw new UsageError(`${name} needs a file`);
    args.splice(i, 2);
    return value;
  };
  const commitmentsFile = option('--commitments');
  const sourceFile = option('--source');
  if (args.length !== 1) throw new UsageError('compare takes exactly one REPORT');
  if (!commitmentsFile === !sourceFile)
    throw new UsageError('give either --commitments FILE.json or --source DOC');
  let commitments: string[];
  if (commitmentsFile) commitments = readCommitments(commitmentsFile);
  else {
    const source = loadDocument(sourceFile!);
    const analysis = analyzeText(source.text, {
      converter: await converterFor(source.text),
      title: source.title,
    });
    commitments = analysis.findings.filter((f) => f.kind === 'commitment').map((f) => f.text);
  }
  const report = loadDocument(args[0]);
  // Either side may be Traditional: clipped from a Hong Kong or Taiwan page, or reported there.
  const converter = await converterFor(report.text + commitments.join(''));
  const results = compareReport(report.text, commitments, { converter });
  if (json) {
    const rows = results.map(({ commitment, status, score, evidence, start, end }) => ({
      commitment,
      status,
      score,
      evidence,
      start,
      end,
    }));
    process.stdout.write(JSON.stringify({ results: rows }) + '\n');
  } else printComparison(args[0], results);
}

async function main(argv: string[]): Promise<number> {
  const args = argv.filter((a) => a !== '--json');
  const json = args.length !== argv.length;
  const [command, ...rest] = args;
  try {
    if (command === 'analyze') await analyzeCommand(rest, json);
    else if (command === 'compare') await compareCommand(rest, json);
    else throw new UsageError(command ? `unknown command: ${command}` : 'no command given');
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`review: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof InputError) {
      process.stderr.write(`review: ${error.message}\n`);
      return 1;
    }
    process.stderr.write(`review: ${(error as Error).message ?? String(error)}\n`);
    return 1;
  }
}

// Output piped into a reader that stops early (review analyze … | head): nothing is wrong.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
