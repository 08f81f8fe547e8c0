import type { Cue } from '../lib/detect/types';
import { tDynamic } from '../lib/i18n';

/**
 * A cue as the user reads it: the category's name from the i18n catalogue
 * (`cue_<category>`), then the text that matched.
 */
export function cueLabel(cue: Cue): string {
  const name = tDynamic(`cue_${cue.category.replace(/[^A-Za-z0-9_]/g, '_')}`) || cue.category;
  return `${name}「${cue.match}」`;
}
