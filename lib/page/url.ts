/**
 * The address a clip is filed under: the page URL without its fragment
 * (`#section` jumps within the same document). Query strings stay: government
 * CMSs often tell articles apart by `?id=`.
 */
export function pageUrl(href: string): string {
  const hash = href.indexOf('#');
  return hash < 0 ? href : href.slice(0, hash);
}

/** The site a URL belongs to, for per-site settings. */
export function siteOf(href: string): string {
  try {
    return new URL(href).hostname;
  } catch {
    return '';
  }
}
