#!/usr/bin/env node
// Checks a held-out corpus (see its README.md and ../../../shared/corpus/LABELS.md).
//
//   node tests/corpus/validate.mjs tests/corpus/holdout2
//
// corpus.json in the corpus names its PDF-wrapped documents: {"pdfWrapped": ["03.txt"]}.
// sentences.jsonl: exact keys, valid labels, no duplicate (doc, text), no line breaks or edge
// whitespace, every text found in its document (scorer's normalisation: whitespace and pinyin
// annotations such as 內(nèi) removed; .html with script/style and tags removed) and also found
// verbatim (for a PDF-wrapped document: in the document with its line breaks removed).
// pairs.jsonl: exact keys, valid status, every commitment is a `commitment` label of its source,
// every commitment label of a paired source is judged exactly once, evidence empty exactly for
// `missing`, every evidence found in its report (normalised and verbatim) and a whole sentence unit.
// Exits 1 on any failure.
import fs from 'node:fs';
import path from 'node:path';

if (!process.argv[2]) {
  console.error('usage: node tests/corpus/validate.mjs CORPUS_DIR');
  process.exit(2);
}
const dir = path.resolve(process.argv[2]);
const LABELS = ['problem', 'commitment', 'pledge', 'none'];
const STATUS = ['reappears', 'partial', 'missing'];
const settings = fs.existsSync(path.join(dir, 'corpus.json'))
  ? JSON.parse(fs.readFileSync(path.join(dir, 'corpus.json'), 'utf8'))
  : {};
const PDF_WRAPPED = new Set(settings.pdfWrapped ?? []);

// Same normalisation and HTML handling as shared/corpus/score.mjs.
const norm = s => s.replace(/\(([a-zA-Züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+)\)/g, '').replace(/\s+/g, '');
const raw = doc => fs.readFileSync(path.join(dir, 'docs', doc), 'utf8');
const docText = doc => doc.endsWith('.html')
  ? raw(doc).replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, '').replace(/<[^>]+>/g, '')
  : raw(doc);
// Verbatim text a label is quoted from: HTML without markup, PDF text without its wraps.
const verbatim = doc => PDF_WRAPPED.has(doc) ? docText(doc).replace(/\n/g, '') : docText(doc);
// Sentence units of a report: end at 。；？！ (full or half width), at line ends and at block tags.
const units = doc => {
  const t = doc.endsWith('.html')
    ? raw(doc).replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, '')
      .replace(/<\/(p|div|li|h\d|title|ul)>|<br\s*\/?>/gi, '\n').replace(/<[^>]+>/g, '')
    : raw(doc);
  return new Set(t.split(/(?<=[。；？！;?!])|\n/).map(u => u.trim()).filter(Boolean));
};

const fails = [];
const fail = m => fails.push(m);
const readJsonl = f => fs.readFileSync(path.join(dir, f), 'utf8').split('\n').filter(l => l.trim())
  .map((l, i) => { try { return JSON.parse(l); } catch (e) { fail(`${f}:${i + 1}: bad JSON: ${e.message}`); return null; } });
const sameKeys = (o, keys) => o && typeof o === 'object' && Object.keys(o).sort().join() === [...keys].sort().join();

const docFiles = fs.readdirSync(path.join(dir, 'docs'));
const cache = new Map();
const get = (doc, fn) => { const k = `${fn.name}:${doc}`; if (!cache.has(k)) cache.set(k, fn(doc)); return cache.get(k); };

// sentences.jsonl
const sentences = readJsonl('sentences.jsonl');
const seen = new Set();
const counts = {};
sentences.forEach((s, i) => {
  const at = `sentences.jsonl:${i + 1}`;
  if (!sameKeys(s, ['doc', 'text', 'label'])) return fail(`${at}: keys must be doc, text, label`);
  if (!LABELS.includes(s.label)) fail(`${at}: bad label ${s.label}`);
  if (!docFiles.includes(s.doc)) return fail(`${at}: no such document ${s.doc}`);
  if (typeof s.text !== 'string' || !s.text) return fail(`${at}: empty text`);
  if (/\n/.test(s.text) || s.text !== s.text.trim()) fail(`${at}: line break or edge whitespace`);
  const key = `${s.doc}\u0000${s.text}`;
  if (seen.has(key)) fail(`${at}: duplicate ${s.text.slice(0, 30)}`);
  seen.add(key);
  if (!norm(get(s.doc, docText)).includes(norm(s.text))) fail(`${at}: not found (normalised) in ${s.doc}: ${s.text.slice(0, 30)}`);
  if (!get(s.doc, verbatim).includes(s.text)) fail(`${at}: not found verbatim in ${s.doc}: ${s.text.slice(0, 30)}`);
  counts[s.doc] ??= Object.fromEntries(LABELS.map(l => [l, 0]));
  counts[s.doc][s.label] = (counts[s.doc][s.label] || 0) + 1;
});
for (const d of docFiles) if (!d.startsWith('report_') && !counts[d]) fail(`source document ${d} has no labels`);
for (const d of Object.keys(counts)) if (d.startsWith('report_')) fail(`report ${d} must not be labelled`);

