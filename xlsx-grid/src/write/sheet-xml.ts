/**
 * One worksheet part. Element order follows CT_Worksheet (ECMA-376 §18.3.1.99): Excel "repairs"
 * a file whose children are out of order even when LibreOffice opens it happily.
 */
import { a1, columnLetters } from "@cchc/scoring-core";
import { DXF_AMBER, DXF_RED, type StyleTable } from "./styles";
import type { XlsxCell, XlsxDataValidation, XlsxSheet, XlsxValidation } from "./xlsx-sheet";
import { XML_HEADER, quoteSheet, xmlAttr, xmlText } from "./xml";

/** A4 landscape, in inches: paper width and the side margins the writer sets. */
export const PAGE = { width: 297 / 25.4, margin: 0.5 };

/**
 * The scale a sheet fitted to one page wide prints at (1 = 100 %), from its column widths:
 * a column of w characters is w × 7 + 5 pixels at 96 dpi in Calibri 11, as Excel sizes it.
 */
export function fitToWidthScale(columnWidths: readonly number[]): number {
  const pixels = columnWidths.reduce((s, w) => s + Math.round((w + 0.71) * 7 + 5), 0);
  const printable = (PAGE.width - 2 * PAGE.margin) * 96;
  return Math.min(1, printable / Math.max(1, pixels));
}

/** Excel's limits: a cell holds at most 32,767 characters; prompts 255, titles 32. */
const MAX_CELL_TEXT = 32767;
const MAX_PROMPT = 255;
const MAX_TITLE = 32;
const MAX_LIST_FORMULA = 255;

function clip(s: string, max: number): string {
  // A string of at most `max` UTF-16 units has at most `max` characters: no need to split it.
  if (s.length <= max) return s;
  const chars = [...s];
  return chars.length <= max ? s : chars.slice(0, max - 1).join("") + "…";
}

function numberText(n: number): string {
  // xsd:double; JS prints the shortest text that round-trips.
  return String(n);
}

function cellXml(ref: string, cell: XlsxCell, styles: StyleTable): string {
  const s = styles.id(cell.style);
  const sAttr = s === 0 ? "" : ` s="${s}"`;
  const v = cell.value;
  if (v === null) return s === 0 ? "" : `<c r="${ref}"${sAttr}/>`;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return `<c r="${ref}"${sAttr} t="e"><v>#NUM!</v></c>`;
    return `<c r="${ref}"${sAttr}><v>${numberText(v)}</v></c>`;
  }
  if (typeof v === "boolean") return `<c r="${ref}"${sAttr} t="b"><v>${v ? 1 : 0}</v></c>`;
  if (typeof v === "string") {
    // Inline strings are never parsed as formulas, whatever they start with.
    return `<c r="${ref}"${sAttr} t="inlineStr"><is><t xml:space="preserve">${xmlText(clip(v, MAX_CELL_TEXT))}</t></is></c>`;
  }
  const f = `<f>${xmlText(v.formula.replace(/^=/, ""))}</f>`;
  const cached = v.value;
  if (typeof cached === "number" && Number.isFinite(cached))
    return `<c r="${ref}"${sAttr}>${f}<v>${numberText(cached)}</v></c>`;
  if (typeof cached === "string") return `<c r="${ref}"${sAttr} t="str">${f}<v>${xmlText(cached)}</v></c>`;
  if (typeof cached === "boolean") return `<c r="${ref}"${sAttr} t="b">${f}<v>${cached ? 1 : 0}</v></c>`;
  // No cached value: fullCalcOnLoad in workbook.xml makes Excel and LibreOffice compute it.
  return `<c r="${ref}"${sAttr}>${f}</c>`;
}

type Row = readonly (XlsxCell | null | undefined)[];

function rowXml(r: number, row: Row, sheet: XlsxSheet, hidden: Set<number>, styles: StyleTable): string {
  let body = "";
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (cell) body += cellXml(a1(r, c), cell, styles);
  }
  const hiddenAttr = hidden.has(r) ? ' hidden="1"' : "";
  const height = sheet.rowHeights?.[r];
  const heightAttr = height ? ` ht="${height}" customHeight="1"` : "";
  if (body === "" && !hiddenAttr) return "";
  return `<row r="${r + 1}"${heightAttr}${hiddenAttr}>${body}</row>`;
}

