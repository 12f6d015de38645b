/**
 * The control spreadsheet: creates the three sheets the Sở fills ("Đơn vị", "Phân công thẩm
 * định", "Cài đặt") and reads them back through the core's readers, each in one batch.
 */
import {
  getSampleSet,
  neutralise,
  readSetsSheetRows,
  resolveCriteriaSet,
  SETS_SHEET,
  type CriteriaSet,
  type Issue,
  type Lang,
} from "@cchc/scoring-core";
import {
  ASSIGNMENT_COLUMNS,
  CONTROL_SHEETS,
  DEFAULT_ASSIGNMENT,
  controlSheetHeader,
  readAssignment,
  readControlUnits,
  readProvinceSettings,
  chooseSetId,
  settingsKeyRow,
  settingsSetIds,
  settingsSheetRows,
  type ControlUnitsResult,
  type FieldAssignment,
  type ProvinceSettings,
} from "@cchc/scoring-core/province";
import { AddonError } from "../../shared/errors";
import { activeBook, ensureSize } from "../book";
import { readGrid } from "../read-grid";
import { readSetRows } from "../stored-sets";
import type { Book, Services, Sheet } from "../services";
import type { Grid } from "@cchc/scoring-core";

export interface ControlData {
  book: Book;
  unitsSheet: Sheet;
  control: ControlUnitsResult;
  assignments: FieldAssignment[];
  settings: ProvinceSettings;
  set: CriteriaSet;
  /** The province's own sets, stored in the control spreadsheet ("import a set"). */
  sets: CriteriaSet[];
  issues: Issue[];
}

function sheetOf(book: Book, which: keyof typeof CONTROL_SHEETS): Sheet | null {
  const names = CONTROL_SHEETS[which];
  return book.getSheetByName(names.vi) ?? book.getSheetByName(names.en);
}

/** Creates whichever control sheets are missing (never touches an existing one). */
export function ensureControlSheets(svc: Services, lang: Lang, year: number): { created: string[] } {
  const book = activeBook(svc);
  const created: string[] = [];
  const make = (which: keyof typeof CONTROL_SHEETS, rows: string[][]) => {
    if (sheetOf(book, which)) return;
    const sheet = book.insertSheet(CONTROL_SHEETS[which][lang], book.getNumSheets());
    const width = Math.max(...rows.map((r) => r.length));
    const padded = rows.map((r) => [...r, ...Array<string>(width - r.length).fill("")]);
    ensureSize(sheet, padded.length, width);
    sheet.getRange(1, 1, padded.length, width).setValues(padded);
    sheet.getRange(1, 1, 1, width).setFontWeight("bold");
    sheet.setFrozenRows(1);
    created.push(sheet.getName());
  };
  make("units", [controlSheetHeader("units", lang)]);
  make("assignment", [
    controlSheetHeader("assignment", lang),
    ...DEFAULT_ASSIGNMENT.map((a) => [a.field, neutralise(a.department), ""]),
  ]);
  make(
    "settings",
    settingsSheetRows(
      {
        year,
        criteriaSetId: "sample-department-2025",
        selfAssessmentDeadline: null,
        classification: "five-level",
        tieRule: { mode: "dense", decimals: 2 },
        missingSurvey: "hold-out",
      },
      lang,
    ),
  );
  void ASSIGNMENT_COLUMNS;
  return { created };
}

const formatDate = (svc: Services, book: Book) => (d: Date) =>
  svc.Utilities.formatDate(d, book.getSpreadsheetTimeZone(), "dd/MM/yyyy");