// pairs.jsonl
const pairs = readJsonl('pairs.jsonl');
const judged = new Map();
const pairCounts = {};
pairs.forEach((p, i) => {
  const at = `pairs.jsonl:${i + 1}`;
  if (!sameKeys(p, ['source', 'report', 'commitment', 'expected', 'evidence'])) return fail(`${at}: keys must be source, report, commitment, expected, evidence`);
  if (!STATUS.includes(p.expected)) fail(`${at}: bad expected ${p.expected}`);
  if (!docFiles.includes(p.report)) return fail(`${at}: no such report ${p.report}`);
  if (!sentences.some(s => s && s.doc === p.source && s.label === 'commitment' && s.text === p.commitment)) fail(`${at}: not a commitment label of ${p.source}: ${p.commitment.slice(0, 30)}`);
  const k = `${p.source}\u0000${p.report}\u0000${p.commitment}`;
  judged.set(k, (judged.get(k) || 0) + 1);
  if ((p.expected === 'missing') !== (p.evidence === '')) fail(`${at}: evidence must be empty exactly for missing`);
  if (p.evidence) {
    if (!norm(get(p.report, docText)).includes(norm(p.evidence))) fail(`${at}: evidence not found (normalised) in ${p.report}`);
    if (!get(p.report, docText).includes(p.evidence)) fail(`${at}: evidence not found verbatim in ${p.report}`);
    if (!get(p.report, units).has(p.evidence)) fail(`${at}: evidence is not a whole sentence unit of ${p.report}: ${p.evidence.slice(0, 30)}`);
  }
  pairCounts[p.report] ??= Object.fromEntries(STATUS.map(s => [s, 0]));
  pairCounts[p.report][p.expected]++;
});
for (const [src, rep] of [...new Set(pairs.filter(Boolean).map(p => `${p.source}\u0000${p.report}`))].map(x => x.split('\u0000'))) {
  for (const s of sentences) if (s && s.doc === src && s.label === 'commitment') {
    const n = judged.get(`${src}\u0000${rep}\u0000${s.text}`) || 0;
    if (n !== 1) fail(`${src} -> ${rep}: commitment judged ${n} times: ${s.text.slice(0, 30)}`);
  }
}

// Warnings (not failures): the scorer places a label at the first occurrence of its normalised text.
// List labels whose first occurrence lies inside another label's span, so the scorer cannot tell them apart.
const warns = [];
const byDoc = new Map();
for (const s of sentences) if (s && docFiles.includes(s.doc)) (byDoc.get(s.doc) ?? byDoc.set(s.doc, []).get(s.doc)).push(s);
for (const [doc, ls] of byDoc) {
  const t = norm(get(doc, docText));
  const sp = ls.map(l => { const n = norm(l.text), i = t.indexOf(n); return { l, a: i, b: i + n.length }; });
  for (const x of sp) for (const y of sp) if (x !== y && x.a >= 0 && y.a >= 0 && x.a >= y.a && x.b <= y.b && (x.b - x.a) < (y.b - y.a))
    warns.push(`${doc}: "${x.l.text.slice(0, 20)}" (${x.l.label}) is located inside "${y.l.text.slice(0, 20)}" (${y.l.label})`);
}

console.table(counts);
console.table(pairCounts);
console.log(`${sentences.length} labels, ${pairs.length} pairs, ${fails.length} failures`);
if (warns.length) console.log(`${warns.length} warnings:\n` + warns.join('\n'));
if (fails.length) { console.log(fails.join('\n')); process.exit(1); }
