/**
 * Chinese labels of exported files. Exports are 整改台账 documents handed to
 * Chinese offices, so they are in Chinese whatever the UI language.
 */
import type { CheckStatus, ClipStatus, FindingKind } from '../db/types';

export const KIND_LABELS: Record<FindingKind, string> = {
  problem: '问题',
  commitment: '整改措施',
  pledge: '表态',
  progress: '整改进展',
};

export const CHECK_STATUS_LABELS: Record<CheckStatus, string> = {
  reappears: '已体现',
  partial: '部分体现',
  missing: '未体现',
};

export const CLIP_STATUS_LABELS: Record<ClipStatus, string> = {
  open: '待跟踪',
  tracking: '跟踪中',
  done: '已销号',
  dismissed: '不跟踪',
};

/** Appended to a status the user set by hand. */
export const OVERRIDDEN_MARK = '（人工修改）';

/** Status of a commitment no report was checked against yet. */
export const UNCHECKED_LABEL = '未核对';

/** Sheet and section of clips that belong to no case. */
export const NO_CASE_LABEL = '未归类';
