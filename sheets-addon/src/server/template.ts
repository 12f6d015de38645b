/**
 * A new scoring sheet from a criteria set: the core lays it out (TemplateSpec); this renders it
 * with one setValues, data validation on score cells, the spec's conditional formats, frozen
 * headers and a protection that leaves only the unit's cells editable. If any step fails the
 * new sheet is deleted: nothing half-built stays behind.
 */
import {
  a1,
  parseA1,
  rangeA1,
  neutralise,
  type TemplateSpec,
  type TemplateValidation,
} from "@cchc/scoring-core";
import { AddonError } from "../shared/errors";
import { ensureSize, freeSheetName } from "./book";
import type { Book, Services, Sheet } from "./services";
import { keepCodesAsText } from "./text-format";

export const TEMPLATE_KEY = "cchc-template";
/**
 * Named range over the whole scoring table: consolidation reads it with one getRangeByName
 * (no metadata search, no sheet handle). It follows renames and inserted rows; units cannot
 * change the table's shape since the structure is protected.
 */
export const TABLE_RANGE_NAME = "CCHC_BANG_CHAM_DIEM";
const SCORE_ROLES = new Set(["self", "appraisal1", "appraisal2"]);
const BOLD_ROWS = new Set(["title", "header", "field", "total"]);
const PROTECTION_DESCRIPTION =
  "Chỉ số CCHC: cấu trúc bảng chấm điểm — đơn vị chỉ nhập điểm, số liệu kê khai, tài liệu kiểm chứng và giải trình";

/** Cells as Sheets takes them: formulas as "=…" strings, every text neutralised. */
export function templateValues(spec: TemplateSpec): (string | number)[][] {
  const width = Math.max(spec.columns.length, ...spec.rows.map((r) => r.cells.length));
  return spec.rows.map((row) => {
    const out: (string | number)[] = [];
    for (let c = 0; c < width; c++) {
      const cell = row.cells[c];
      if (cell === null || cell === undefined) out.push("");
      else if (typeof cell === "number") out.push(cell);
      else if (typeof cell === "string") out.push(neutralise(cell));
      else out.push(cell.formula.startsWith("=") ? cell.formula : `=${cell.formula}`);
    }
    return out;
  });
}

export function renderTemplate(
  svc: Services,
  book: Book,
  spec: TemplateSpec,
  setId: string,
  options: { protect?: boolean } = {},
): { sheet: string } {
  const values = templateValues(spec);
  if (values.length === 0) throw new AddonError("set-invalid", "empty template");
  const name = freeSheetName(book, spec.sheetName);
  const sheet = book.insertSheet(name, book.getNumSheets());
  try {
    const width = values[0]!.length;
    ensureSize(sheet, values.length, width);
    // Codes ("1.10") get the text format first, or an en_US spreadsheet stores 1.1.
    keepCodesAsText(sheet, values);
    const table = sheet.getRange(1, 1, values.length, width);
    table.setValues(values);
    styleTemplate(sheet, spec, values.length, width);
    applyValidation(svc, sheet, spec);
    applyTextLists(svc, sheet, spec);
    applyConditionalFormats(svc, sheet, spec);
    // The province's hand-out protects by its own plan (who edits which field) instead.
    if (options.protect !== false) protectStructure(sheet, spec.editableRanges, PROTECTION_DESCRIPTION);
    sheet.addDeveloperMetadata(TEMPLATE_KEY, setId);
    book.setNamedRange(TABLE_RANGE_NAME, table);
    sheet.activate();
  } catch (e) {
    book.deleteSheet(sheet);
    throw e;
  }
  return { sheet: name };
}

/**
 * The structure protection: everything but `editable` is locked to the owner and the user
 * running the tool. A new protection's editors mirror the spreadsheet's editors until the
 * script changes the list (Google's reference), which leaves the sheet open to every
 * co-editor — so the others are removed explicitly, and domain-wide editing is turned off.
 */
export function protectStructure(sheet: Sheet, editable: readonly string[], description: string) {
  const protection = sheet.protect().setDescription(description);
  // Neither the owner nor the current user can be removed; everyone else is.
  const others = protection.getEditors().map((u) => u.getEmail());
  protection.removeEditors(others);
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
  if (editable.length > 0) protection.setUnprotectedRanges(sheet.getRangeList([...editable]).getRanges());
  return protection;
}

/** Column widths in runs of equal width: one setColumnWidths call per run. */
export function setWidths(sheet: Sheet, widths: readonly number[]): void {
  let start = 0;
  for (let c = 1; c <= widths.length; c++) {
    if (c < widths.length && widths[c] === widths[start]) continue;
    sheet.setColumnWidths(start + 1, c - start, widths[start]!);
    start = c;
  }
}

