/**
 * Text helpers of the fast sheet path, each a copy of what SheetJS does (xlsx.mjs 0.20.3) so the
 * two paths give the same strings: XML entity and `_xHHHH_` unescaping, range decoding.
 * Anything outside the subset they are known to agree on throws `Decline`, and the whole workbook
 * goes to SheetJS.
 */

/** Thrown when the fast path meets something it does not fully understand. */
export class Decline extends Error {}

export function decline(why: string): never {
  throw new Decline(why);
}

/**
 * Invalid UTF-8 declines (then SheetJS reads the workbook): SheetJS's decoders differ on it. The
 * strict decoder is several times slower than the lenient one (ICU against a SIMD path in Node),
 * so a part is decoded leniently and only one whose text holds U+FFFD — the lenient decoder's
 * replacement for bad bytes, or a real U+FFFD — is decoded again strictly to tell which.
 */
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });
const utf8Strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * A part as text. Byte-order marks (UTF-8 or UTF-16) decline: SheetJS strips or decodes them
 * in ways that differ between Node and browsers.
 */
export function partText(bytes: Uint8Array): string {
  const b0 = bytes[0];
  if (b0 === 0xef || b0 === 0xfe || b0 === 0xff || b0 === 0) decline("byte-order mark");
  const text = utf8.decode(bytes);
  if (!text.includes("\uFFFD")) return text;
  try {
    return utf8Strict.decode(bytes);
  } catch {
    return decline("invalid UTF-8");
  }
}

const ENTITIES: Record<string, string> = {
  "&quot;": '"',
  "&apos;": "'",
  "&gt;": ">",
  "&lt;": "<",
  "&amp;": "&",
};
// SheetJS's own regexes (case-insensitive: "&AMP;" becomes U+0000 there, and here).
const ENTITY = /&(?:quot|apos|gt|lt|amp|#x?([\da-fA-F]+));/gi;
const CODE = /_x([\da-fA-F]{4})_/gi;

function entity(all: string, code: string | undefined): string {
  // SheetJS: encodings[$$] || String.fromCharCode(parseInt($1, hex ? 16 : 10)) || $$
  return ENTITIES[all] || String.fromCharCode(parseInt(code as string, all.includes("x") ? 16 : 10)) || all;
}

function code(_: string, hex: string): string {
  return String.fromCharCode(parseInt(hex, 16));
}

/**
 * SheetJS's `unescapexml`: entities and character references (as UTF-16 code units, so
 * `&#x1F600;` loses its high bits exactly as there), then `_xHHHH_` escapes, then — for cell
 * text (`crlf`) — CR LF to LF. CDATA sections decline before this is reached.
 */
export function unescapeXml(text: string, crlf = false): string {
  let out = text;
  if (out.includes("&")) out = out.replace(ENTITY, entity);
  if (out.includes("_")) out = out.replace(CODE, code);
  return crlf && out.includes("\r\n") ? out.replace(/\r\n/g, "\n") : out;
}

export interface Range {
  s: { r: number; c: number };
  e: { r: number; c: number };
}

/** SheetJS's `safe_decode_range`, verbatim in behaviour (it reads "A1", "A1:B2", and garbage). */
export function safeDecodeRange(range: string): Range {
  const o: Range = { s: { c: 0, r: 0 }, e: { c: 0, r: 0 } };
  let idx = 0;
  let i = 0;
  let cc = 0;
  const len = range.length;
  for (idx = 0; i < len; ++i) {
    if ((cc = range.charCodeAt(i) - 64) < 1 || cc > 26) break;
    idx = 26 * idx + cc;
  }
  o.s.c = --idx;
  for (idx = 0; i < len; ++i) {
    if ((cc = range.charCodeAt(i) - 48) < 0 || cc > 9) break;
    idx = 10 * idx + cc;
  }
  o.s.r = --idx;
  if (i === len || cc !== 10) {
    o.e.c = o.s.c;
    o.e.r = o.s.r;
    return o;
  }
  ++i;
  for (idx = 0; i !== len; ++i) {
    if ((cc = range.charCodeAt(i) - 64) < 1 || cc > 26) break;
    idx = 26 * idx + cc;
  }
  o.e.c = --idx;
  for (idx = 0; i !== len; ++i) {
    if ((cc = range.charCodeAt(i) - 48) < 0 || cc > 9) break;
    idx = 10 * idx + cc;
  }
  o.e.r = --idx;
  return o;
}

/**
 * The attributes of one start tag `<name a="1" b='2'>` (text between the name and `>` or `/>`),
 * strictly: quoted values, no duplicates, no `>` or `<` inside values. Anything else declines.
 */
export function parseAttrs(tag: string, from: number, to: number): Map<string, string> {
  const out = new Map<string, string>();
  let i = from;
  for (;;) {
    while (i < to && isAttrSpace(tag.charCodeAt(i))) i++;
    if (i >= to) return out;
    const eq = tag.indexOf("=", i);
    if (eq < 0 || eq >= to) return decline("attribute without value");
    const name = tag.slice(i, eq);
    if (!/^[A-Za-z_][\w.:-]*$/.test(name)) decline("attribute name");
    const q = tag.charCodeAt(eq + 1);
    if (q !== 34 && q !== 39) decline("unquoted attribute");
    const end = tag.indexOf(q === 34 ? '"' : "'", eq + 2);
    if (end < 0 || end >= to) decline("unterminated attribute");
    const value = tag.slice(eq + 2, end);
    if (value.includes("<") || value.includes(">")) decline("'<' or '>' in an attribute");
    if (out.has(name)) decline("duplicate attribute");
    out.set(name, value);
    i = end + 1;
    if (i < to && !isAttrSpace(tag.charCodeAt(i))) decline("attributes not separated");
  }
}

/** SheetJS's parsexmltag ends a tag's name at a space, LF or CR only (not at a tab). */
function isAttrSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13;
}

/** Whitespace between elements (SheetJS trims it away). */
export function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}
