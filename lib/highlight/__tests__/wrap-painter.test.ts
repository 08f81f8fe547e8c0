import { describe, expect, it } from 'vitest';
import { disjointPieces } from '../wrap-painter';
import type { HighlightName } from '../styles';
import type { PaintSpan } from '../painter';

const layers = (entries: [HighlightName, PaintSpan[]][]) => new Map(entries);

describe('disjointPieces', () => {
  it('gives an item that is clipped and active three nested layers, lowest priority outside', () => {
    const pieces = disjointPieces(
      layers([
        ['rl-active', [{ key: 'a', start: 0, end: 10 }]],
        ['rl-commitment', [{ key: 'a', start: 0, end: 10 }]],
        ['rl-clipped', [{ key: 'a', start: 0, end: 10 }]],
      ]),
    );
    expect(pieces).toEqual([
      {
        start: 0,
        end: 10,
        layers: [
          { name: 'rl-commitment', key: 'a' },
          { name: 'rl-clipped', key: 'a' },
          { name: 'rl-active', key: 'a' },
        ],
      },
    ]);
  });

  it('cuts partly overlapping spans at every boundary and skips the gaps', () => {
    const pieces = disjointPieces(
      layers([
        ['rl-problem', [{ key: 'p', start: 0, end: 6 }]],
        ['rl-evidence', [{ key: 'e', start: 4, end: 9 }]],
        ['rl-pledge', [{ key: 'g', start: 12, end: 15 }]],
      ]),
    );
    expect(pieces.map((p) => [p.start, p.end, p.layers.map((l) => l.key).join('')])).toEqual([
      [0, 4, 'p'],
      [4, 6, 'pe'],
      [6, 9, 'e'],
      [12, 15, 'g'],
    ]);
  });

  it('ignores empty spans', () => {
    expect(disjointPieces(layers([['rl-problem', [{ key: 'p', start: 3, end: 3 }]]]))).toEqual([]);
  });
});
