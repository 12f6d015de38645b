/**
 * One worksheet part → the dense sheet SheetJS would build from it (`!ref`, `!data` cells with
 * t/v/f, `!merges`) plus its hidden rows, by scanning the text once with indexOf/charCodeAt
 * instead of SheetJS's split-and-regex per row and cell. The cell rules (types, stubs, formulas,
 * the declared dimension) are SheetJS's parse_ws_xml / parse_ws_xml_data (xlsx.mjs 0.20.3),
 * restated here; the scanner accepts only the plain shape Excel and LibreOffice write inside
 * <sheetData> and declines on anything else (array formulas, odd shared ones, cells without `r`, rows
 * or cells out of order, dates, rich <is> shapes it cannot read the same way…).
 */
import { decline, isSpace, parseAttrs, safeDecodeRange, unescapeXml, type Range } from "./xml-text";
import { itemText } from "./shared-strings";
import { SharedFormulas } from "./shared-formulas";

/** A cell as SheetJS stores it, with the fields sheetToGrid reads. */
export interface FastCell {
  t: string;
  v?: unknown;
  f?: string;
}

export interface FastSheet {
  /** The range SheetJS would set as `!ref`, or null (an empty sheet). */
  ref: Range | null;
  data: FastCell[][];
  merges: Range[];
  /** 0-based rows marked hidden="1" / "true", ascending. */
  hidden: number[];
}

/** SheetJS's RBErr: error texts it turns into codes (anything else declines). */
const ERRORS: Record<string, number> = {
  "#NULL!": 0x00,
  "#DIV/0!": 0x07,
  "#VALUE!": 0x0f,
  "#REF!": 0x17,
  "#NAME?": 0x1d,
  "#NUM!": 0x24,
  "#N/A": 0x2a,
  "#GETTING_DATA": 0x2b,
  "#WTF?": 0xff,
};

const SHEET_DATA = /<(?:\w+:)?sheetData\b[^<>]*>/g;
const SHEET_DATA_END = /<\/(?:\w+:)?sheetData>/g;
const DIMENSION = /<(?:\w*:)?dimension/;
const DIMENSION_REF = /"(\w*:\w*)"/;
const MERGE = /<(?:\w+:)?mergeCell ref=["'][A-Z0-9:]+['"]\s*[/]?>/g;
// xml:space on a cell changes nothing in SheetJS (it reads as "space").
const CELL_ATTRS = new Set(["r", "s", "t", "cm", "vm", "ph", "xml:space"]);
const FORMULA_ATTRS = new Set(["aca", "ca"]);
const SHARED_ATTRS = new Set(["t", "si", "ref"]);
const CELL_TYPES = new Set(["n", "s", "str", "inlineStr", "b", "e"]);

function skipSpace(x: string, i: number): number {
  while (i < x.length && isSpace(x.charCodeAt(i))) i++;
  return i;
}

/** `<name` at i followed by a space, `/` or `>` (SheetJS splits cells on exactly these). */
function isTag(x: string, i: number, name: string): boolean {
  if (!x.startsWith(name, i)) return false;
  const c = x.charCodeAt(i + name.length);
  return c === 32 || c === 47 || c === 62;
}

/** The text of a simple element whose start tag ends at `from` (`<v>` here), and where it ends. */
function elementText(x: string, from: number, close: string): [string, number] {
  const end = x.indexOf(close, from);
  if (end < 0) decline(`unclosed ${close}`);
  const text = x.slice(from, end);
  if (text.includes("<")) decline(`markup inside ${close}`);
  return [text, end + close.length];
}

/** "B12" → [11, 1], only the plain form (no `$`, at most 3 letters). */
function decodeCellRef(ref: string): [number, number] {
  let c = 0;
  let i = 0;
  for (; i < ref.length && i < 4; i++) {
    const k = ref.charCodeAt(i) - 64;
    if (k < 1 || k > 26) break;
    c = 26 * c + k;
  }
  if (i === 0 || i > 3 || i === ref.length) decline("cell reference");
  let r = 0;
  for (let j = i; j < ref.length; j++) {
    const d = ref.charCodeAt(j) - 48;
    if (d < 0 || d > 9 || j - i > 6) decline("cell reference");
    r = 10 * r + d;
  }
  if (r < 1 || ref.charCodeAt(i) === 48) decline("cell reference");
  return [r - 1, c - 1];
}

/** The cell SheetJS builds from its type attribute, raw <v> text (undefined when absent or
 * empty), formula and inline string; the rules of parse_ws_xml_data's switch. */
