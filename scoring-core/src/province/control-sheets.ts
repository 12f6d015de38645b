/**
 * The Sở Nội vụ's control spreadsheet: the sheets the tool creates ("Đơn vị", "Phân công thẩm
 * định", "Cài đặt"), their headers, and readers that turn them into data with issues naming
 * cells. Hosts create and read these sheets; the rules live here.
 */
import { z } from "zod";
import { isValidDate } from "../dates/calendar";
import { a1, columnLetters } from "../grid/address";
import { cleanText, foldText } from "../grid/fold-text";
import type { CellValue, Grid } from "../grid/grid";
import type { Lang } from "../messages/lang";
import { IssueCollector, type Issue } from "../issues/issue";
import { CLASSIFICATION_PRESETS, TieRuleSchema, type Classification } from "../criteria-set/schema";
import { neutralise } from "../output/neutralise";
import type { PublishHeading } from "../output/heading";
import { hasOwnKey } from "../keys/own-keys";

export const CONTROL_SHEETS = {
  units: { vi: "Đơn vị", en: "Units" },
  assignment: { vi: "Phân công thẩm định", en: "Appraisal assignment" },
  settings: { vi: "Cài đặt", en: "Settings" },
} as const;

/** Columns of the "Đơn vị" sheet, in order. The tool writes link and status back. */
export const UNIT_COLUMNS = [
  { key: "unit", vi: "Tên đơn vị", en: "Unit" },
  { key: "group", vi: "Nhóm", en: "Group" },
  { key: "unitType", vi: "Loại đơn vị", en: "Unit type" },
  {
    key: "editors",
    vi: "Email người chấm (cách nhau bởi dấu phẩy)",
    en: "Editors' e-mails (comma-separated)",
  },
  { key: "spreadsheet", vi: "Bảng tính (URL hoặc ID)", en: "Spreadsheet (URL or ID)" },
  { key: "survey", vi: "Điểm ĐTXHH", en: "Survey points" },
  { key: "status", vi: "Trạng thái", en: "Status" },
  { key: "statusNote", vi: "Ghi chú của công cụ", en: "Tool note" },
] as const;
export type UnitColumnKey = (typeof UNIT_COLUMNS)[number]["key"];

export const ASSIGNMENT_COLUMNS = [
  { key: "field", vi: "Lĩnh vực (số)", en: "Field (number)" },
  { key: "department", vi: "Cơ quan thẩm định", en: "Appraising department" },
  {
    key: "appraisers",
    vi: "Email người thẩm định (cách nhau bởi dấu phẩy)",
    en: "Appraisers' e-mails (comma-separated)",
  },
] as const;

export const UNIT_STATUSES = {
  new: { vi: "Chưa phát bảng", en: "Not handed out" },
  handedOut: { vi: "Đã phát bảng", en: "Handed out" },
  locked: { vi: "Đã khóa tự chấm", en: "Self-assessment locked" },
  unlocked: { vi: "Mở lại để sửa", en: "Reopened for editing" },
  failed: { vi: "Lỗi", en: "Error" },
} as const;
export type UnitStatus = keyof typeof UNIT_STATUSES;

/** Header rows for the sheets the tool creates (already neutral text). */
export function controlSheetHeader(sheet: "units" | "assignment", lang: Lang): string[] {
  const cols = sheet === "units" ? UNIT_COLUMNS : ASSIGNMENT_COLUMNS;
  return cols.map((c) => c[lang]);
}

/** Sơn La 2014 (seed 004): which department appraises which field. A starting point to edit. */
export const DEFAULT_ASSIGNMENT: { field: string; department: string }[] = [
  { field: "1", department: "Sở Nội vụ" },
  { field: "2", department: "Sở Tư pháp" },
  { field: "3", department: "Sở Tư pháp" },
  { field: "4", department: "Sở Nội vụ" },
  { field: "5", department: "Sở Nội vụ" },
  { field: "6", department: "Sở Tài chính" },
  { field: "7", department: "Sở Khoa học và Công nghệ" },
  { field: "8", department: "Sở Nội vụ" },
];

