/** Keys of the ledger's settings table that more than one part of the extension reads. */

/** Paint with wrapping elements even where the CSS Custom Highlight API exists. */
export const FORCE_WRAP_KEY = 'paint:forceWrap';
/** Origins (`https://host`) the user enabled for automatic analysis. */
export const ENABLED_SITES_KEY = 'sites:enabled';
