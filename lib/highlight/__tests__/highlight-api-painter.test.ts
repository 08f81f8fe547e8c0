import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { readPageText } from '../../page/dom-text';
import { HighlightApiPainter } from '../highlight-api-painter';
import type { PaintLayers, PaintSpan } from '../painter';
import type { HighlightName } from '../styles';

/** A minimal CSS Custom Highlight API on linkedom's window: a Highlight is a set of ranges. */
class FakeHighlight extends Set<unknown> {
  priority = 0;
}

/** linkedom's Range cannot be positioned; the painter only sets its ends. */
class FakeRange {
  start: [Node, number] | null = null;
  end: [Node, number] | null = null;
  setStart(node: Node, offset: number) {
    this.start = [node, offset];
  }
  setEnd(node: Node, offset: number) {
    this.end = [node, offset];
  }
}

function pageWithParagraphs(count: number) {
  const body = Array.from({ length: count }, (_, k) => `<p>第${k}项整改措施要按期完成。</p>`).join('');
  const { document, window } = parseHTML(`<!doctype html><html><head></head><body>${body}</body></html>`);
  const registry = new Map<string, FakeHighlight>();
  Object.assign(window, { Highlight: FakeHighlight, CSS: { highlights: registry } });
  Object.assign(document, { createRange: () => new FakeRange() });
  return { document, registry, page: readPageText(document) };
}

/** One span per paragraph of the page text, under `name`. */
function layersFor(text: string, name: HighlightName, prefix: string): PaintLayers {
  const spans: PaintSpan[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    spans.push({ key: `${prefix}${spans.length}`, start, end: start + line.length });
    start += line.length + 1;
  }
  return new Map([[name, spans]]);
}

describe('HighlightApiPainter, painting in steps', () => {
  it('keeps the old paint until the new one is whole, then swaps it in', () => {
    const { registry, page } = pageWithParagraphs(5000);
    const painter = new HighlightApiPainter();
    painter.paint(layersFor(page.text, 'rl-problem', 'p'), page);
    expect(registry.get('rl-problem')?.size).toBe(5000);

    const steps = painter.paintInSteps(layersFor(page.text, 'rl-commitment', 'c'), page);
    let yields = 0;
    while (!steps.next().done) {
      yields++;
      // Half-way, the page still shows the previous paint.
      expect(registry.get('rl-problem')?.size).toBe(5000);
      expect(registry.has('rl-commitment')).toBe(false);
    }
    expect(yields).toBeGreaterThan(0);
    expect(registry.has('rl-problem')).toBe(false);
    expect(registry.get('rl-commitment')?.size).toBe(5000);
  });

  it('drops a stepped paint that a newer paint overtakes', () => {
    const { registry, page } = pageWithParagraphs(5000);
    const painter = new HighlightApiPainter();
    const stale = painter.paintInSteps(layersFor(page.text, 'rl-problem', 'p'), page);
    stale.next();
    painter.paint(layersFor(page.text, 'rl-pledge', 'q'), page);
    while (!stale.next().done);
    expect(registry.has('rl-problem')).toBe(false);
    expect(registry.get('rl-pledge')?.size).toBe(5000);
  });

  it('reuses the Range of an item across paints of the same page text', () => {
    const { registry, page } = pageWithParagraphs(3);
    const painter = new HighlightApiPainter();
    const layers = layersFor(page.text, 'rl-commitment', 'c');
    painter.paint(layers, page);
    const first = [...registry.get('rl-commitment')!];
    painter.paint(new Map([...layers, ['rl-active', [layers.get('rl-commitment')![1]]]]), page);
    expect([...registry.get('rl-commitment')!]).toEqual(first);
    expect([...registry.get('rl-active')!][0]).toBe(first[1]);
  });
});