const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

/** Splits "a@x.vn, b@y.vn; c@z.vn" into addresses; returns the invalid parts separately. */
export function parseEmails(text: string): { emails: string[]; invalid: string[] } {
  const emails: string[] = [];
  const invalid: string[] = [];
  for (const part of text.split(/[,;\s]+/)) {
    const p = part.trim();
    if (!p) continue;
    if (EMAIL.test(p)) emails.push(p.toLowerCase());
    else invalid.push(p);
  }
  return { emails: [...new Set(emails)], invalid };
}

/**
 * A spreadsheet id from a URL (https://docs.google.com/spreadsheets/d/<id>/edit…) or a bare id;
 * null when the text is neither.
 */
export function extractSpreadsheetId(text: string): string | null {
  const t = text.trim();
  const m = /\/spreadsheets\/d\/([A-Za-z0-9_-]{20,})/.exec(t);
  if (m) return m[1]!;
  return /^[A-Za-z0-9_-]{25,}$/.test(t) ? t : null;
}

function textOf(v: CellValue): string {
  if (v === null || v === undefined) return "";
  return cleanText(String(v));
}

function headerIndex(row: CellValue[], cols: readonly { vi: string; en: string }[]): number[] {
  const folded = row.map((v) => foldText(textOf(v)));
  return cols.map((c) => {
    const want = [foldText(c.vi), foldText(c.en)];
    // Exact or prefix match ("Email người chấm" matches the longer header).
    return folded.findIndex(
      (h) => h !== "" && want.some((w) => h === w || w.startsWith(h) || h.startsWith(w)),
    );
  });
}

export interface ControlUnit {
  /** 1-based sheet row. */
  row: number;
  unit: string;
  group: string;
  unitType: string | null;
  editors: string[];
  /** Spreadsheet id, when the cell holds a valid URL or id. */
  spreadsheetId: string | null;
  survey: number | null;
  status: string;
}

export interface ControlUnitsResult {
  units: ControlUnit[];
  /** 0-based columns of each key in the sheet (-1 when absent), for writing back. */
  columns: Record<UnitColumnKey, number>;
  headerRow: number;
  issues: Issue[];
}

/**
 * Reads the "Đơn vị" sheet. Duplicate names, bad e-mails and bad URLs become issues naming
 * the cell; such a unit is kept (with spreadsheetId null where the URL is bad) so the caller
 * lists it as failed rather than dropping it.
 */
