import { onTrustedMessage } from '../../lib/messaging';

export default defineContentScript({
  matches: ['*://*.gov.cn/*', '*://*.edu.cn/*'],
  runAt: 'document_idle',
  main(ctx) {
    const stop = onTrustedMessage('page:summary', () => {
      const text = document.body?.innerText ?? '';
      return {
        url: location.href,
        title: document.title,
        characters: text.length,
        paragraphs: text.split(/\n+/).filter((line) => line.trim()).length,
      };
    });
    ctx.onInvalidated(stop);
  },
});
