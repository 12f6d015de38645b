/**
 * The same text, in a string of its own (never a slice of a longer one). Text cut out of a sheet's
 * XML can be a V8 sliced string that keeps the whole XML alive: whatever is kept across workbooks
 * (memo keys, the cli's kept results and units list) is copied through this first.
 */
export function ownString(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}