export function readControlUnits(grid: Grid, lang: Lang = "vi"): ControlUnitsResult {
  const issues = new IssueCollector(lang, grid.sheet);
  const headerRowIdx = grid.values.findIndex((r) => headerIndex(r, UNIT_COLUMNS)[0]! >= 0);
  const emptyCols = Object.fromEntries(UNIT_COLUMNS.map((c) => [c.key, -1])) as Record<UnitColumnKey, number>;
  if (headerRowIdx < 0) {
    issues.add("column-missing", { row: 1, params: { column: UNIT_COLUMNS[0][lang] } });
    return { units: [], columns: emptyCols, headerRow: 0, issues: issues.issues };
  }
  const idx = headerIndex(grid.values[headerRowIdx]!, UNIT_COLUMNS);
  const columns = { ...emptyCols };
  UNIT_COLUMNS.forEach((c, i) => (columns[c.key] = idx[i]!));
  const originRow = grid.origin?.row ?? 0;
  const originCol = grid.origin?.col ?? 0;
  const cell = (r: number, c: number) => a1(originRow + r, originCol + c);
  const units: ControlUnit[] = [];
  const seen = new Map<string, number>();
  for (let r = headerRowIdx + 1; r < grid.values.length; r++) {
    const row = grid.values[r]!;
    const get = (k: UnitColumnKey) => (columns[k] >= 0 ? (row[columns[k]] ?? null) : null);
    const unit = textOf(get("unit"));
    if (!unit) continue;
    const sheetRow = originRow + r + 1;
    const key = foldText(unit);
    const first = seen.get(key);
    if (first !== undefined) {
      issues.add("unit-duplicate", {
        cell: cell(r, columns.unit),
        row: sheetRow,
        column: columnLetters(originCol + columns.unit),
        value: unit,
        params: { other: first },
      });
    } else seen.set(key, sheetRow);
    const { emails, invalid } = parseEmails(textOf(get("editors")));
    for (const bad of invalid) {
      issues.add("email-invalid", {
        cell: cell(r, columns.editors),
        row: sheetRow,
        column: columnLetters(originCol + columns.editors),
        value: bad,
      });
    }
    const sheetText = textOf(get("spreadsheet"));
    const spreadsheetId = sheetText ? extractSpreadsheetId(sheetText) : null;
    if (sheetText && !spreadsheetId) {
      issues.add("spreadsheet-url-invalid", {
        cell: cell(r, columns.spreadsheet),
        row: sheetRow,
        column: columnLetters(originCol + columns.spreadsheet),
        value: sheetText,
      });
    }
    const surveyRaw = get("survey");
    let survey: number | null = null;
    if (typeof surveyRaw === "number") survey = surveyRaw;
    else if (typeof surveyRaw === "string" && surveyRaw.trim()) {
      const n = Number(surveyRaw.trim().replace(",", "."));
      if (Number.isFinite(n)) survey = n;
      else
        issues.add("number-invalid", {
          cell: cell(r, columns.survey),
          row: sheetRow,
          column: columnLetters(originCol + columns.survey),
          value: surveyRaw,
        });
    }
    units.push({
      row: sheetRow,
      unit,
      group: textOf(get("group")) || (lang === "vi" ? "Chưa phân nhóm" : "Ungrouped"),
      unitType: textOf(get("unitType")) || null,
      editors: emails,
      spreadsheetId,
      survey,
      status: textOf(get("status")),
    });
  }
  return { units, columns, headerRow: originRow + headerRowIdx + 1, issues: issues.issues };
}

export interface FieldAssignment {
  field: string;
  department: string;
  appraisers: string[];
  row: number;
}

/** Reads "Phân công thẩm định": field → appraising department → appraisers' e-mails. */
export function readAssignment(
  grid: Grid,
  lang: Lang = "vi",
): { assignments: FieldAssignment[]; issues: Issue[] } {
  const issues = new IssueCollector(lang, grid.sheet);
  const headerRowIdx = grid.values.findIndex((r) => headerIndex(r, ASSIGNMENT_COLUMNS)[0]! >= 0);
  if (headerRowIdx < 0) {
    issues.add("column-missing", { row: 1, params: { column: ASSIGNMENT_COLUMNS[0][lang] } });
    return { assignments: [], issues: issues.issues };
  }
  const [fc, dc, ac] = headerIndex(grid.values[headerRowIdx]!, ASSIGNMENT_COLUMNS) as [
    number,
    number,
    number,
  ];
  const originRow = grid.origin?.row ?? 0;
  const originCol = grid.origin?.col ?? 0;
  const out: FieldAssignment[] = [];
  for (let r = headerRowIdx + 1; r < grid.values.length; r++) {
    const row = grid.values[r]!;
    const fieldText = textOf(row[fc] ?? null).replace(/^l[iĩ]nh v[uự]c\s*/i, "");
    if (!fieldText) continue;
    const roman: Record<string, string> = {
      I: "1",
      II: "2",
      III: "3",
      IV: "4",
      V: "5",
      VI: "6",
      VII: "7",
      VIII: "8",
      IX: "9",
    };
    const field = roman[fieldText.toUpperCase()] ?? fieldText.replace(/\.$/, "");
    const { emails, invalid } = parseEmails(ac >= 0 ? textOf(row[ac] ?? null) : "");
    for (const bad of invalid)
      issues.add("email-invalid", {
        cell: a1(originRow + r, originCol + ac),
        row: originRow + r + 1,
        column: columnLetters(originCol + ac),
        value: bad,
      });
    out.push({
      field,
      department: dc >= 0 ? textOf(row[dc] ?? null) : "",
      appraisers: emails,
      row: originRow + r + 1,
    });
  }
  return { assignments: out, issues: issues.issues };
}