function makeCell(
  t: string | undefined,
  rawV: string | undefined,
  f: string | undefined,
  inline: string | null,
  strings: (string | undefined)[],
): FastCell {
  // SheetJS unescapes <v> once for every type (without the CR LF rule).
  let v: string | undefined = rawV === undefined ? undefined : unescapeXml(rawV);
  const cell: FastCell = { t: "z" };
  if (f !== undefined) cell.f = f;
  if (t === undefined && v === undefined) {
    // A formula without a cached value gets v = 0, which the "n" rule below (0 == "") makes a stub.
    return cell;
  }
  switch (t ?? "n") {
    case "n":
      if (v === undefined || v === "") return cell;
      cell.t = "n";
      cell.v = parseFloat(v);
      return cell;
    case "s": {
      if (v === undefined) return cell;
      const i = parseInt(v, 10);
      // SheetJS throws on a missing item and drops the sheet: not for us to imitate.
      if (!(i >= 0 && i < strings.length)) decline("shared string index");
      cell.t = "s";
      cell.v = strings[i];
      return cell;
    }
    case "str":
      cell.t = "s";
      if (v === undefined) v = "";
      else {
        // SheetJS unescapes these twice (once more after a UTF-8 pass over the result): equal
        // to us only while the first pass put in no non-ASCII character.
        if (rawV!.includes("&#") || /_x[\da-f]{4}_/i.test(rawV!)) decline("escaped formula text");
        v = unescapeXml(v, true);
      }
      cell.v = v;
      return cell;
    case "inlineStr":
      cell.t = "s";
      cell.v = inline === null ? "" : itemText(inline);
      return cell;
    case "b":
      cell.t = "b";
      cell.v = v === "1" || v === "true";
      return cell;
    case "e":
      cell.t = "e";
      if (v !== undefined && !Object.prototype.hasOwnProperty.call(ERRORS, v)) decline("error text");
      cell.v = v === undefined ? undefined : ERRORS[v];
      return cell;
    default:
      return decline("cell type");
  }
}

