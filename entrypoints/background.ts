import { browser } from 'wxt/browser';
import { onTrustedMessage } from '../lib/messaging';

export default defineBackground(() => {
  onTrustedMessage('bg:status', () => ({
    version: browser.runtime.getManifest().version,
    manifestVersion: browser.runtime.getManifest().manifest_version,
  }));
});
