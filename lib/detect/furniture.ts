/**
 * Page furniture at the level of text lines: navigation, breadcrumbs, site
 * search, bylines, related-article lists, copyright and disclaimer blocks,
 * print/close links. The DOM reader already drops most of it from HTML
 * pages; this catches what reaches the detector anyway, above all in .txt
 * copies of pages. A furniture line never yields a finding.
 */

/** Lines longer than this are article text, never furniture. */
const MAX_FURNITURE_LINE = 160;
/** Bylines (来源：, 作者：) only count on lines this short. */
const MAX_BYLINE = 90;
/** Related-article titles are short. */
const MAX_LINK_TITLE = 50;

/** Site chrome: matched anywhere in a short line. */
const FURNITURE = new RegExp(
  [
    '当前位置',
    '您的位置',
    '所在位置',
    '现在的位置',
    '站内搜索',
    '全站搜索',
    '全文检索',
    '高级搜索',
    '搜索[：:]',
    '版权所有',
    '版权声明',
    '免责声明',
    '网站声明',
    '[Cc]opyright',
    '©',
    '[Aa]ll [Rr]ights [Rr]eserved',
    'ICP[备证]',
    '公网安备',
    '网站标识码',
    '网站地图',
    '联系我们',
    '关于我们',
    '设为首页',
    '加入收藏',
    '收藏本文',
    '下载本文',
    '打印本页',
    '打印此页',
    '关闭窗口',
    '【打印】',
    '【关闭】',
    '打印\\s*[】|｜]?\\s*[【]?关闭',
    '字[体号][：:]?\\s*[【\\[]?\\s*大',
    '分享到',
    '上一篇',
    '下一篇',
    '上一条',
    '下一条',
    '相关文章',
    '相关阅读',
    '相关新闻',
    '相关链接',
    '推荐阅读',
    '热点推荐',
    '推荐栏目',
    '猜你喜欢',
    '热门文章',
    '最新文章',
    '责任编辑',
    '本文标题',
    '本文链接',
    '原文链接',
    '链接地址',
    '浏览次数',
    '阅读次数',
    '点击数',
    '访问量',
    '返回顶部',
    '返回首页',
    '著作权',
    '侵犯.{0,12}权益',
    '侵权',
    '转载',
    '投稿',
    '扫一扫',
    '二维码',
    '^TOP$',
    '^首页\\s*[>»›＞]',
    '[>»›＞].{0,30}[>»›＞]',
    '[|｜].{0,30}[|｜]',
  ].join('|'),
);

/** Contact lines at the end of a notice. */
const CONTACT = /^(?:监督电话|联系电话|举报电话|咨询电话|电话|传真|电子邮箱|邮箱|邮编|地址|联系人)[：:]/;

/** Bylines: the article's own metadata, not its text. */
const BYLINE =
  /发布时间|发布日期|发布机构|信息来源|来源[：:]|作者[：:]|编辑[：:]|审核[：:]|时间[：:]\s*\d|识别码/;

/** Where a related-article title ends: the kinds of document such lists link to. */
const DOCUMENT_TITLE_END =
  /(?:讲话|发言|讲话稿|发言稿|通知|意见|方案|体会|心得|报告|总结|范文|材料|汇报|决定|办法|措施|情况|通报|公告|纪要|问答|解读|简报)$/;

/** The numbered items of a copyright or disclaimer block. */
const DISCLAIMER_ITEM = /^\s*\d{1,2}[.．、]/;

function isSentenceEnd(c: number): boolean {
  return c === 0x3002 || c === 0xff1b || c === 0xff1f || c === 0xff01; // 。；？！
}

/** Whether the line ends with sentence-final punctuation (a closing quote may follow it). */
function isTerminated(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && (line.charCodeAt(i) === 0x201d || line.charCodeAt(i) === 0x300d)) i--;
  return i >= 0 && isSentenceEnd(line.charCodeAt(i));
}

/** A line of site chrome: navigation, byline, copyright… */
export const CHROME = 1;
/** A line of a list of links to other articles. */
export const LINK_LIST = 2;

/**
 * Marks the furniture lines of normalised `text`: `result[k]` is
 * {@link CHROME} or {@link LINK_LIST} when the line `[starts[k], ends[k])`
 * is furniture, else 0.
 */
export function findFurnitureLines(text: string, starts: Int32Array, ends: Int32Array): Uint8Array {
  const count = starts.length;
  const furniture = new Uint8Array(count);
  let inDisclaimer = false;
  for (let k = 0; k < count; k++) {
    const length = ends[k] - starts[k];
    if (length === 0 || length > MAX_FURNITURE_LINE) {
      inDisclaimer = false;
      continue;
    }
    const line = text.slice(starts[k], ends[k]);
    if (inDisclaimer && DISCLAIMER_ITEM.test(line)) {
      furniture[k] = CHROME;
      continue;
    }
    inDisclaimer = false;
    if (FURNITURE.test(line) || (length <= MAX_BYLINE && (BYLINE.test(line) || CONTACT.test(line)))) {
      furniture[k] = CHROME;
      inDisclaimer = /声明/.test(line);
    }
  }
  markLinkLists(text, starts, ends, furniture);
  return furniture;
}

/**
 * Two or more adjacent short unterminated lines that each end like a
 * document title are a list of links to other articles; the list runs on
 * over further such lines and over chrome.
 */
function markLinkLists(text: string, starts: Int32Array, ends: Int32Array, furniture: Uint8Array): void {
  const looksLikeLink = (k: number) => {
    const length = ends[k] - starts[k];
    if (length === 0 || length > MAX_LINK_TITLE) return false;
    const line = text.slice(starts[k], ends[k]).trim();
    return !isTerminated(line) && DOCUMENT_TITLE_END.test(line);
  };
  let k = 0;
  while (k < starts.length) {
    if (!looksLikeLink(k) || k + 1 >= starts.length || !looksLikeLink(k + 1)) {
      k++;
      continue;
    }
    let end = k + 2;
    while (end < starts.length && (looksLikeLink(end) || furniture[end])) end++;
    for (let i = k; i < end; i++) if (!furniture[i]) furniture[i] = LINK_LIST;
    k = end;
  }
}
