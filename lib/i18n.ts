import { browser } from 'wxt/browser';
import type zhMessages from '../public/_locales/zh_CN/messages.json';

/** Every key of the default (zh_CN) catalogue; the en catalogue must have the same keys. */
export type MessageKey = keyof typeof zhMessages;

/** `i18n.getMessage` without WXT's generated key union, which lags behind edits until `wxt prepare`. */
const getMessage = (key: string, substitutions?: string | string[]): string =>
  (browser.i18n.getMessage as (key: string, substitutions?: string | string[]) => string)(key, substitutions);

/**
 * Looks a UI string up in the extension's i18n catalogue. Falls back to the
 * key itself so that a missing translation is visible rather than blank.
 */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return getMessage(key, substitutions) || key;
}

/** A message whose key is built at run time (e.g. a cue category); empty when the catalogue lacks it. */
export function tDynamic(key: string): string {
  return getMessage(key) || '';
}
