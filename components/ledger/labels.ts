/** Message keys of the clip statuses (跟踪状态). */
import type { ClipStatus } from '../../lib/db/types';
import type { MessageKey } from '../../lib/i18n';

export const CLIP_STATUS_LABEL: Record<ClipStatus, MessageKey> = {
  open: 'ledgerClipStatusOpen',
  tracking: 'ledgerClipStatusTracking',
  done: 'ledgerClipStatusDone',
  dismissed: 'ledgerClipStatusDismissed',
};
