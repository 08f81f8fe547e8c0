import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../messaging';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('isTrustedSender', () => {
  it('accepts our content scripts and our own pages', () => {
    expect(
      isTrustedSender({ id: ID, tab: { id: 3 } as chrome.tabs.Tab, url: 'https://x.gov.cn/' }, ID, ORIGIN),
    ).toBe(true);
    expect(isTrustedSender({ id: ID, url: `${ORIGIN}ledger.html` }, ID, ORIGIN)).toBe(true);
  });

  it('refuses other extensions and senders without an id', () => {
    expect(isTrustedSender({ id: 'other', url: 'chrome-extension://other/x.html' }, ID, ORIGIN)).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/' }, ID, ORIGIN)).toBe(false);
    expect(isTrustedSender(undefined as never, ID, ORIGIN)).toBe(false);
  });

  it('refuses a tab-less sender outside the extension origin', () => {
    expect(isTrustedSender({ id: ID, url: 'https://evil.example/' }, ID, ORIGIN)).toBe(false);
  });
});
