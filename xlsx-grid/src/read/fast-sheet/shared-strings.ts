/**
 * The shared-string table as SheetJS reads it (parse_sst_xml / parse_si, xlsx.mjs 0.20.3), on
 * already decoded text: the same regexes in the same order, so rich-text runs, phonetic runs
 * (<rPh>, dropped), `xml:space` and odd items come out the same. Its cost is per distinct string,
 * small beside the sheet, so a literal port is preferred here over a hand-written scanner.
 */
import { decline, isSpace, unescapeXml } from "./xml-text";

const SST = /<(?:\w+:)?sst\b[^<>]*>/g;
const SST_END = /<\/(?:\w+:)?sst>/g;
const SI_START = /<(?:\w+:)?(?:si|sstItem)>/g;
const SI_END = /<\/(?:\w+:)?(?:si|sstItem)>/;
const PLAIN = /^\s*<(?:\w+:)?t[^>]*>/;
const T_END = /<\/(?:\w+:)?t>/;
const RUN = /<(?:\w+:)?r\b[^<>]*>/;
const RUN_TEXT = /<(?:\w+:)?t\b[^<>]*>([^<]*)<\/(?:\w+:)?t>/g;
const RPH = /<(?:\w+:)?rPh\b[^<>]*>/g;
const RPH_END = /<\/(?:\w+:)?rPh>/g;
// SheetJS's `tagregex` (tagregex1: XML_HEADER matches it).
const TAG = /<[/?]?[a-zA-Z0-9:_-]+(?:\s+[^"\s?<>/]+\s*=\s*(?:"[^"]*"|'[^']*'|[^'"<>\s=]+))*\s*[/?]?>/gm;

/** SheetJS's str_match_xml_ns: the first element `tag` and its inner text. */
function matchElement(str: string, start: RegExp, end: RegExp): { outer: string; inner: string } | null {
  start.lastIndex = 0;
  const m = start.exec(str);
  if (!m) return null;
  const si = m.index;
  const sf = start.lastIndex;
  end.lastIndex = sf;
  const n = end.exec(str);
  if (!n) return null;
  return { outer: str.slice(si, end.lastIndex), inner: str.slice(sf, n.index) };
}

/** SheetJS's str_remove_xml_ns_g(x, "rPh"): null when an <rPh> is not closed. */
function removePhonetic(str: string): string | null {
  const out: string[] = [];
  RPH.lastIndex = RPH_END.lastIndex = 0;
  let ef = 0;
  for (let m = RPH.exec(str); m; m = RPH.exec(str)) {
    out.push(str.slice(ef, m.index));
    RPH_END.lastIndex = RPH.lastIndex;
    const n = RPH_END.exec(str);
    if (!n) return null;
    ef = RPH_END.lastIndex;
    RPH.lastIndex = RPH_END.lastIndex;
  }
  out.push(str.slice(ef));
  return out.join("");
}

/**
 * SheetJS's parse_si: the text of one <si> or <is> item; `undefined` where SheetJS gives an item
 * without text (the cell then reads as empty).
 */
export function itemText(x: string): string | undefined {
  if (!x) return "";
  if (PLAIN.test(x)) return unescapeXml(x.slice(x.indexOf(">") + 1).split(T_END)[0] || "", true);
  if (RUN.test(x)) {
    const noPhonetic = removePhonetic(x);
    // SheetJS would throw on `null.match` here: the sheet is then dropped. Not ours to imitate.
    if (noPhonetic === null) decline("unclosed <rPh>");
    return unescapeXml((noPhonetic.match(RUN_TEXT) || []).join("").replace(TAG, ""), true);
  }
  return undefined;
}

/** Trims ASCII whitespace only (a loop: a regex anchored at the end is quadratic on long runs). */
function trimAscii(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isSpace(s.charCodeAt(a))) a++;
  while (b > a && isSpace(s.charCodeAt(b - 1))) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/**
 * The items of a table written the plain way — `<si><t>text</t></si>` or with
 * `<t xml:space="preserve">`, nothing but ASCII spaces between items — scanned in place: what
 * the port below gives for it (the unescaped text, and a last "" for what follows the last
 * `</si>`), without its copy of the table, its regex split and a slice per step. Null at
 * anything else: the port reads that table.
 */
function plainItems(x: string): string[] | null {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    while (i < x.length && isSpace(x.charCodeAt(i))) i++;
    if (i >= x.length) break;
    if (!x.startsWith("<si><t", i)) return null;
    let from = i + 6;
    if (x.charCodeAt(from) === 62) from++;
    else if (x.startsWith(' xml:space="preserve">', from)) from += 22;
    else return null;
    const lt = x.indexOf("<", from);
    if (lt < 0 || !x.startsWith("</t></si>", lt)) return null;
    out.push(unescapeXml(x.slice(from, lt), true));
    i = lt + 9;
  }
  out.push("");
  return out;
}

/** The table's items, in order; a table SheetJS would read as empty is empty here too. */
export function parseSharedStrings(xml: string): (string | undefined)[] {
  if (xml.includes("<![CDATA[")) decline("CDATA in shared strings");
  const sst = matchElement(xml, SST, SST_END);
  if (!sst) return [];
  const plain = plainItems(sst.inner);
  if (plain) return plain;
  const items = sst.inner.replace(SI_START, "").split(SI_END);
  const out: (string | undefined)[] = [];
  for (const item of items) {
    const x = item.trim();
    // Text outside the item's tags is where decoded text and SheetJS's byte string could trim
    // differently (Unicode spaces): decline rather than guess.
    if (x !== "" && (x.charCodeAt(0) !== 60 || x.charCodeAt(x.length - 1) !== 62))
      decline("text outside <si> tags");
    if (x !== trimAscii(item)) decline("Unicode space around an item");
    out.push(itemText(x));
  }
  return out;
}