function styleTemplate(sheet: Sheet, spec: TemplateSpec, height: number, width: number): void {
  setWidths(
    sheet,
    spec.columns.map((col) => Math.round(Math.min(80, Math.max(4, col.width)) * 7 + 12)),
  );
  const bold = spec.rows
    .map((row, r) => (BOLD_ROWS.has(row.kind) ? rangeA1(r, 0, r, width - 1) : null))
    .filter((x): x is string => x !== null);
  if (bold.length > 0) sheet.getRangeList(bold).setFontWeight("bold");
  if (spec.frozenRows > 0 && spec.frozenRows < height) sheet.setFrozenRows(spec.frozenRows);
  sheet.getRange(1, 1, height, width).setWrap(true).setVerticalAlignment("top");
}

/** One setDataValidations per score column over the rows that carry a validation. */
function applyValidation(svc: Services, sheet: Sheet, spec: TemplateSpec): void {
  const rows = spec.rows
    .map((r, i) => ({ i, v: r.validation }))
    .filter((x): x is { i: number; v: TemplateValidation } => !!x.v);
  if (rows.length === 0) return;
  const top = rows[0]!.i;
  const bottom = rows[rows.length - 1]!.i;
  const cache = new Map<string, GoogleAppsScript.Spreadsheet.DataValidation>();
  // A list of allowed points is checked as numbers by a formula on the cell itself (a list of
  // texts would compare "0,5" with the number 0.5 and fail in a Vietnamese-locale sheet).
  const ruleFor = (v: TemplateValidation, cell: string) => {
    const key = v.kind === "decimal" ? JSON.stringify(v) : `${JSON.stringify(v)}@${cell}`;
    let rule = cache.get(key);
    if (!rule) {
      const b = svc.SpreadsheetApp.newDataValidation().setAllowInvalid(false);
      rule = (
        v.kind === "decimal"
          ? b.requireNumberBetween(v.min, v.max).setHelpText(`Điểm từ ${fmt(v.min)} đến ${fmt(v.max)}`)
          : b
              .requireFormulaSatisfied(`=OR(${v.values.map((x) => `${cell}=${x}`).join(",")})`)
              .setHelpText(`Chọn một trong: ${v.values.map(fmt).join("; ")}`)
      ).build();
      cache.set(key, rule);
    }
    return rule;
  };
  const byRow = new Map(rows.map((x) => [x.i, x.v]));
  spec.columns.forEach((col, c) => {
    if (!SCORE_ROLES.has(col.role)) return;
    const grid: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] = [];
    for (let r = top; r <= bottom; r++) {
      const v = byRow.get(r);
      grid.push([v ? ruleFor(v, a1(r, c)) : null]);
    }
    sheet.getRange(top + 1, c + 1, bottom - top + 1, 1).setDataValidations(grid);
  });
}

/**
 * The texts' drop-downs (the appraisal flag "Cần giải trình"): one setDataValidations per list
 * over its column's rows, blank between the ranges. Texts need no locale care, so the list is
 * given as values (blank stays allowed: not flagged).
 */
function applyTextLists(svc: Services, sheet: Sheet, spec: TemplateSpec): void {
  for (const list of spec.textLists ?? []) {
    const rows = new Set<number>();
    let col = -1;
    for (const ref of list.ranges) {
      const [a, b] = ref.split(":").map((x) => parseA1(x)!);
      col = a!.col;
      for (let r = a!.row; r <= (b ?? a)!.row; r++) rows.add(r);
    }
    if (rows.size === 0 || col < 0) continue;
    const top = Math.min(...rows);
    const bottom = Math.max(...rows);
    const rule = svc.SpreadsheetApp.newDataValidation()
      .requireValueInList(list.values, true)
      .setAllowInvalid(false)
      .setHelpText(`Chọn: ${list.values.join("; ")} (để trống: không cần giải trình)`)
      .build();
    const grid: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] = [];
    for (let r = top; r <= bottom; r++) grid.push([rows.has(r) ? rule : null]);
    sheet.getRange(top + 1, col + 1, bottom - top + 1, 1).setDataValidations(grid);
  }
}

/** Help texts show numbers the Vietnamese way ("0,5"). */
function fmt(x: number): string {
  return String(x).replace(".", ",");
}

const CF_COLOURS: Record<string, string> = { "missing-evidence": "#fce8b2", "over-max": "#f4c7c3" };

function applyConditionalFormats(svc: Services, sheet: Sheet, spec: TemplateSpec): void {
  if (spec.conditionalFormats.length === 0) return;
  const rules = sheet.getConditionalFormatRules();
  const ranges = sheet.getRangeList(spec.conditionalFormats.map((cf) => cf.range)).getRanges();
  spec.conditionalFormats.forEach((cf, i) => {
    rules.push(
      svc.SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(cf.formula)
        .setBackground(CF_COLOURS[cf.kind] ?? "#fce8b2")
        .setRanges([ranges[i]!])
        .build(),
    );
  });
  sheet.setConditionalFormatRules(rules);
}