/** The "Cài đặt" sheet: key | value rows. */
export const ProvinceSettingsSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  criteriaSetId: z.string().min(1),
  /**
   * Every id the "Bộ tiêu chí" cell names, one per unit type ("an-hoa-so-2025, an-hoa-xa-2025");
   * criteriaSetId is the first (absent when the cell names one). Importing a set in the province
   * sidebar puts its id here.
   */
  criteriaSetIds: z.array(z.string().min(1)).optional(),
  /** ISO date (yyyy-mm-dd) after which self-assessment is locked. */
  selfAssessmentDeadline: z.string().nullable(),
  classification: z.string().default("five-level"),
  tieRule: TieRuleSchema.default({ mode: "dense", decimals: 2 }),
  /** A unit missing from the survey: held out of the ranks with its reason (default), or ranked provisional. */
  missingSurvey: z.enum(["hold-out", "provisional"]).default("hold-out"),
  /**
   * The heading of what the province publishes (ranking sheets, Word report), like the cli's
   * --issuer/--province/--decision/--signer; absent when none of its rows is filled.
   */
  publish: z
    .object({
      issuer: z.array(z.string()),
      province: z.string().nullable(),
      decision: z.string().nullable(),
      signer: z.array(z.string()),
    })
    .optional(),
});
export type ProvinceSettings = z.infer<typeof ProvinceSettingsSchema>;

export const SETTINGS_KEYS = [
  { key: "year", vi: "Năm đánh giá", en: "Year assessed" },
  { key: "criteriaSetId", vi: "Bộ tiêu chí", en: "Criteria set" },
  {
    key: "selfAssessmentDeadline",
    vi: "Hạn tự đánh giá (dd/mm/yyyy)",
    en: "Self-assessment deadline (dd/mm/yyyy)",
  },
  {
    key: "classification",
    vi: "Xếp loại (national | five-level)",
    en: "Classification (national | five-level)",
  },
  { key: "tieMode", vi: "Đồng hạng (dense | competition)", en: "Ties (dense | competition)" },
  { key: "tieDecimals", vi: "Số chữ số thập phân khi so hạng", en: "Decimals compared for ties" },
  {
    key: "missingSurvey",
    vi: "Đơn vị thiếu điểm ĐTXHH (hold-out | provisional)",
    en: "Unit without survey points (hold-out | provisional)",
  },
  {
    key: "issuer",
    vi: "Cơ quan ban hành (các dòng cách nhau bởi /)",
    en: "Issuing body (lines separated by /)",
  },
  { key: "province", vi: "Tên tỉnh", en: "Province name" },
  { key: "decision", vi: "Quyết định công bố số", en: "Decision number" },
  {
    key: "signer",
    vi: "Người ký báo cáo (chức vụ / họ tên)",
    en: "Report signed by (position / name)",
  },
] as const;

