import { browser } from 'wxt/browser';
import type zhMessages from '../public/_locales/zh_CN/messages.json';

/** Every key of the default (zh_CN) catalogue; the en catalogue must have the same keys. */
export type MessageKey = keyof typeof zhMessages;

/**
 * Looks a UI string up in the extension's i18n catalogue. Falls back to the
 * key itself so that a missing translation is visible rather than blank.
 */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
