import { browser } from 'wxt/browser';
import type { Cue } from '../lib/detect/types';

/**
 * A cue as the user reads it: the category's name from the i18n catalogue
 * (`cue_<category>`), then the text that matched.
 */
export function cueLabel(cue: Cue): string {
  const key = `cue_${cue.category.replace(/[^A-Za-z0-9_]/g, '_')}`;
  const name = browser.i18n.getMessage(key) || cue.category;
  return `${name}「${cue.match}」`;
}