/** The rows, one at a time into `emit`: a large sheet is never one string. */
function sheetData(sheet: XlsxSheet, styles: StyleTable, emit: (xml: string) => void): void {
  const hidden = new Set(sheet.hiddenRows ?? []);
  const rowCount = Math.max(sheet.rows.length, ...[...hidden].map((r) => r + 1));
  emit("<sheetData>");
  for (let r = 0; r < rowCount; r++) emit(rowXml(r, sheet.rows[r] ?? [], sheet, hidden, styles));
  if (sheet.rowStream) {
    let r = rowCount;
    for (const row of sheet.rowStream()) emit(rowXml(r++, row, sheet, hidden, styles));
  }
  emit("</sheetData>");
}

function dimension(sheet: XlsxSheet): string {
  let width = 0;
  for (const row of sheet.rows) if (row.length > width) width = row.length;
  const height = sheet.extent ? sheet.rows.length + sheet.extent.rows : sheet.rows.length;
  if (sheet.extent && sheet.extent.cols > width) width = sheet.extent.cols;
  if (height === 0 || width === 0) return "A1";
  return `A1:${a1(height - 1, width - 1)}`;
}

function sheetViewsXml(sheet: XlsxSheet, selected: boolean): string {
  const tab = selected ? ' tabSelected="1"' : "";
  const n = sheet.frozenRows ?? 0;
  if (n <= 0) return `<sheetViews><sheetView${tab} workbookViewId="0"/></sheetViews>`;
  const top = `A${n + 1}`;
  return (
    `<sheetViews><sheetView${tab} workbookViewId="0">` +
    `<pane ySplit="${n}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/>` +
    "</sheetView></sheetViews>"
  );
}

function colsXml(widths: number[] | undefined): string {
  if (!widths || widths.length === 0) return "";
  const cols = widths.map((w, i) => {
    const width = Math.max(1, Math.min(255, w)) + 0.71; // Excel adds padding to the character width.
    return `<col min="${i + 1}" max="${i + 1}" width="${width.toFixed(2)}" customWidth="1"/>`;
  });
  return `<cols>${cols.join("")}</cols>`;
}