/** "UBND TỈNH AN HÒA / SỞ NỘI VỤ", or one line per row of the cell → the lines. */
function lines(text: string): string[] {
  return text
    .normalize("NFC")
    .split(/\s*(?:\r?\n|\/)\s*/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
}

/** The published heading from the settings (the year is the assessment year). */
export function provinceHeading(settings: ProvinceSettings): PublishHeading {
  const p = settings.publish;
  return {
    issuer: p?.issuer ?? [],
    province: p?.province ?? null,
    year: settings.year,
    decision: p?.decision ?? null,
    ...(p && p.signer.length > 0 ? { signer: p.signer } : {}),
  };
}

/** dd/mm/yyyy or yyyy-mm-dd → yyyy-mm-dd; null if not a real date. */
export function parseVietnameseDate(text: string): string | null {
  const t = text.trim();
  let y: number, m: number, d: number;
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (vn) [d, m, y] = [Number(vn[1]), Number(vn[2]), Number(vn[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return null;
  if (!isValidDate(d, m, y)) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export function readProvinceSettings(
  grid: Grid,
  lang: Lang = "vi",
): { ok: true; settings: ProvinceSettings; issues: Issue[] } | { ok: false; issues: Issue[] } {
  const issues = new IssueCollector(lang, grid.sheet);
  const found: Record<string, { value: CellValue; cell: string; row: number }> = {};
  const originRow = grid.origin?.row ?? 0;
  const originCol = grid.origin?.col ?? 0;
  grid.values.forEach((row, r) => {
    const label = foldText(textOf(row[0] ?? null));
    const key = SETTINGS_KEYS.find(
      (k) =>
        label && (foldText(k.vi) === label || foldText(k.en) === label || foldText(k.vi).startsWith(label)),
    );
    if (key)
      found[key.key] = {
        value: row[1] ?? null,
        cell: a1(originRow + r, originCol + 1),
        row: originRow + r + 1,
      };
  });
  const bad = (k: string) => {
    const f = found[k];
    const label = SETTINGS_KEYS.find((s) => s.key === k)![lang];
    issues.add("setting-invalid", {
      cell: f?.cell ?? null,
      row: f?.row ?? null,
      column: f ? columnLetters(originCol + 1) : null,
      value: f ? textOf(f.value) : "",
      params: { setting: label },
    });
  };
  const yearV = found.year?.value;
  const year = typeof yearV === "number" ? yearV : Number(textOf(yearV ?? null));
  if (!Number.isInteger(year) || year < 2000 || year > 2100) bad("year");
  const criteriaSetIds = settingsSetIds(textOf(found.criteriaSetId?.value ?? null));
  const criteriaSetId = criteriaSetIds[0] ?? "";
  if (!criteriaSetId) bad("criteriaSetId");
  const deadlineText = textOf(found.selfAssessmentDeadline?.value ?? null);
  const deadline = deadlineText ? parseVietnameseDate(deadlineText) : null;
  if (deadlineText && !deadline) bad("selfAssessmentDeadline");
  const classification = textOf(found.classification?.value ?? null) || "five-level";
  if (!hasOwnKey(CLASSIFICATION_PRESETS, classification)) bad("classification");
  const tieMode = textOf(found.tieMode?.value ?? null) || "dense";
  if (tieMode !== "dense" && tieMode !== "competition") bad("tieMode");
  const tieDecText = textOf(found.tieDecimals?.value ?? null);
  const tieDecimals = tieDecText ? Number(tieDecText) : 2;
  if (!Number.isInteger(tieDecimals) || tieDecimals < 0 || tieDecimals > 6) bad("tieDecimals");
  const missingSurvey = textOf(found.missingSurvey?.value ?? null) || "hold-out";
  if (missingSurvey !== "hold-out" && missingSurvey !== "provisional") bad("missingSurvey");
  if (issues.counts.error > 0) return { ok: false, issues: issues.issues };
  const text = (k: string) => textOf(found[k]?.value ?? null).trim();
  // Lines typed one per row of the cell (Alt+Enter) keep their breaks: read the raw text.
  const raw = (k: string) => {
    const v = found[k]?.value;
    return typeof v === "string" ? v : text(k);
  };
  const publish = {
    issuer: lines(raw("issuer")),
    province: text("province") || null,
    decision: text("decision") || null,
    signer: lines(raw("signer")),
  };
  const anyPublish =
    publish.issuer.length > 0 || publish.province || publish.decision || publish.signer.length > 0;
  return {
    ok: true,
    settings: {
      year,
      criteriaSetId,
      ...(criteriaSetIds.length > 1 ? { criteriaSetIds } : {}),
      selfAssessmentDeadline: deadline,
      classification,
      tieRule: { mode: tieMode as "dense" | "competition", decimals: tieDecimals },
      missingSurvey: missingSurvey as "hold-out" | "provisional",
      ...(anyPublish ? { publish } : {}),
    },
    issues: issues.issues,
  };
}

/** The ids a "Bộ tiêu chí" cell names: one per unit type, separated by ",", ";" or line breaks. */
export function settingsSetIds(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,;\n]/)
        .map((t) => t.trim())
        .filter((t) => t !== ""),
    ),
  ];
}

/**
 * The "Bộ tiêu chí" ids once `chosen` is imported: an id whose set scores one of the chosen set's
 * unit types gives way to it (in its place); ids for other types stay. `typesOf` gives a known
 * id's unit types (null: unknown, kept).
 */
export function chooseSetId(
  ids: readonly string[],
  chosen: { id: string; unitTypes: readonly string[] },
  typesOf: (id: string) => readonly string[] | null,
): string[] {
  const out: string[] = [];
  let placed = false;
  for (const id of ids) {
    const types = id === chosen.id ? chosen.unitTypes : typesOf(id);
    const overlaps = types !== null && types.some((t) => chosen.unitTypes.includes(t));
    if (!overlaps) out.push(id);
    else if (!placed) {
      out.push(chosen.id);
      placed = true;
    }
  }
  if (!placed) out.push(chosen.id);
  return out;
}

/** The 0-based grid row of a settings key in a "Cài đặt" grid (null: absent). */
export function settingsKeyRow(grid: Grid, key: (typeof SETTINGS_KEYS)[number]["key"]): number | null {
  const k = SETTINGS_KEYS.find((s) => s.key === key)!;
  const r = grid.values.findIndex((row) => {
    const label = foldText(textOf(row[0] ?? null));
    return (
      label !== "" &&
      (foldText(k.vi) === label || foldText(k.en) === label || foldText(k.vi).startsWith(label))
    );
  });
  return r < 0 ? null : r;
}

export function classificationFor(settings: Pick<ProvinceSettings, "classification">): Classification {
  const name = settings.classification;
  return hasOwnKey(CLASSIFICATION_PRESETS, name)
    ? CLASSIFICATION_PRESETS[name]!
    : CLASSIFICATION_PRESETS["five-level"]!;
}

/** Rows for a fresh "Cài đặt" sheet. */
export function settingsSheetRows(settings: z.input<typeof ProvinceSettingsSchema>, lang: Lang): string[][] {
  const [d, m, y] = settings.selfAssessmentDeadline
    ? settings.selfAssessmentDeadline.split("-").reverse()
    : ["", "", ""];
  const values: Record<string, string> = {
    year: String(settings.year),
    criteriaSetId: (settings.criteriaSetIds ?? [settings.criteriaSetId]).join(", "),
    selfAssessmentDeadline: settings.selfAssessmentDeadline ? `${d}/${m}/${y}` : "",
    classification: settings.classification ?? "five-level",
    tieMode: settings.tieRule?.mode ?? "dense",
    tieDecimals: String(settings.tieRule?.decimals ?? 2),
    missingSurvey: settings.missingSurvey ?? "hold-out",
    issuer: (settings.publish?.issuer ?? []).join(" / "),
    province: settings.publish?.province ?? "",
    decision: settings.publish?.decision ?? "",
    signer: (settings.publish?.signer ?? []).join(" / "),
  };
  return SETTINGS_KEYS.map((k) => [k[lang], neutralise(values[k.key] ?? "")]);
}
