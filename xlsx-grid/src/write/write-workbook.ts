/**
 * Writes a new .xlsx from XlsxSheets: the package parts by hand, zipped with fflate. Used for
 * every workbook the cli creates; a user's workbook is never rewritten through this.
 */
import { Zip, ZipDeflate, strToU8, type ZipInputFile } from "fflate";
import { columnLetters } from "@cchc/scoring-core";
import { chartXml, drawingXml } from "./chart-xml";
import { writeSheetXml } from "./sheet-xml";
import { uniqueSheetNames } from "./sheet-name";
import { StyleTable } from "./styles";
import type { DeferredSheet, XlsxSheet } from "./xlsx-sheet";
import { XML_HEADER, quoteSheet, xmlAttr, xmlText } from "./xml";
import { TOOL_PROPERTY } from "../read/tool-marker";

export interface WriteOptions {
  creator?: string;
  /** Creation time written in docProps and the zip (default now); fix it for byte-identical output. */
  created?: Date;
  /** The host's native deflater (Node's zlib in the cli); fflate without it (browsers). */
  deflate?: RawDeflate;
}

/**
 * A native raw deflate, used piece by piece: each piece is compressed on its own and ends on a
 * byte boundary (a sync flush), the last one with the final block, so the pieces joined are one
 * valid deflate stream (as pigz writes) and a part is never held whole. `crc32` continues `crc`.
 */
export interface RawDeflate {
  deflate(data: Uint8Array, final: boolean): Uint8Array;
  crc32(data: Uint8Array, crc: number): number;
}

/** Characters of XML gathered before a piece is encoded and deflated. */
const PIECE = 1 << 18;

const encoder = new TextEncoder();

/** One part being written: XML text in, deflated pieces out to the zip. */
interface PartSink {
  write(xml: string): void;
  end(): void;
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml";

function relsXml(rels: { id: string; type: string; target: string; external?: boolean }[]): string {
  return (
    XML_HEADER +
    `<Relationships xmlns="${PKG_REL}">` +
    rels
      .map(
        (r) =>
          `<Relationship Id="${r.id}" Type="${r.type}" Target="${xmlAttr(r.target)}"${r.external ? ' TargetMode="External"' : ""}/>`,
      )
      .join("") +
    "</Relationships>"
  );
}

/** A relative file path as a URI reference: each segment percent-encoded (spaces, Vietnamese, # and ?). */
function fileUri(path: string): string {
  return path
    .replace(/\\/g, "/")
    .split("/")
    .map((seg) => (seg === ".." || seg === "." ? seg : encodeURIComponent(seg)))
    .join("/");
}

function isoSeconds(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, "Z");
}

function isDeferred(sheet: XlsxSheet | DeferredSheet): sheet is DeferredSheet {
  return "make" in sheet;
}

/** A deferred sheet made at its turn; it must be what its entry promised (name, no chart, shown). */
function made(entry: DeferredSheet): XlsxSheet {
  const sheet = entry.make();
  if (sheet.name !== entry.name || sheet.chart || sheet.state)
    throw new Error(`deferred sheet "${entry.name}" was made as "${sheet.name}" with a chart or a state`);
  return sheet;
}