/** The explicit list "0,0.5,1": whole items only, within Excel's 255-character limit. */
function listFormula(values: (number | string)[]): string {
  const items = values.map((v) =>
    typeof v === "number" ? numberText(v) : v.replace(/"/g, "'").replace(/,/g, " "),
  );
  let text = "";
  for (const item of items) {
    const next = text === "" ? item : `${text},${item}`;
    if (next.length + 2 > MAX_LIST_FORMULA) break;
    text = next;
  }
  return `"${text}"`;
}

function validationXml(dv: XlsxDataValidation): string {
  const rule: XlsxValidation | undefined = dv.rule;
  const attrs: string[] = [];
  let formulas = "";
  if (!rule) {
    // type defaults to "none": any input, the prompt is a hint on the cell.
  } else if (rule.kind === "list") {
    attrs.push('type="list"');
    formulas = `<formula1>${xmlText(rule.source ?? listFormula(rule.values))}</formula1>`;
  } else if (rule.kind === "custom") {
    attrs.push('type="custom"');
    formulas = `<formula1>${xmlText(rule.formula.replace(/^=/, ""))}</formula1>`;
  } else {
    attrs.push(`type="${rule.kind}"`, 'operator="between"');
    formulas = `<formula1>${numberText(rule.min)}</formula1><formula2>${numberText(rule.max)}</formula2>`;
  }
  attrs.push('allowBlank="1"');
  if (dv.prompt) attrs.push('showInputMessage="1"');
  if (dv.error) attrs.push('showErrorMessage="1"');
  if (dv.error) {
    attrs.push(
      `errorTitle="${xmlAttr(clip(dv.error.title, MAX_TITLE))}"`,
      `error="${xmlAttr(clip(dv.error.text, MAX_PROMPT))}"`,
    );
  }
  if (dv.prompt) {
    attrs.push(
      `promptTitle="${xmlAttr(clip(dv.prompt.title, MAX_TITLE))}"`,
      `prompt="${xmlAttr(clip(dv.prompt.text, MAX_PROMPT))}"`,
    );
  }
  attrs.push(`sqref="${xmlAttr(dv.sqref)}"`);
  return formulas === ""
    ? `<dataValidation ${attrs.join(" ")}/>`
    : `<dataValidation ${attrs.join(" ")}>${formulas}</dataValidation>`;
}

export interface SheetParts {
  /** r:id of the drawing relationship, when the sheet has a chart. */
  drawingRelId?: string;
  selected: boolean;
  /** Maps a requested sheet name to the name actually written (sanitised). */
  sheetName: (name: string) => string;
  /** r:id of the relationship of the i-th hyperlink, when it targets another workbook. */
  hyperlinkRelId: (index: number) => string;
}

/**
 * The worksheet XML, children in CT_Worksheet order, in pieces, in order, into `emit` (the writer deflates them as they come).
 * A sheet with a row stream has no <dimension> (optional in CT_Worksheet) unless it says its
 * extent: otherwise that is only known once written, and readers take it from the cells.
 */
export function writeSheetXml(
  sheet: XlsxSheet,
  styles: StyleTable,
  parts: SheetParts,
  emit: (xml: string) => void,
): void {
  emit(
    XML_HEADER +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      (sheet.fitToWidth === false ? "" : '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>') +
      (sheet.rowStream && !sheet.extent ? "" : `<dimension ref="${dimension(sheet)}"/>`) +
      sheetViewsXml(sheet, parts.selected) +
      '<sheetFormatPr defaultRowHeight="15.75"/>' +
      colsXml(sheet.columnWidths),
  );
  sheetData(sheet, styles, emit);
  if (sheet.protect) {
    // No password: the protection guards the structure against slips, not against the unit.
    emit('<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"/>');
  }
  if (sheet.merges && sheet.merges.length > 0) {
    emit(
      `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${xmlAttr(m)}"/>`).join("")}</mergeCells>`,
    );
  }
  (sheet.conditionalFormats ?? []).forEach((cf, i) => {
    const dxf = cf.style === "amber" ? DXF_AMBER : DXF_RED;
    emit(
      `<conditionalFormatting sqref="${xmlAttr(cf.sqref)}">` +
        `<cfRule type="expression" dxfId="${dxf}" priority="${i + 1}"><formula>${xmlText(cf.formula.replace(/^=/, ""))}</formula></cfRule>` +
        "</conditionalFormatting>",
    );
  });
  const dvs = sheet.dataValidations ?? [];
  if (dvs.length > 0)
    emit(`<dataValidations count="${dvs.length}">${dvs.map(validationXml).join("")}</dataValidations>`);
  const links = sheet.hyperlinks ?? [];
  if (links.length > 0) {
    const items = links.map((l, i) => {
      // Only sheets of this workbook were renamed by the writer; another file keeps its names.
      const target = l.workbook ? l.sheet : parts.sheetName(l.sheet);
      const location = `${quoteSheet(target)}!${l.cell}`;
      const external = l.workbook ? ` r:id="${parts.hyperlinkRelId(i)}"` : "";
      const tip = l.tooltip ? ` tooltip="${xmlAttr(clip(l.tooltip, MAX_PROMPT))}"` : "";
      const shown = sheet.rows[l.row]?.[l.col]?.value;
      const display = typeof shown === "string" ? ` display="${xmlAttr(clip(shown, MAX_PROMPT))}"` : "";
      return `<hyperlink ref="${a1(l.row, l.col)}"${external} location="${xmlAttr(location)}"${display}${tip}/>`;
    });
    emit(`<hyperlinks>${items.join("")}</hyperlinks>`);
  }
  emit(
    `<pageMargins left="${PAGE.margin}" right="${PAGE.margin}" top="0.6" bottom="0.7" header="0.3" footer="0.3"/>`,
  );
  emit(
    sheet.fitToWidth === false
      ? '<pageSetup paperSize="9" orientation="landscape"/>'
      : '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>',
  );
  // Page numbers, centred in the footer: "Trang 1/3" reads in both languages as "1/3".
  emit("<headerFooter><oddFooter>&amp;C&amp;P/&amp;N</oddFooter></headerFooter>");
  if (parts.drawingRelId) emit(`<drawing r:id="${parts.drawingRelId}"/>`);
  emit("</worksheet>");
}

/** "$A$1:$A$9"-style absolute reference to one column's rows, for charts. */
export function absoluteColumnRange(sheet: string, col: number, fromRow: number, toRow: number): string {
  const c = columnLetters(col);
  return `${quoteSheet(sheet)}!$${c}$${fromRow + 1}:$${c}$${toRow + 1}`;
}

/** "$B$3:$D$3"-style absolute reference to one row's columns, for charts. */
export function absoluteRowRange(sheet: string, row: number, fromCol: number, toCol: number): string {
  return `${quoteSheet(sheet)}!$${columnLetters(fromCol)}$${row + 1}:$${columnLetters(toCol)}$${row + 1}`;
}

/** "$A$3"-style absolute reference to one cell. */
export function absoluteCell(sheet: string, row: number, col: number): string {
  return `${quoteSheet(sheet)}!$${columnLetters(col)}$${row + 1}`;
}