export function parseWorksheet(xml: string, strings: (string | undefined)[]): FastSheet {
  if (xml.includes("<![CDATA[")) decline("CDATA");
  SHEET_DATA.lastIndex = 0;
  const open = SHEET_DATA.exec(xml);
  let body = "";
  let head = xml;
  let tail = xml;
  if (open) {
    SHEET_DATA_END.lastIndex = SHEET_DATA.lastIndex;
    const close = SHEET_DATA_END.exec(xml);
    if (close) {
      if (!open[0].startsWith("<sheetData")) decline("prefixed sheetData");
      head = xml.slice(0, open.index);
      tail = xml.slice(SHEET_DATA_END.lastIndex);
      body = xml.slice(SHEET_DATA.lastIndex, close.index);
    }
  }
  if (!body && /<(?:\w+:)?row\b/.test(xml)) decline("rows outside sheetData");

  // The declared range, exactly as parse_ws_xml reads it (first quoted "x:y" within 50 chars).
  let ref: Range | null = null;
  const dimAt = head.search(DIMENSION);
  if (dimAt > 0) {
    const m = DIMENSION_REF.exec(head.slice(dimAt, dimAt + 50));
    if (m) {
      if (!/^[A-Z]{1,3}[1-9]\d{0,6}:[A-Z]{1,3}[1-9]\d{0,6}$/.test(m[1]!)) decline("dimension");
      const d = safeDecodeRange(m[1]!);
      if (d.s.r <= d.e.r && d.s.c <= d.e.c) ref = d;
    }
  }

  const data: FastCell[][] = [];
  const hidden: number[] = [];
  // The range SheetJS guesses when no dimension is declared.
  let minRow = Infinity;
  let maxRow = -1;
  let minCol = Infinity;
  let maxCol = -1;
  let selfClosingRow = false;
  let lastRow = -1;
  const shared = new SharedFormulas();
  const x = body;
  let i = skipSpace(x, 0);
  while (i < x.length) {
    if (!isTag(x, i, "<row")) decline("unexpected tag in sheetData");
    const rowEnd = x.indexOf(">", i);
    if (rowEnd < 0) decline("unclosed row");
    const rowClosed = x.charCodeAt(rowEnd - 1) === 47;
    const rowAttrs = parseAttrs(x, i + 4, rowClosed ? rowEnd - 1 : rowEnd);
    for (const key of rowAttrs.keys()) {
      const l = key.toLowerCase();
      if ((l === "r" || l === "hidden") && key !== l) decline("row attribute case");
    }
    const rText = rowAttrs.get("r");
    if (rText === undefined || !/^[1-9]\d{0,6}$/.test(rText)) decline("row without r");
    const row = Number(rText) - 1;
    // SheetJS's guessed range starts from row 2,000,000: stay well inside Excel's limit.
    if (row >= 1048576) decline("row beyond Excel's last");
    if (row <= lastRow) decline("rows out of order");
    lastRow = row;
    const h = rowAttrs.get("hidden");
    if (h === "1" || h === "true") hidden.push(row);
    i = skipSpace(x, rowEnd + 1);
    if (rowClosed) {
      selfClosingRow = true;
      continue;
    }
    if (row < minRow) minRow = row;
    if (row > maxRow) maxRow = row;
    let lastCol = -1;
    let cells: FastCell[] | undefined;
    // Cells, up to </row>.
    for (;;) {
      if (x.startsWith("</row>", i)) {
        i = skipSpace(x, i + 6);
        break;
      }
      if (!isTag(x, i, "<c")) decline("unexpected tag in row");
      const cEnd = x.indexOf(">", i);
      if (cEnd < 0) decline("unclosed cell");
      const cClosed = x.charCodeAt(cEnd - 1) === 47;
      const attrs = parseAttrs(x, i + 2, cClosed ? cEnd - 1 : cEnd);
      for (const key of attrs.keys()) if (!CELL_ATTRS.has(key)) decline("cell attribute");
      const r = attrs.get("r");
      if (r === undefined) decline("cell without r");
      const [cellRow, col] = decodeCellRef(r);
      if (cellRow !== row) decline("cell outside its row");
      if (col <= lastCol) decline("cells out of order");
      lastCol = col;
      const t = attrs.get("t");
      if (t !== undefined && !CELL_TYPES.has(t)) decline("cell type");
      let rawV: string | undefined;
      let f: string | undefined;
      let inline: string | null = null;
      i = skipSpace(x, cEnd + 1);
      if (!cClosed) {
        // Children, up to </c>: <v>, <f>, <is>, each at most once.
        let seenV = false;
        let seenF = false;
        for (;;) {
          if (x.startsWith("</c>", i)) {
            i = skipSpace(x, i + 4);
            break;
          }
          if (isTag(x, i, "<v") && !seenV) {
            seenV = true;
            // <v> or <v xml:space="preserve"> (SheetJS reads the text the same either way).
            const vEnd = x.indexOf(">", i);
            if (vEnd < 0 || x.charCodeAt(vEnd - 1) === 47) decline("self-closing value");
            for (const key of parseAttrs(x, i + 2, vEnd).keys())
              if (key !== "xml:space") decline("value attribute");
            let v: string;
            [v, i] = elementText(x, vEnd + 1, "</v>");
            if (v !== "") rawV = v;
          } else if (isTag(x, i, "<f") && !seenF) {
            seenF = true;
            const fEnd = x.indexOf(">", i);
            if (fEnd < 0) decline("unclosed formula");
            const fClosed = x.charCodeAt(fEnd - 1) === 47;
            const fAttrs = parseAttrs(x, i + 2, fClosed ? fEnd - 1 : fEnd);
            const ft = fAttrs.get("t");
            for (const key of fAttrs.keys())
              if (!FORMULA_ATTRS.has(key) && !(ft === "shared" && SHARED_ATTRS.has(key)))
                decline("array or other formula");
            // SheetJS tests for the literal text t="shared" in the tag.
            if (ft === "shared" && !x.slice(i, fEnd).includes('t="shared"')) decline("shared formula tag");
            let text = "";
            if (fClosed) i = fEnd + 1;
            else [text, i] = elementText(x, fEnd + 1, "</f>");
            // SheetJS looks for t="array" / t="shared" in the tag and the text together.
            if (text.includes('t="shared"') || text.includes('t="array"')) decline("formula text like t=");
            if (ft === "shared") {
              const si = fAttrs.get("si");
              if (si === undefined || !/^(?:0|[1-9]\d{0,5})$/.test(si)) decline("shared formula si");
              if (text === "") f = shared.follower(si, row, col);
              else {
                if (!fAttrs.has("ref")) decline("shared formula text without ref");
                shared.addMaster(si, unescapeXml(text).replace(/_xlfn\./g, ""), row, col);
              }
            } else if (fClosed) decline("self-closing formula");
            if (text !== "") f = unescapeXml(text, true).replace(/_xlfn\./g, "");
          } else if (x.startsWith("<is>", i) && inline === null) {
            const end = x.indexOf("</is>", i + 4);
            if (end < 0) decline("unclosed <is>");
            inline = x.slice(i + 4, end);
            if (inline.includes("<is")) decline("nested <is>");
            i = end + 5;
          } else decline("unexpected tag in cell");
          i = skipSpace(x, i);
        }
      }
      const cell = makeCell(t, rawV, f, inline, strings);
      if (col < minCol) minCol = col;
      if (col > maxCol) maxCol = col;
      cells ??= data[row] = [];
      cells[col] = cell;
    }
  }

  if (!ref) {
    // parse_ws_xml's guess. A self-closing <row/> counts in SheetJS's guess only in some
    // positions (it is scanned with the next row's tag): decline rather than imitate.
    if (selfClosingRow) decline("self-closing row without a dimension");
    if (maxCol >= minCol && maxRow >= minRow)
      ref = { s: { r: minRow, c: minCol }, e: { r: maxRow, c: maxCol } };
  }

  // SheetJS adds an empty cell under every hyperlink, which can move where the grid ends.
  if (tail.includes("hyperlink")) decline("hyperlinks");
  const merges: Range[] = [];
  for (const m of tail.match(MERGE) ?? []) merges.push(safeDecodeRange(m.slice(m.indexOf("=") + 2)));
  return { ref, data, merges, hidden };
}