/** Reads the three control sheets; a missing sheet or unusable settings stop with a clear message. */
export function readControl(svc: Services, lang: Lang): ControlData {
  const book = activeBook(svc);
  const unitsSheet = sheetOf(book, "units");
  const assignSheet = sheetOf(book, "assignment");
  const settingsSheet = sheetOf(book, "settings");
  if (!unitsSheet) throw new AddonError("sheet-not-found", CONTROL_SHEETS.units[lang]);
  if (!assignSheet) throw new AddonError("sheet-not-found", CONTROL_SHEETS.assignment[lang]);
  if (!settingsSheet) throw new AddonError("sheet-not-found", CONTROL_SHEETS.settings[lang]);
  const fd = { formatDate: formatDate(svc, book) };
  const control = readControlUnits(readGrid(unitsSheet, unitsSheet.getName(), fd), lang);
  const assignment = readAssignment(readGrid(assignSheet, assignSheet.getName(), fd), lang);
  const settingsRead = readProvinceSettings(readGrid(settingsSheet, settingsSheet.getName(), fd), lang);
  if (!settingsRead.ok)
    throw new AddonError("set-invalid", settingsRead.issues.map((i) => i.message).join(" "));
  const { set, sets } = provinceSets(book, settingsRead.settings.criteriaSetId, lang);
  return {
    book,
    unitsSheet,
    control,
    assignments: assignment.assignments,
    settings: settingsRead.settings,
    set,
    sets,
    issues: [...control.issues, ...assignment.issues, ...settingsRead.issues],
  };
}

/**
 * The province's stored sets and the one "Cài đặt" names (stored first, then the samples). An
 * unknown id, or any stored set that cannot be read, stops with a clear message.
 */
export function provinceSets(book: Book, id: string, lang: Lang): { set: CriteriaSet; sets: CriteriaSet[] } {
  const stored = readSetsSheetRows(readSetRows(book), SETS_SHEET, lang);
  // A damaged province set would quietly hand out or score on a sample: stop and say where.
  const damaged = stored.issues[0];
  if (damaged) throw new AddonError("workflow", damaged.message);
  const resolved = resolveCriteriaSet(id, stored.sets, lang);
  if (resolved.ok && resolved.set) return { set: resolved.set, sets: stored.sets };
  throw new AddonError("set-not-found", id);
}

/**
 * Importing a set in the province sidebar chooses it in "Cài đặt": the "Bộ tiêu chí" cell then
 * names it for its unit types (an id there for one of those types gives way; other types' ids
 * stay), so hand-out and consolidation use it. Only a control spreadsheet has that cell; elsewhere
 * nothing changes (null). One read of "Cài đặt", one cell written. Returns the cell's new text.
 */
export function chooseSetInSettings(
  book: Book,
  chosen: { id: string; unitTypes: readonly string[] },
): string | null {
  const sheet = sheetOf(book, "settings");
  if (!sheet) return null;
  const values = sheet.getDataRange().getValues() as unknown[][];
  const grid = { sheet: sheet.getName(), values: values as Grid["values"] };
  const row = settingsKeyRow(grid, "criteriaSetId");
  if (row === null) return null;
  const stored = readSetsSheetRows(readSetRows(book), SETS_SHEET).sets;
  const typesOf = (id: string) =>
    stored.find((s) => s.id === id)?.unitTypes ?? getSampleSet(id)?.unitTypes ?? null;
  const current = values[row]?.[1];
  const ids = chooseSetId(settingsSetIds(typeof current === "string" ? current : ""), chosen, typesOf);
  const text = ids.join(", ");
  sheet.getRange(row + 1, 2, 1, 1).setValues([[neutralise(text)]]);
  return text;
}

/** Writes one unit row's cells the tool owns (link, status, note): one setValues per run of cells. */
export function writeUnitCells(
  data: Pick<ControlData, "unitsSheet" | "control">,
  row: number,
  cells: Partial<Record<"spreadsheet" | "status" | "statusNote", string>>,
): void {
  const cols = data.control.columns;
  const entries = (Object.entries(cells) as [keyof typeof cells, string][])
    .map(([k, v]) => ({ col: cols[k], v: neutralise(v) }))
    .filter((e) => e.col >= 0)
    .sort((a, b) => a.col - b.col);
  // Adjacent columns go in one write.
  let i = 0;
  while (i < entries.length) {
    let j = i;
    while (j + 1 < entries.length && entries[j + 1]!.col === entries[j]!.col + 1) j++;
    const run = entries.slice(i, j + 1);
    data.unitsSheet.getRange(row, run[0]!.col + 1, 1, run.length).setValues([run.map((e) => e.v)]);
    i = j + 1;
  }
}
