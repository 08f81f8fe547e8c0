/**
 * Builds the benchmark pages from the project's own fixture pages: the
 * paragraphs of every article fixture, repeated until the page reaches the
 * wanted size, like ../shared/bench/highlight-anchors.mjs does with the seed
 * documents (which the project must not copy).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES } from '../../tests/e2e/harness';

const ARTICLE_FIXTURES = [
  'notice-simple.html',
  'notice-traditional.html',
  'furniture-heavy.html',
  'pdf-pre.html',
  'iframe-article.html',
];

function decodeEntities(text: string): string {
  return text
    .replace(/&gt;/g, '>')
    .replace(/&lt;/g, '<')
    .replace(/&amp;/g, '&')
    .replace(/&nbsp;/g, ' ');
}

/** Paragraph texts of the Simplified article fixtures (and the detector's own text fixtures, when present). */
export function fixtureParagraphs(options: { traditional?: boolean } = {}): string[] {
  const files = ARTICLE_FIXTURES.filter((f) =>
    f.includes('traditional') ? options.traditional : !options.traditional,
  );
  const paragraphs: string[] = [];
  for (const file of files) {
    const html = readFileSync(path.join(FIXTURES, file), 'utf8');
    for (const m of html.matchAll(/<(p|h1|pre)[^>]*>([\s\S]*?)<\/\1>/g)) {
      const text = decodeEntities(m[2].replace(/<[^>]+>/g, '')).trim();
      if (text.length > 10) paragraphs.push(...(m[1] === 'pre' ? [text.replace(/\n/g, '')] : [text]));
    }
  }
  const detectFixtures = path.resolve(FIXTURES, '../../lib/detect/__tests__/fixtures');
  try {
    for (const file of readdirSync(detectFixtures)) {
      if (!file.endsWith('.txt')) continue;
      const isTraditional = /traditional|trad|tw|hk/i.test(file);
      if (isTraditional !== !!options.traditional) continue;
      const text = readFileSync(path.join(detectFixtures, file), 'utf8');
      paragraphs.push(
        ...text
          .split(/\n+/)
          .map((p) => p.trim())
          .filter((p) => p.length > 10),
      );
    }
  } catch {
    // no detector fixtures: the page fixtures alone are enough
  }
  return paragraphs;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);

/** A page of about `characters` characters: posts of fixture paragraphs, one `<p>` each. */
export function articlePage(
  characters: number,
  options: { traditional?: boolean } = {},
): { html: string; paragraphs: number } {
  const paragraphs = fixtureParagraphs(options);
  const post = '<div class="post">' + paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('') + '</div>';
  const postChars = paragraphs.reduce((n, p) => n + p.length, 0);
  const repeat = Math.max(1, Math.round(characters / postChars));
  const title = options.traditional ? '巡察整改通報彙編' : '巡察整改通报汇编';
  return {
    html: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head><body>${post.repeat(repeat)}</body></html>`,
    paragraphs: paragraphs.length * repeat,
  };
}

/** The fixture page without anything to find. */
export function nothingPage(): string {
  return readFileSync(path.join(FIXTURES, 'nothing-to-find.html'), 'utf8');
}
