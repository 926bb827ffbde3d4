/**
 * The Public Suffix List (tldts), loaded on first use: evaluating its data is a good part of the
 * extension's start-up, and the extension also activates for logs and mail files that never need it.
 */
let tldts: typeof import('tldts') | undefined;

export function suffixList(): typeof import('tldts') {
  tldts ??= require('tldts') as typeof import('tldts');
  return tldts;
}
