import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'lib/detect/__tests__/fixtures');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI as a user would: `npx tsx scripts/review.ts …`. */
function review(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['tsx', 'scripts/review.ts', ...args],
      { cwd: ROOT, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'review-test-'));
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('review analyze --json', () => {
  it('prints the meta and the findings as one JSON object', async () => {
    const file = path.join(FIXTURES, 'feedback-news.txt');
    const run = await review('analyze', file, '--json');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout);
    expect(Object.keys(out).sort()).toEqual(['findings', 'meta']);
    expect(out.meta).toMatchObject({ inspectedUnit: '县卫生健康局党组', publishDate: '2024-04-18' });
    const original = readFileSync(file, 'utf8');
    expect(out.findings.length).toBeGreaterThan(5);
    for (const f of out.findings) {
      expect(['problem', 'commitment', 'pledge', 'progress']).toContain(f.kind);
      expect(typeof f.start).toBe('number');
      expect(typeof f.end).toBe('number');
      expect(f.text).toBe(original.slice(f.start, f.end));
      expect(typeof f.normalized).toBe('string');
      expect(f.cues.length).toBeGreaterThan(0);
      for (const cue of f.cues) expect(Object.keys(cue).sort()).toEqual(['category', 'match']);
    }
    const kinds = new Set(out.findings.map((f: { kind: string }) => f.kind));
    expect([...kinds].sort()).toEqual(['commitment', 'pledge', 'problem', 'progress']);
  });

  it('converts Traditional text and keeps offsets in the original', async () => {
    const file = path.join(FIXTURES, 'feedback-traditional.txt');
    const out = JSON.parse((await review('analyze', file, '--json')).stdout);
    const problem = out.findings.find((f: { normalized: string }) => f.normalized.includes('专业人才缺乏'));
    expect(problem.kind).toBe('problem');
    expect(problem.text).toBe(readFileSync(file, 'utf8').slice(problem.start, problem.end));
  });

  it('reads an HTML page through the DOM reader, with its title', async () => {
    const out = JSON.parse(
      (await review('analyze', path.join(ROOT, 'tests/fixtures/detect-feedback-news.html'), '--json')).stdout,
    );
    expect(out.meta.title).toBe('县委第一巡察组向县住房和城乡建设局党组反馈巡察情况');
    expect(out.findings.some((f: { normalized: string }) => f.normalized.includes('版权所有'))).toBe(false);
    expect(out.findings.some((f: { kind: string }) => f.kind === 'commitment')).toBe(true);
  });
});

describe('review analyze', () => {
  it('prints a readable listing without --json', async () => {
    const run = await review('analyze', path.join(FIXTURES, 'progress-report.txt'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('findings');
    expect(run.stdout).toMatch(/^progress\s+\d+/m);
  });

  it('fails with one line on stderr for a file that does not exist', async () => {
    const run = await review('analyze', path.join(scratch, 'missing.txt'), '--json');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([
      `review: ${path.join(scratch, 'missing.txt')}: no such file`,
    ]);
  });

  it('fails with one line on stderr for a binary file', async () => {
    const file = path.join(scratch, 'binary.txt');
    writeFileSync(file, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0, 0, 0]));
    const run = await review('analyze', file, '--json');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('binary');
  });

  it('fails with one line on stderr for a path that cannot be read', async () => {
    const file = path.join(scratch, 'binary.txt', 'inside.txt'); // under a file, not a directory
    writeFileSync(path.join(scratch, 'binary.txt'), 'x');
    const run = await review('analyze', file, '--json');
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([`review: ${file}: cannot be read`]);
  });

  it('fails with one line for a directory and for a file of another type', async () => {
    const folder = path.join(scratch, 'folder.txt');
    mkdirSync(folder);
    const dir = await review('analyze', folder);
    expect(dir.code).toBe(1);
    expect(dir.stderr.trim().split('\n')).toEqual([`review: ${folder}: is a directory`]);
    const pdf = path.join(scratch, 'report.pdf');
    writeFileSync(pdf, '%PDF-1.4');
    const other = await review('analyze', pdf);
    expect(other.code).toBe(1);
    expect(other.stderr.trim().split('\n')).toEqual([`review: ${pdf}: not a .txt, .html or .htm file`]);
  });

  it('exits 2 with the usage for bad usage', async () => {
    const run = await review('analyze');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('usage: review analyze FILE');
  });
});
