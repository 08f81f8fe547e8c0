/**
 * The highlight names (a public contract: tests outside the project look them
 * up in `CSS.highlights`) and their colours, shared by both painters so that
 * a page looks the same with or without the CSS Custom Highlight API.
 */
import type { FindingKind } from '../detect/types';

export type HighlightName =
  'rl-problem' | 'rl-commitment' | 'rl-pledge' | 'rl-progress' | 'rl-clipped' | 'rl-evidence' | 'rl-active';

export const KIND_HIGHLIGHT: Record<FindingKind, HighlightName> = {
  problem: 'rl-problem',
  commitment: 'rl-commitment',
  pledge: 'rl-pledge',
  progress: 'rl-progress',
};

interface Look {
  background: string;
  decoration: string;
  /** Later in the list paints on top. */
  priority: number;
}

export const LOOKS: Record<HighlightName, Look> = {
  'rl-progress': {
    background: 'rgba(16, 185, 129, 0.14)',
    decoration: 'underline dotted #059669',
    priority: 0,
  },
  'rl-pledge': { background: 'rgba(234, 179, 8, 0.2)', decoration: 'none', priority: 1 },
  'rl-commitment': {
    background: 'rgba(37, 99, 235, 0.16)',
    decoration: 'underline solid #2563eb',
    priority: 2,
  },
  'rl-problem': { background: 'rgba(239, 68, 68, 0.18)', decoration: 'underline solid #dc2626', priority: 3 },
  'rl-clipped': {
    background: 'rgba(124, 58, 237, 0.2)',
    decoration: 'underline double #7c3aed',
    priority: 4,
  },
  'rl-evidence': { background: 'rgba(20, 184, 166, 0.3)', decoration: 'underline wavy #0d9488', priority: 5 },
  'rl-active': { background: 'rgba(250, 204, 21, 0.55)', decoration: 'none', priority: 6 },
};

export const HIGHLIGHT_NAMES = Object.keys(LOOKS) as HighlightName[];

/** The tag of the wrapper elements used where the Highlight API is missing. */
export const MARK_TAG = 'rl-mark';

function declarations(look: Look): string {
  return `background-color: ${look.background}; text-decoration: ${look.decoration}; text-decoration-skip-ink: none;`;
}

/** Stylesheet for the CSS Custom Highlight API painter. */
export function highlightCss(hidden: ReadonlySet<HighlightName>): string {
  return HIGHLIGHT_NAMES.filter((name) => !hidden.has(name))
    .map((name) => `::highlight(${name}) { ${declarations(LOOKS[name])} }`)
    .join('\n');
}

/**
 * Stylesheet for the wrapping painter. Nested marks paint on top of each
 * other like highlights do; a hidden name paints nothing.
 */
export function markCss(hidden: ReadonlySet<HighlightName>): string {
  const rules = [`${MARK_TAG} { display: inline; cursor: pointer; color: inherit; }`];
  for (const name of HIGHLIGHT_NAMES) {
    const look = LOOKS[name];
    rules.push(
      hidden.has(name)
        ? `${MARK_TAG}[data-rl="${name}"] { background: none; text-decoration: none; cursor: inherit; }`
        : `${MARK_TAG}[data-rl="${name}"] { ${declarations(look)} }`,
    );
  }
  return rules.join('\n');
}