export function writeWorkbook(
  sheets: readonly (XlsxSheet | DeferredSheet)[],
  options: WriteOptions = {},
): Uint8Array {
  const chunks: Uint8Array[] = [];
  writeWorkbookTo(sheets, (chunk) => chunks.push(chunk), options);
  let size = 0;
  for (const c of chunks) size += c.length;
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

/**
 * The part of [Content_Types].xml that depends on the sheets, in the order the parts are written:
 * per sheet, its drawing and chart (when it has a chart), then the sheet.
 */
function sheetOverrides(sheets: readonly (XlsxSheet | DeferredSheet)[]): { part: string; type: string }[] {
  const overrides: { part: string; type: string }[] = [];
  let charts = 0;
  sheets.forEach((sheet, i) => {
    if (!isDeferred(sheet) && sheet.chart) {
      charts++;
      overrides.push({
        part: `/xl/drawings/drawing${charts}.xml`,
        type: "application/vnd.openxmlformats-officedocument.drawing+xml",
      });
      overrides.push({
        part: `/xl/charts/chart${charts}.xml`,
        type: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
      });
    }
    overrides.push({ part: `/xl/worksheets/sheet${i + 1}.xml`, type: `${CT_MAIN}.worksheet+xml` });
  });
  return overrides;
}

/**
 * writeWorkbook's bytes, handed to `write` piece by piece as they are made (joined, the same
 * bytes): a host writing them to a file never holds the whole workbook (a country's ranking is
 * several MB compressed). A failure is thrown after the last piece is handed over.
 */
export function writeWorkbookTo(
  sheets: readonly (XlsxSheet | DeferredSheet)[],
  write: (chunk: Uint8Array) => void,
  options: WriteOptions = {},
): void {
  const input: readonly (XlsxSheet | DeferredSheet)[] =
    sheets.length > 0 ? sheets : [{ name: "Sheet1", rows: [] }];
  const names = uniqueSheetNames(input.map((s) => s.name));
  const rename = new Map<string, string>();
  input.forEach((s, i) => rename.set(s.name, names[i]!));
  const sheetName = (name: string): string => rename.get(name) ?? name;
  const created = options.created ?? new Date();
  const creator = options.creator ?? "cchc";

  const styles = new StyleTable();
  // Each part is deflated as soon as it is built, so only one sheet's XML is held at a time
  // (a ranking of 5,000 units is ~60 MB of XML). [Content_Types].xml goes first, as Office writes
  // it (some readers sniff the first entry), and whole: every part's type is known from the
  // sheets, so the later entries go out as they are deflated instead of queueing behind it.
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else write(chunk);
  });
  const entry = (name: string): ((data: Uint8Array, final: boolean) => void) => {
    const native = options.deflate;
    if (!native) {
      const f = new ZipDeflate(name, { level: 6 });
      f.mtime = created;
      zip.add(f);
      return (data, final) => f.push(data, final);
    }
    // A zip entry fed by the host's deflater: size and CRC go in the data descriptor.
    const f: ZipInputFile = { filename: name, compression: 8, flag: 0, size: 0, crc: 0, mtime: created };
    zip.add(f);
    let crc = 0;
    let size = 0;
    return (data, final) => {
      crc = native.crc32(data, crc);
      size += data.length;
      const out = native.deflate(data, final);
      if (final) {
        f.crc = crc;
        f.size = size;
      }
      f.ondata!(null, out as Uint8Array<ArrayBuffer>, final);
    };
  };
  // A part's XML is encoded as it comes into one buffer, reused (the native deflater keeps
  // nothing of its input; fflate's copy is its own): a piece held as text was a rope of every
  // cell's string, promoted to the old generation with each scavenge it outlived.
  let buffer = new Uint8Array(PIECE * 3);
  const sink = (name: string): PartSink => {
    const push = entry(name);
    let chars = 0;
    let at = 0;
    const piece = (): Uint8Array => (options.deflate ? buffer.subarray(0, at) : buffer.slice(0, at));
    return {
      write(xml) {
        // UTF-8 takes at most 3 bytes per UTF-16 unit.
        if (at + xml.length * 3 > buffer.length) {
          const grown = new Uint8Array(Math.max(buffer.length * 2, at + xml.length * 3));
          grown.set(buffer.subarray(0, at));
          buffer = grown;
        }
        at += encoder.encodeInto(xml, buffer.subarray(at)).written;
        chars += xml.length;
        // Pieces end where they ended as text (at PIECE characters or more): the same deflate
        // flushes, so the same bytes.
        if (chars >= PIECE) {
          push(piece(), false);
          chars = 0;
          at = 0;
        }
      },
      end() {
        push(piece(), true);
        chars = 0;
        at = 0;
      },
    };
  };
  const put = (name: string, data: Uint8Array): void => entry(name)(data, true);
  put(
    "[Content_Types].xml",
    strToU8(
      XML_HEADER +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/xl/workbook.xml" ContentType="${CT_MAIN}.sheet.main+xml"/>` +
        sheetOverrides(input)
          .map((o) => `<Override PartName="${o.part}" ContentType="${o.type}"/>`)
          .join("") +
        `<Override PartName="/xl/styles.xml" ContentType="${CT_MAIN}.styles+xml"/>` +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
        '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>' +
        "</Types>",
    ),
  );
  const definedNames: string[] = [];
  let charts = 0;

  input.forEach((entry, i) => {
    const sheet = isDeferred(entry) ? made(entry) : entry;
    const n = i + 1;
    const name = names[i]!;
    let drawingRelId: string | undefined;
    const sheetRels: { id: string; type: string; target: string; external?: boolean }[] = [];
    if (sheet.chart) {
      charts++;
      drawingRelId = "rId1";
      sheetRels.push({
        id: drawingRelId,
        type: `${REL}/drawing`,
        target: `../drawings/drawing${charts}.xml`,
      });
      put(`xl/drawings/drawing${charts}.xml`, strToU8(drawingXml(sheet.chart, "rId1")));
      put(
        `xl/drawings/_rels/drawing${charts}.xml.rels`,
        strToU8(relsXml([{ id: "rId1", type: `${REL}/chart`, target: `../charts/chart${charts}.xml` }])),
      );
      const chartSheet = "kind" in sheet.chart ? undefined : sheet.chart.sheet;
      const source = chartSheet === undefined ? name : sheetName(chartSheet);
      put(`xl/charts/chart${charts}.xml`, strToU8(chartXml(sheet.chart, source)));
    }
    // Links to another workbook: one external relationship each (the cell goes in `location`).
    const linkRel = new Map<number, string>();
    (sheet.hyperlinks ?? []).forEach((l, k) => {
      if (!l.workbook) return;
      const id = `rId${sheetRels.length + 1}`;
      sheetRels.push({ id, type: `${REL}/hyperlink`, target: fileUri(l.workbook), external: true });
      linkRel.set(k, id);
    });
    if (sheetRels.length > 0) put(`xl/worksheets/_rels/sheet${n}.xml.rels`, strToU8(relsXml(sheetRels)));
    const part = sink(`xl/worksheets/sheet${n}.xml`);
    writeSheetXml(
      sheet,
      styles,
      { drawingRelId, selected: i === 0, sheetName, hyperlinkRelId: (k) => linkRel.get(k) ?? "" },
      (xml) => part.write(xml),
    );
    part.end();
    const titles: string[] = [];
    if (sheet.printTitleCols) {
      const { from, to } = sheet.printTitleCols;
      titles.push(`${quoteSheet(name)}!$${columnLetters(from)}:$${columnLetters(to)}`);
    }
    if (sheet.printTitleRows) {
      const { from, to } = sheet.printTitleRows;
      titles.push(`${quoteSheet(name)}!$${from + 1}:$${to + 1}`);
    }
    if (titles.length > 0)
      definedNames.push(
        `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlText(titles.join(","))}</definedName>`,
      );
  });

  const sheetEntries = names.map((name, i) => {
    const entry = input[i]!;
    const state = isDeferred(entry) ? undefined : entry.state;
    return `<sheet name="${xmlAttr(name)}" sheetId="${i + 1}"${state ? ` state="${state}"` : ""} r:id="rId${i + 1}"/>`;
  });
  put(
    "xl/workbook.xml",
    strToU8(
      XML_HEADER +
        `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}">` +
        "<workbookPr/>" +
        '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300" activeTab="0"/></bookViews>' +
        `<sheets>${sheetEntries.join("")}</sheets>` +
        (definedNames.length > 0 ? `<definedNames>${definedNames.join("")}</definedNames>` : "") +
        // Formulas are written without cached values: recalculate everything on open.
        '<calcPr calcId="191029" fullCalcOnLoad="1"/>' +
        "</workbook>",
    ),
  );
  put(
    "xl/_rels/workbook.xml.rels",
    strToU8(
      relsXml([
        ...names.map((_, i) => ({
          id: `rId${i + 1}`,
          type: `${REL}/worksheet`,
          target: `worksheets/sheet${i + 1}.xml`,
        })),
        { id: `rId${names.length + 1}`, type: `${REL}/styles`, target: "styles.xml" },
      ]),
    ),
  );
  put("xl/styles.xml", strToU8(styles.xml()));
  put(
    "docProps/core.xml",
    strToU8(
      XML_HEADER +
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
        `<dc:creator>${xmlText(creator)}</dc:creator>` +
        `<dcterms:created xsi:type="dcterms:W3CDTF">${isoSeconds(created)}</dcterms:created>` +
        `<dcterms:modified xsi:type="dcterms:W3CDTF">${isoSeconds(created)}</dcterms:modified>` +
        "</cp:coreProperties>",
    ),
  );
  put(
    "docProps/app.xml",
    strToU8(
      XML_HEADER +
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>cchc</Application></Properties>',
    ),
  );
  // The tool's mark: a custom document property, which Excel and LibreOffice keep when they save,
  // so `cchc` recognises its own output and replaces it without --force (see read/tool-marker.ts).
  put(
    "docProps/custom.xml",
    strToU8(
      XML_HEADER +
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
        `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="${TOOL_PROPERTY}"><vt:lpwstr>cchc</vt:lpwstr></property>` +
        "</Properties>",
    ),
  );
  put(
    "_rels/.rels",
    strToU8(
      relsXml([
        { id: "rId1", type: `${REL}/officeDocument`, target: "xl/workbook.xml" },
        {
          id: "rId2",
          type: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
          target: "docProps/core.xml",
        },
        { id: "rId3", type: `${REL}/extended-properties`, target: "docProps/app.xml" },
        { id: "rId4", type: `${REL}/custom-properties`, target: "docProps/custom.xml" },
      ]),
    ),
  );
  zip.end();
  if (failure) throw failure;
}
