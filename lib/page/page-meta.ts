/**
 * What a page says about itself in its markup. Chinese government CMSs
 * (TRS, 拓尔思, 大汉) put the article's title, date and source in <meta>
 * tags such as ArticleTitle, PubDate and ContentSource; other sites use
 * Open Graph or nothing at all. Text-based detection fills the gaps.
 */
import type { DocumentMeta } from '../detect/types';

function metaContent(doc: Document, names: string[]): string | undefined {
  for (const name of names) {
    const element = doc.querySelector(`meta[name="${name}" i], meta[property="${name}" i]`);
    const value = element?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
}

/** yyyy-mm-dd from the common date spellings, or undefined. */
export function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const match = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(value);
  if (!match) return undefined;
  const [, y, m, d] = match;
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** A <title> without the site name most CMSs append: "标题_某某县人民政府" → "标题". */
export function articleTitle(documentTitle: string): string | undefined {
  const title = documentTitle.trim();
  const cut = /^(.{6,}?)\s*[_|｜—–-]{1,2}\s*[^_|｜—–-]{2,30}$/.exec(title);
  return (cut ? cut[1] : title) || undefined;
}

export function readPageMeta(doc: Document): DocumentMeta {
  const title = metaContent(doc, ['ArticleTitle', 'og:title']) ?? articleTitle(doc.title);
  return {
    title,
    publishDate: isoDate(
      metaContent(doc, ['PubDate', 'pubdate', 'publishdate', 'article:published_time', 'firstpublishedtime']),
    ),
    issuingUnit: metaContent(doc, ['ContentSource', 'source', 'SiteName', 'og:site_name']),
  };
}

/** Page markup wins over text detection for title and date; text fills what markup lacks. */
export function mergeMeta(fromPage: DocumentMeta, fromText: DocumentMeta): DocumentMeta {
  const merged: DocumentMeta = { ...fromText };
  for (const [key, value] of Object.entries(fromPage) as [keyof DocumentMeta, string | undefined][]) {
    if (value && (key === 'title' || key === 'publishDate' || !merged[key])) merged[key] = value;
  }
  return merged;
}
