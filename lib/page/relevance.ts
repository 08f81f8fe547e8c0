/**
 * Whether a page speaks of inspection or rectification at all: the test an
 * automatic analysis passes before it starts the detection engine.
 *
 * Most pages a user opens on a government site are about something else
 * (weather, tourism, opening hours). The engine runs cold in every new page,
 * and its first run costs far more than its work, so a page that names none
 * of the field's words is left alone. The words are broad on purpose: any
 * document with a problem, a measure or a pledge uses several of them, in
 * Simplified or Traditional. A page the user asks to analyse is analysed
 * whatever it says.
 */

/**
 * Words of inspection, problems, measures and duties, in both scripts where
 * they differ. Searched one by one with `includes`: native code, which a cold
 * content script runs at full speed, and most pages of the field stop at the
 * first word.
 */
const RECTIFICATION_WORDS = (
  '整改 问题 問題 巡察 巡视 巡視 督查 督察 督办 督辦 督导 督導 整治 整顿 检查 檢查 审计 審計 ' +
  '监督 监察 監督 監察 纪检 纪律 纪委 紀檢 紀律 紀委 问责 問責 存在 不到位 不足 不够 不夠 ' +
  '薄弱 缺乏 缺失 违规 违纪 违法 违反 違規 違紀 違法 違反 滞后 滯後 落实 落實 措施 方案 ' +
  '台账 台賬 限期 责任 責任 承诺 承諾 表态 表態 加强 加強 建立 健全 完善 制定 推进 推進 ' +
  '开展 開展 确保 確保 严格 严肃 嚴格 嚴肅 专项 專項 领导 領導 廉政 廉洁 廉潔 作风 作風 ' +
  '党组 党委 党员 黨組 黨委 黨員 从严 從嚴 反馈 反饋'
).split(' ');

export function speaksOfRectification(text: string): boolean {
  for (const word of RECTIFICATION_WORDS) if (text.includes(word)) return true;
  return false;
}
