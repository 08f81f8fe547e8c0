import { defineExtensionMessaging, type ExtensionMessage } from '@webext-core/messaging';
import { browser } from 'wxt/browser';

/** What the background reports about itself; used by the popup and tests. */
export interface BackgroundStatus {
  version: string;
  manifestVersion: number;
}

/** What a content script knows about the page it runs in. */
export interface PageSummary {
  url: string;
  title: string;
  characters: number;
  paragraphs: number;
}

/**
 * The one message protocol of the extension. Names say who answers:
 * `bg:*` is handled by the background, `page:*` by the content script of a tab.
 */
export interface ProtocolMap {
  'bg:status'(): BackgroundStatus;
  'page:summary'(): PageSummary;
}

const silent = { debug() {}, log() {}, warn() {}, error() {} };

const messenger = defineExtensionMessaging<ProtocolMap>({ logger: silent });

export const sendMessage = messenger.sendMessage;

/** Thrown to a sender that is not this extension's own page or content script. */
export class UntrustedSenderError extends Error {
  constructor() {
    super('Message refused: not sent by this extension');
    this.name = 'UntrustedSenderError';
  }
}

type Sender = ExtensionMessage['sender'];

/**
 * True for messages from this extension's own pages, background or content
 * scripts. Web pages and other extensions never pass: they have another `id`,
 * or (for a page posting through a compromised channel) no tab and a URL
 * outside the extension's origin.
 */
export function isTrustedSender(sender: Sender, runtimeId: string, extensionOrigin: string): boolean {
  if (!sender || sender.id !== runtimeId) return false;
  if (sender.tab) return true; // a content script of ours, in some tab
  const url = sender.url ?? '';
  return url.startsWith(extensionOrigin);
}

/**
 * Registers a handler that only ever runs for trusted senders; anything else
 * gets an `UntrustedSenderError` and the handler is not called.
 */
export function onTrustedMessage<K extends keyof ProtocolMap>(
  type: K,
  handler: Parameters<typeof messenger.onMessage<K>>[1],
): () => void {
  return messenger.onMessage(type, (message) => {
    const { id, getURL } = browser.runtime;
    if (!isTrustedSender(message.sender, id, getURL('/'))) throw new UntrustedSenderError();
    return handler(message);
  });
}
