/**
 * Which worksheet parts make up the workbook, in order, as SheetJS finds them: the content types
 * name the workbook and the shared strings, workbook.xml lists the sheets (names, r:id), its
 * relationships give each sheet's part. Only the plain layout every spreadsheet program writes is
 * accepted (xl/workbook.xml, xl/_rels/workbook.xml.rels, xl/sharedStrings.xml, worksheets under
 * xl/worksheets/); anything else declines to SheetJS.
 */
import { decline, parseAttrs, partText, unescapeXml } from "./xml-text";

export interface SheetPart {
  name: string;
  path: string;
}

export interface WorkbookLayout {
  sheets: SheetPart[];
  /** The shared-strings part, when the content types declare one. */
  sharedStrings: string | null;
}

const CT_NS = 'xmlns="http://schemas.openxmlformats.org/package/2006/content-types"';
const MAIN_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const WORKBOOK_TYPES = new Set([
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
]);
/** Every content type SheetJS files under "workbooks" (binary and add-in ones decline). */
const ANY_WORKBOOK = /\.main(\+xml)?$/;
const SST_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
const WORKSHEET_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
/** Sheet targets as Excel and LibreOffice write them, relative to xl/ or absolute. */
const SHEET_TARGET = /^(?:\/xl\/)?worksheets\/[\w.-]+\.xml$/;
/** Parts that make SheetJS read the file as something other than SpreadsheetML. */
const OTHER_FORMATS = [
  "meta-inf/manifest.xml",
  "objectdata.xml",
  "index/document.iwa",
  "xl/worksheets/sheet.xml",
];

/** The start tags `<name …>` of one element name (no namespace prefix), with their attributes. */
function* startTags(xml: string, name: string): Generator<Map<string, string>> {
  const open = `<${name}`;
  for (let i = xml.indexOf(open); i >= 0; i = xml.indexOf(open, i + 1)) {
    const after = xml.charCodeAt(i + open.length);
    // Only this element: `<sheet ` but not `<sheets>` or `<sheetPr`.
    if (after !== 32 && after !== 47 && after !== 62) continue;
    const end = xml.indexOf(">", i);
    if (end < 0) decline("unclosed tag");
    const to = xml.charCodeAt(end - 1) === 47 ? end - 1 : end;
    yield parseAttrs(xml, i + open.length, to);
  }
}

function text(parts: Map<string, Uint8Array>, path: string): string {
  const bytes = parts.get(path);
  if (!bytes) return decline(`no ${path}`);
  const xml = partText(bytes);
  if (xml.includes("<![CDATA[")) decline("CDATA");
  return xml;
}

export function workbookLayout(parts: Map<string, Uint8Array>): WorkbookLayout {
  // SheetJS finds parts case-insensitively: two names differing only in case would be ambiguous.
  const lower = new Set<string>();
  for (const name of parts.keys()) {
    const l = name.toLowerCase();
    if (lower.has(l)) decline("part names differing only in case");
    lower.add(l);
  }
  if (OTHER_FORMATS.some((p) => lower.has(p))) decline("not SpreadsheetML");

  const ct = text(parts, "[Content_Types].xml");
  if (!ct.includes(CT_NS) || /<\w+:/.test(ct)) decline("content types namespace");
  let workbooks = 0;
  let sharedStrings: string | null = null;
  for (const o of startTags(ct, "Override")) {
    const type = o.get("ContentType") ?? "";
    const part = o.get("PartName") ?? "";
    if (ANY_WORKBOOK.test(type)) {
      workbooks++;
      if (part !== "/xl/workbook.xml" || !WORKBOOK_TYPES.has(type)) decline("workbook part");
    } else if (type === SST_TYPE && sharedStrings === null) {
      // SheetJS reads the first one declared.
      if (part !== "/xl/sharedStrings.xml") decline("shared strings part");
      sharedStrings = "xl/sharedStrings.xml";
    }
  }
  if (workbooks !== 1) decline("workbook count");

  const wb = text(parts, "xl/workbook.xml");
  const root = wb.indexOf("<workbook");
  if (root < 0 || !wb.slice(root, wb.indexOf(">", root)).includes(MAIN_NS)) decline("workbook namespace");
  if (/<\w+:sheets?\b/.test(wb)) decline("prefixed sheet tags");

  const rels = text(parts, "xl/_rels/workbook.xml.rels");
  if (/<\w+:Relationship\b/.test(rels)) decline("prefixed relationships");
  const targets = new Map<string, string>();
  for (const r of startTags(rels, "Relationship")) {
    const id = r.get("Id");
    if (id === undefined || targets.has(id)) decline("relationship id");
    if (r.get("Type") !== WORKSHEET_REL) {
      targets.set(id, "");
      continue;
    }
    if (r.has("TargetMode")) decline("external sheet");
    const target = unescapeXml(r.get("Target") ?? "");
    if (!SHEET_TARGET.test(target)) decline("sheet target");
    // SheetJS: 'xl/' + Target.replace(/[\/]?xl\//, "").
    targets.set(id, `xl/${target.replace(/[/]?xl\//, "")}`);
  }

  const sheets: SheetPart[] = [];
  const names = new Set<string>();
  for (const s of startTags(wb, "sheet")) {
    for (const key of s.keys())
      if (key !== "name" && key !== "sheetId" && key !== "state" && key !== "r:id")
        decline("sheet attribute");
    const rawName = s.get("name");
    const id = s.get("r:id");
    if (rawName === undefined || id === undefined) decline("sheet without name or id");
    const name = unescapeXml(rawName);
    if (names.has(name.toLowerCase())) decline("duplicate sheet name");
    names.add(name.toLowerCase());
    const path = targets.get(id);
    if (!path || !parts.has(path)) decline("sheet part");
    sheets.push({ name, path });
  }
  if (sheets.length === 0) decline("no sheets");
  return { sheets, sharedStrings };
}
