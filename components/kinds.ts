import type { FindingKind } from '../lib/detect/types';
import type { MessageKey } from '../lib/i18n';

/** Display order of kinds in panels and lists. */
export const KIND_ORDER: FindingKind[] = ['problem', 'commitment', 'pledge', 'progress'];

export const KIND_LABEL: Record<FindingKind, MessageKey> = {
  problem: 'kindProblem',
  commitment: 'kindCommitment',
  pledge: 'kindPledge',
  progress: 'kindProgress',
};

/** Solid colours matching the page highlights (lib/highlight/styles.ts). */
export const KIND_COLOR: Record<FindingKind, string> = {
  problem: '#dc2626',
  commitment: '#2563eb',
  pledge: '#ca8a04',
  progress: '#059669',
};
