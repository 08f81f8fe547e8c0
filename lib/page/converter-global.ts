/** Where the injected opencc script leaves the converter for the content script. */
export const CONVERTER_GLOBAL = '__rectificationLedgerTraditionalConverter';
