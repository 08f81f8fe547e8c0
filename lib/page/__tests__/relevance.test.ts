import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { speaksOfRectification } from '../relevance';

const FIXTURES = path.resolve(import.meta.dirname, '../../../tests/fixtures');

describe('speaksOfRectification', () => {
  it('passes every fixture page that has something to find', () => {
    // The host page of a frame says nothing itself: its words are in iframe-article.html.
    const elsewhere = ['nothing-to-find.html', 'iframe-host.html'];
    const pages = readdirSync(FIXTURES).filter((f) => f.endsWith('.html') && !elsewhere.includes(f));
    expect(pages.length).toBeGreaterThan(5);
    for (const file of pages)
      expect(speaksOfRectification(readFileSync(path.join(FIXTURES, file), 'utf8')), file).toBe(true);
  });

  it('leaves a page about something else alone', () => {
    expect(speaksOfRectification(readFileSync(path.join(FIXTURES, 'nothing-to-find.html'), 'utf8'))).toBe(
      false,
    );
    expect(speaksOfRectification('本周末以晴为主，早晚温差较大，出行请注意添加衣物。')).toBe(false);
  });

  it('knows the words in Traditional', () => {
    expect(speaksOfRectification('局黨組將進一步壓實主體責任。')).toBe(true);
    expect(speaksOfRectification('部分單位監督檢查流於形式。')).toBe(true);
  });

  it('finds a pledge that names no problem and no measure', () => {
    expect(speaksOfRectification('我们将切实加强作风建设，以钉钉子精神抓到底。')).toBe(true);
  });
});
