/**
 * Grid → scoring table. Finds the header (find-header.ts), then reads one row at a time:
 * numbered rows become nodes placed by their numbering (build-tree.ts), "-"/"+" and unnumbered
 * text rows become rule text, "Tổng cộng" rows the total row. Numbers are not judged here: each
 * score cell keeps its parsed value and validation speaks about it. Never throws on a grid.
 */
import { columnIndex, columnLetters } from "../grid/address";
import type { CellValue, Grid } from "../grid/grid";
import { foldCached, foldWords } from "../grid/fold-cache";
import type { Lang } from "../messages/lang";
import { IssueCollector, type Issue } from "../issues/issue";
import { cellText, readerColumns, RowReader, templateText, type ReaderColumns } from "./cell-read";
import type { ColumnMapping } from "./column-mapping";
import { HEADER_SCAN_ROWS, searchHeader, type HeaderFound } from "./find-header";
import { matchHeaderRole, ROLE_KEYS, ROLE_LABELS } from "./header-roles";
import { looksLegacyEncoded } from "./legacy-encoding";
import {
  isPartHeading,
  isRuleLine,
  leadingNumbering,
  numberingOfNumber,
  parseNumbering,
  type Numbering,
} from "./numbering";
import { readTitleInfo } from "./title-info";
import { TreeBuilder } from "./build-tree";
import { arrayOf1, arrayOf2, EMPTY, newArray } from "./untracked-array";
import type {
  ColumnMap,
  ColumnRole,
  NumberRead,
  ScoringTable,
  TableNode,
  TableProfile,
  TotalRow,
  UnitMaxColumn,
} from "./types";
import { BoundedMemo } from "../memo/bounded-memo";

export interface ReadOptions {
  /** 1-based sheet row of the (last) header row, overriding detection. */
  headerRow?: number | null;
  /** Columns the user mapped (role → sheet letters), overriding what the header words say. */
  columns?: ColumnMapping | null;
  /** "scoring" (default): a unit's table, needs the self-assessed score; "annex": maxima only. */
  profile?: TableProfile;
  lang?: Lang;
  issueLimit?: number;
}

export type ReadResult = { ok: true; table: ScoringTable; issues: Issue[] } | { ok: false; issues: Issue[] };

/** Legacy-encoding warnings per sheet: one font problem usually affects every cell. */
const LEGACY_REPORT_LIMIT = 5;

const TOTAL_LABEL = /^(?:tong cong|tong diem|tong so diem|tong so|tong|cong|total)(?: |$)/;
/**
 * A field's own subtotal row ("Cộng lĩnh vực I", "Tổng điểm mục II", "Cộng (I)"), typed between
 * fields by some provinces: neither the table's total nor rule text (folded words). "Tổng điểm
 * các lĩnh vực" and "Tổng cộng (A+B)" stay totals.
 */
const SUBTOTAL_LABEL =
  /^(?:tong cong|tong diem|tong so diem|tong|cong)(?: diem)? (?:(?:linh vuc|muc|phan|nhom)(?! cac\b)(?: |$)|(?:[ivx]{1,4}|\d{1,2})$)/;

/**
 * The signature block under a table ("Người lập biểu", "THỦ TRƯỞNG ĐƠN VỊ", "(Ký, ghi rõ họ tên)",
 * "Quảng Ninh, ngày 10 tháng 12 năm 2025"), folded: it ends the rule text of the last criterion.
 */
const SIGNATURE =
  /^(?:(?:kt|tm|tl)\.? )?(?:nguoi lap(?: bieu)?|thu truong(?: don vi| co quan)?|(?:pho )?giam doc|(?:pho )?chu tich)[:.]?$|^\(ky\b|^(?:[^\d,]{2,40}, )?ngay \S{1,4} thang \S{1,4} nam \d{4}\.?$/;

const BASIS: Record<string, Record<Lang, string>> = {
  round1: { vi: "ghi rõ lần 1", en: "marked round 1" },
  "first-appraiser": { vi: "người đánh giá đầu tiên", en: "the first appraiser" },
  appraisal: { vi: "thẩm định", en: "appraisal" },
  authority: {
    vi: "cấp có thẩm quyền/hội đồng là kết quả cuối cùng",
    en: "the competent authority decides last",
  },
  round2: { vi: "ghi rõ lần 2", en: "marked round 2" },
};

/** The roles a profile cannot do without (code or title stands for "title"). */
function requiredRoles(profile: TableProfile): ColumnRole[] {
  return profile === "annex" ? ["title", "max"] : ["title", "max", "self"];
}

/** Grid → scoring table: finds the header in the first 30 rows, maps columns, builds the tree. */
export function readTable(grid: Grid, options: ReadOptions = {}): ReadResult {
  const lang = options.lang ?? "vi";
  const profile = options.profile ?? "scoring";
  const issues = new IssueCollector(lang, grid.sheet, options.issueLimit ?? 1000);
  const values = Array.isArray(grid.values) ? grid.values : [];
  const g: Grid = values === grid.values ? grid : { ...grid, values };
  const originRow = g.origin?.row ?? 0;
  const originCol = g.origin?.col ?? 0;
  const sheetRow = (r: number) => r + originRow + 1;
  const letter = (c: number) => columnLetters(c + originCol);

  let pinned: Map<number, ColumnRole> | null = null;
  if (options.columns) {
    pinned = new Map();
    for (const [role, letters] of Object.entries(options.columns) as [ColumnRole, string][]) {
      const c = columnIndex(letters) - originCol;
      if (c >= 0 && c < 16_384) pinned.set(c, role);
    }
  }
  const forced = options.headerRow ?? null;
  const search = searchHeader(g, { lastRow: forced === null ? null : forced - 1 - originRow, pinned });
  const header = search.found;
  const missingOf = (h: HeaderFound | null): ColumnRole[] =>
    requiredRoles(profile).filter((role) =>
      role === "title" ? !(h?.columns.has("code") || h?.columns.has("title")) : !h?.columns.has(role),
    );
  if (!header) {
    reportLegacyInHead(g, issues, originRow, originCol);
    issues.add("header-not-found");
    if (search.nearest)
      explainNearest(search.nearest, missingOf(search.nearest), issues, lang, letter, sheetRow);
    return { ok: false, issues: issues.issues };
  }
  const headerLast = header.rows[header.rows.length - 1]!;

  for (const d of header.duplicates) {
    issues.add("column-duplicate", {
      cell: letter(d.first.col) + sheetRow(d.first.row),
      row: sheetRow(d.second.row),
      column: letter(d.second.col),
      params: { column: ROLE_LABELS[d.role][lang], other: letter(d.second.col) + sheetRow(d.second.row) },
    });
  }
  const choice = header.appraisalChoice;
  if (choice) {
    const rule = `${BASIS[choice.first.because ?? "appraisal"]![lang]}; ${BASIS[choice.last.because ?? "appraisal"]![lang]}`;
    const unused = choice.unused.map((u) => `${letter(u.col)} (“${u.header}”)`).join(", ");
    issues.add("column-role-chosen", {
      cell: letter(choice.last.col) + sheetRow(choice.last.row),
      row: sheetRow(choice.last.row),
      column: letter(choice.last.col),
      params: {
        count: 2 + choice.unused.length,
        first: letter(choice.first.col),
        firstHeader: choice.first.header,
        last: letter(choice.last.col),
        lastHeader: choice.last.header,
        rule,
        unused:
          unused === "" ? "" : lang === "vi" ? ` Không đọc cột ${unused}.` : ` Column ${unused} is not read.`,
      },
    });
  }
  const missing = missingOf(header);
  for (const role of missing)
    issues.add("column-missing", { row: sheetRow(headerLast), params: { column: ROLE_LABELS[role][lang] } });
  if (missing.length > 0) {
    explainNearest(header, missing, issues, lang, letter, sheetRow);
    return { ok: false, issues: issues.issues };
  }

  // Read by its numbering alone: say so, since titles (and survey items named in them) are lost.
  if (!header.columns.has("title")) issues.add("column-title-missing", { row: sheetRow(headerLast) });

  const columns: ColumnMap = {};
  for (const [role, h] of header.columns)
    columns[role] = { role, col: h.col + originCol, letter: letter(h.col), header: h.header };
  const unitMaxima: UnitMaxColumn[] = header.unitMaxima.map((h) => ({
    role: "max",
    col: h.col + originCol,
    letter: letter(h.col),
    header: h.header,
    unitType: h.unitType!,
  }));

  const table = readBody(g, header, planOf(header, originCol), issues, sheetRow);
  if (!table) return { ok: false, issues: issues.issues };
  reportUnreadScoreColumns(g, header, table.lastRow - originRow, issues, letter, sheetRow);
  const info = readTitleInfo(g, header.rows[0]!);
  const result: ScoringTable = {
    sheet: g.sheet,
    unit: info.unit,
    year: info.year,
    headerRows: header.rows.map(sheetRow),
    columns,
    ...(unitMaxima.length > 0 ? { unitMaxima } : {}),
    fields: table.fields,
    totalRow: table.totalRow,
    firstRow: sheetRow(headerLast + 1),
    lastRow: table.lastRow,
  };
  return { ok: true, table: result, issues: issues.issues };
}

/**
 * The "what was understood" message: the nearest header row, each column's reading, what is
 * missing, and a column mapping to type (each missing role offered the first unread column).
 */
function explainNearest(
  h: HeaderFound,
  missing: ColumnRole[],
  issues: IssueCollector,
  lang: Lang,
  letter: (c: number) => string,
  sheetRow: (r: number) => number,
): void {
  const last = h.rows[h.rows.length - 1]!;
  const read = [...h.columns.values(), ...h.unitMaxima].sort((a, b) => a.col - b.col);
  const understood = read
    .map(
      (c) =>
        `${letter(c.col)} “${c.header}” = ${ROLE_LABELS[c.role][lang]}${c.unitType ? ` (${c.unitType})` : ""}`,
    )
    .join("; ");
  const unknownCols = h.unknown.filter((u) => u.header !== "");
  const unknown = unknownCols.map((u) => `${letter(u.col)} “${u.header}”`).join("; ");
  const suggestion: string[] = [];
  let k = 0;
  for (const role of missing) {
    const free = unknownCols[k++];
    suggestion.push(`${ROLE_KEYS[role]}=${free ? letter(free.col) : "?"}`);
  }
  const none = lang === "vi" ? "không có" : "none";
  issues.add("header-nearest", {
    row: sheetRow(last),
    params: {
      row: sheetRow(last),
      understood: understood || none,
      unknown: unknown || none,
      missing: missing.map((r) => ROLE_LABELS[r][lang]).join(", ") || none,
      suggestion: suggestion.join(",") || `${ROLE_KEYS.self}=E,${ROLE_KEYS.max}=D`,
    },
  });
}

interface Body {
  fields: ScoringTable["fields"];
  totalRow: TotalRow | null;
  lastRow: number;
}

/**
 * What readBody needs from a header, besides the grid: its columns by role and the reader's
 * columns. The header of a template is one object shared by all its sheets (header-template.ts),
 * so the last plan is kept and used again while the header and the origin column are the same.
 */
interface ReadPlan {
  header: HeaderFound;
  originCol: number;
  reader: ReaderColumns;
  codeCol: number | undefined;
  titleCol: number | undefined;
  ruleCol: number | undefined;
  maxCol: number | undefined;
  selfCol: number | undefined;
  declaredCol: number | undefined;
  evidenceCol: number | undefined;
  explanationCol: number | undefined;
  noteCol: number | undefined;
  flagCol: number | undefined;
  appraiserCol: number | undefined;
  notApplicableCol: number | undefined;
  /** Appraisal rounds present, in order; the score columns (self, then the rounds). */
  appraisalCols: readonly number[];
  scoreCols: readonly number[];
}
let lastPlan: ReadPlan | null = null;

function planOf(header: HeaderFound, originCol: number): ReadPlan {
  if (lastPlan !== null && lastPlan.header === header && lastPlan.originCol === originCol) return lastPlan;
  // Only the header's columns are ever addressed.
  let width = 1;
  for (const h of header.columns.values()) if (h.col + 1 > width) width = h.col + 1;
  for (const h of header.unitMaxima) if (h.col + 1 > width) width = h.col + 1;
  const letters: string[] = new Array<string>(width);
  for (let c = 0; c < width; c++) letters[c] = columnLetters(c + originCol);
  const col = (role: ColumnRole) => header.columns.get(role)?.col;
  const selfCol = col("self");
  const appraisalCols = [col("appraisal1"), col("appraisal2")].filter((c): c is number => c !== undefined);
  return (lastPlan = {
    header,
    originCol,
    reader: readerColumns(letters),
    codeCol: col("code"),
    titleCol: col("title"),
    ruleCol: col("rule"),
    maxCol: col("max"),
    selfCol,
    declaredCol: col("declared"),
    evidenceCol: col("evidence"),
    explanationCol: col("explanation"),
    noteCol: col("appraisalNote"),
    flagCol: col("appraisalFlag"),
    appraiserCol: col("appraiser"),
    notApplicableCol: col("notApplicable"),
    appraisalCols,
    scoreCols: [selfCol, ...appraisalCols].filter((c): c is number => c !== undefined),
  });
}

function readBody(
  grid: Grid,
  header: HeaderFound,
  plan: ReadPlan,
  issues: IssueCollector,
  sheetRow: (r: number) => number,
): Body | null {
  const {
    codeCol,
    titleCol,
    ruleCol,
    maxCol,
    selfCol,
    declaredCol,
    evidenceCol,
    explanationCol,
    noteCol,
    flagCol,
    appraiserCol,
    notApplicableCol,
    appraisalCols,
    scoreCols,
  } = plan;
  const letters = plan.reader.letters;
  const unitMaxima = header.unitMaxima;

  const reader = new RowReader(grid, plan.reader);
  const hidden =
    Array.isArray(grid.hiddenRows) && grid.hiddenRows.length > 0 ? new Set(grid.hiddenRows) : null;
  const numberingLetter = letters[codeCol ?? titleCol ?? 0]!;
  const codeHeader =
    codeCol === undefined ? null : cellText(grid.values[header.columns.get("code")!.row]?.[codeCol] ?? null);
  const values = grid.values;
  const display = grid.display;
  const headerLast = header.rows[header.rows.length - 1]!;
  const tree = new TreeBuilder(
    issues,
    (row) => ({ cell: numberingLetter + row, column: numberingLetter }),
    values.length - headerLast - 1,
  );
  let totalRow: TotalRow | null = null;
  let lastRow = sheetRow(headerLast);
  let legacyReported = 0;
  // Not array literals: see untracked-array.ts.
  const appraisalsOf = (): NumberRead[] => {
    switch (appraisalCols.length) {
      case 0:
        return newArray<NumberRead>();
      case 1:
        return arrayOf1(reader.number(appraisalCols[0])!);
      default:
        return arrayOf2(reader.number(appraisalCols[0])!, reader.number(appraisalCols[1])!);
    }
  };

  /**
   * A unit's or appraiser's score on a row read as guidance ("- Ban hành đúng hạn | 1") while the
   * criterion's own cell has none: said at its cell, since it is not counted. When the criterion
   * has its score (the rows are its breakdown) or the row holds only a maximum (the rule's
   * options), nothing is lost and nothing is said.
   */
  const reportUnnumberedScore = (row: CellValue[], r: number, sr: number, target: TableNode) => {
    for (const c of scoreCols) {
      const v = row[c];
      if (v === null || v === undefined || v === "") continue;
      const own = c === selfCol ? target.self : target.appraisals[appraisalCols.indexOf(c)];
      if (own?.parsed.kind === "number" || own?.formula) continue;
      reader.at(r, sr);
      const n = reader.number(c)!;
      if (n.parsed.kind !== "number") continue;
      issues.add("row-unnumbered-score", {
        cell: n.cell,
        row: sr,
        column: n.column,
        criterion: target.code,
        value: n.parsed.value,
        params: { next: target.level === "item" ? nextLetter(target.code) : "a)" },
      });
      return;
    }
  };

  for (let r = headerLast + 1; r < values.length; r++) {
    const row = values[r];
    if (!Array.isArray(row)) continue;
    const codeRaw = codeCol === undefined ? null : (row[codeCol] ?? null);
    const titleRaw = titleCol === undefined ? null : (row[titleCol] ?? null);
    const ruleRaw = ruleCol === undefined ? null : (row[ruleCol] ?? null);
    if (isEmpty(codeRaw) && isEmpty(titleRaw) && isEmpty(ruleRaw)) continue;
    if (r <= headerLast + 2 && isColumnNumberRow(row)) continue;
    const sr = sheetRow(r);

    const titleEntry = titleOf(titleRaw, r);
    let title = titleEntry.text;
    let numbering: Numbering | null = null;
    let codeText = "";
    if (typeof codeRaw === "number") {
      const d = display?.[r]?.[codeCol!];
      codeText = typeof d === "string" && d.trim() !== "" ? cellText(d) : String(codeRaw);
      numbering =
        typeof d === "string" && d.trim() !== "" ? parseNumbering(codeText) : numberingOfNumber(codeRaw);
    } else if (typeof codeRaw === "string" && codeRaw.length <= CODE_MEMO_LENGTH) {
      const code = codeOf(codeRaw, r);
      codeText = code.text;
      numbering = code.numbering;
    } else if (codeRaw !== null) {
      codeText = cellText(codeRaw);
      numbering = parseNumbering(codeText);
    }
    if (numbering !== null && codeCol !== undefined && codeText !== "" && title.startsWith(codeText)) {
      // "1.1" in STT and "1.1. Ban hành…" in the title: keep the title without its repeated number.
      const rest = title.slice(codeText.length).replace(/^[.)]?\s+/, "");
      if (rest !== "" && rest.length < title.length - codeText.length) title = rest;
    }
    if (numbering === null && codeText === "" && title !== "") {
      const lead = leadOf(titleEntry, codeCol !== undefined);
      if (lead) {
        numbering = lead.numbering;
        title = lead.rest;
      }
    }

    if (numbering !== null && numbering.kind !== "rule") {
      reader.at(r, sr);
      const node = tree.add(numbering, title, sr, appraisalsOf());
      node.hidden = hidden !== null && hidden.has(r);
      node.max = reader.number(maxCol);
      if (unitMaxima.length > 0) {
        const byType: Record<string, NumberRead> = {};
        for (const u of unitMaxima) byType[u.unitType!] ??= reader.number(u.col)!;
        node.maxByUnitType = byType;
      }
      node.self = reader.number(selfCol);
      node.declared = reader.text(declaredCol);
      node.evidence = reader.text(evidenceCol);
      node.explanation = reader.text(explanationCol);
      node.appraisalNote = reader.text(noteCol);
      if (flagCol !== undefined) node.appraisalFlag = reader.text(flagCol);
      if (appraiserCol !== undefined) node.appraiser = reader.text(appraiserCol);
      if (notApplicableCol !== undefined) node.notApplicable = reader.text(notApplicableCol);
      if (ruleRaw !== null) {
        const rule = templateText(ruleRaw);
        if (rule !== "") node.ruleText = arrayOf1(rule);
      }
      tree.placeSection(node);
      if (node.hidden)
        issues.add("row-hidden", {
          row: sr,
          criterion: node.code,
          cell: numberingLetter + sr,
          column: numberingLetter,
        });
      if (
        legacyReported < LEGACY_REPORT_LIMIT &&
        titleCol !== undefined &&
        (title === titleEntry.text ? titleEntry.legacy : looksLegacyEncoded(title))
      ) {
        legacyReported++;
        issues.add("text-legacy-encoding", {
          cell: letters[titleCol]! + sr,
          row: sr,
          column: letters[titleCol]!,
          criterion: node.code,
          value: title,
        });
      }
      lastRow = sr;
      continue;
    }

    // Column numbers under the header ("1 2 3…", "(1) (2)…"), or a header repeated further down.
    if (isColumnNumberRow(row) || (codeText !== "" && codeText === codeHeader)) continue;
    if (codeText !== "" && isPartHeading(codeText)) {
      tree.endBlock();
      continue;
    }
    // Not numbered: a total row, a field's subtotal, or rule text for the row above.
    const label = title !== "" ? title : codeText;
    if (label !== "" && !isRuleLine(label) && label.length <= 80 && TOTAL_LABEL.test(foldCached(label))) {
      if (SUBTOTAL_LABEL.test(foldWords(label))) {
        // The field row carries (and validation checks) its sum; this row is only read past.
        tree.endBlock();
        continue;
      }
    }
    if (
      !totalRow &&
      label !== "" &&
      !isRuleLine(label) &&
      label.length <= 80 &&
      TOTAL_LABEL.test(foldCached(label))
    ) {
      reader.at(r, sr);
      const max = reader.number(maxCol);
      const self = reader.number(selfCol);
      if (hasFigure(max) || hasFigure(self)) {
        totalRow = { row: sr, max, self, appraisals: appraisalsOf() };
        tree.endBlock();
        lastRow = sr;
        continue;
      }
    }
    const target = tree.lastNode;
    if (!target) continue;
    if (label.length <= 80 && SIGNATURE.test(foldCached(label))) {
      // The signature block under the table: no guidance for the last criterion.
      tree.endBlock();
      continue;
    }
    if (scoreCols.length > 0) reportUnnumberedScore(row, r, sr, target);
    const lines: string[] = [];
    if (numbering?.kind === "rule" && codeText.length <= 2 && title !== "")
      lines.push(`${codeText} ${title}`);
    else {
      if (codeText !== "" && numbering?.kind === "rule") lines.push(codeText);
      if (title !== "") lines.push(title);
    }
    const rule = templateText(ruleRaw);
    if (rule !== "") lines.push(rule);
    if (lines.length > 0) {
      // EMPTY until the node's first line; then the reader's own array (see untracked-array.ts).
      const had = target.ruleText;
      const own = had === EMPTY ? (target.ruleText = newArray<string>()) : (had as string[]);
      own.push(...lines);
      lastRow = sr;
    }
  }
  const fields = tree.finish();
  if (fields.length === 0) {
    issues.add("table-empty", { row: sheetRow(headerLast) });
    return null;
  }
  return { fields, totalRow, lastRow };
}

/** A title cell's cleaned text and whether it looks legacy-encoded, once per distinct text: bounded. */
interface TitleText {
  /** The raw text it was read from (a string of its own, as the memo's key). */
  raw: string;
  text: string;
  legacy: boolean;
  /** leadingNumbering of the text, all forms / letters only (undefined: not read yet). */
  lead: Lead | null | undefined;
  leadLetters: Lead | null | undefined;
}
type Lead = ReturnType<typeof leadingNumbering>;
const TITLE_MEMO = new BoundedMemo<string, TitleText>(10_000);
const TITLE_MEMO_LENGTH = 300;
const NO_TITLE: TitleText = { raw: "", text: "", legacy: false, lead: null, leadLetters: null };

/**
 * The last title entry read at each grid row, in front of the memo: the units of a province fill
 * one template, so a row's title is most often the one the previous table had there, and one
 * string comparison finds it without hashing the (new, per-workbook) string. A miss only falls
 * through to the memo. Entries hold their own key strings, never a slice of a sheet.
 */
const ROW_SLOTS = 2_048;
const TITLE_AT_ROW: (TitleText | undefined)[] = new Array<TitleText | undefined>(ROW_SLOTS);

function titleOf(raw: CellValue, r: number): TitleText {
  if (raw === null) return NO_TITLE;
  if (typeof raw !== "string" || raw.length > TITLE_MEMO_LENGTH) {
    const text = cellText(raw);
    return { raw: "", text, legacy: looksLegacyEncoded(text), lead: undefined, leadLetters: undefined };
  }
  if (r < ROW_SLOTS) {
    const slot = TITLE_AT_ROW[r];
    if (slot !== undefined && slot.raw === raw) return slot;
    return (TITLE_AT_ROW[r] = TITLE_MEMO.get(raw, readTitle));
  }
  return TITLE_MEMO.get(raw, readTitle);
}

function readTitle(raw: string): TitleText {
  const text = cellText(raw);
  return { raw, text, legacy: looksLegacyEncoded(text), lead: undefined, leadLetters: undefined };
}

/** Numbering typed at the start of a title (sheets without an STT column), read once per title text. */
function leadOf(t: TitleText, lettersOnly: boolean): Lead {
  if (lettersOnly)
    return t.leadLetters === undefined ? (t.leadLetters = leadingNumbering(t.text, true)) : t.leadLetters;
  return t.lead === undefined ? (t.lead = leadingNumbering(t.text, false)) : t.lead;
}

/** A code cell's text and numbering, once per distinct text ("1.2.3", "II", "a)"): bounded. */
interface CodeText {
  /** The raw text it was read from (a string of its own, as the memo's key). */
  raw: string;
  text: string;
  numbering: Numbering | null;
}
const CODE_MEMO = new BoundedMemo<string, CodeText>(5_000);
const CODE_MEMO_LENGTH = 24;
/** The last code entry read at each grid row, in front of the memo (as TITLE_AT_ROW). */
const CODE_AT_ROW: (CodeText | undefined)[] = new Array<CodeText | undefined>(ROW_SLOTS);

function codeOf(raw: string, r: number): CodeText {
  if (r < ROW_SLOTS) {
    const slot = CODE_AT_ROW[r];
    if (slot !== undefined && slot.raw === raw) return slot;
    return (CODE_AT_ROW[r] = CODE_MEMO.get(raw, readCode));
  }
  return CODE_MEMO.get(raw, readCode);
}

function readCode(raw: string): CodeText {
  const text = cellText(raw);
  return { raw, text, numbering: parseNumbering(text) };
}

/**
 * Header words that speak of points without saying which ("Điểm TĐ", "ĐTĐ": tối đa, tự đánh giá
 * or thẩm định?), "Điểm" alone, "Điểm (2)": such a column holding numbers would otherwise be left
 * out without a word.
 */
const SCORE_LIKE = /\bdiem\b|^(?:d?td|tdd|dtd)(?: |$)/;
const NUMBER_TEXT = /^\s*-?\d+(?:[.,]\d+)?\s*$/;

/** Unknown header columns that look like scores and hold a number in the table's rows: one warning each. */
function reportUnreadScoreColumns(
  grid: Grid,
  header: HeaderFound,
  /** 0-based grid row just past the table's last row. */
  end: number,
  issues: IssueCollector,
  letter: (c: number) => string,
  sheetRow: (r: number) => number,
): void {
  const first = header.rows[header.rows.length - 1]! + 1;
  for (const u of header.unknown) {
    const words = foldWords(u.header);
    // A column whose words do name a role was left for the user's mapping: nothing to say.
    if (!SCORE_LIKE.test(words) || matchHeaderRole(words) !== null) continue;
    for (let r = first; r < end && r < grid.values.length; r++) {
      const v = grid.values[r]?.[u.col];
      if (!(typeof v === "number" || (typeof v === "string" && NUMBER_TEXT.test(v)))) continue;
      const column = letter(u.col);
      issues.add("column-score-unread", {
        cell: column + sheetRow(r),
        row: sheetRow(r),
        column,
        params: { header: u.header },
      });
      break;
    }
  }
}

/** The letter item after "1.2.a" → "b)". */
function nextLetter(code: string): string {
  const last = code.charCodeAt(code.length - 1);
  return last >= 97 && last < 122 ? `${String.fromCharCode(last + 1)})` : "a)";
}

function isEmpty(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v !== "string") return false;
  // A printable ASCII character first (a code, a title) is not trimmed away: no need to trim.
  const c = v.charCodeAt(0);
  return !(c > 32 && c < 127) && v.trim() === "";
}

function hasFigure(n: { parsed: { kind: string }; formula: string | null } | null): boolean {
  return n !== null && (n.parsed.kind === "number" || n.parsed.kind === "error" || n.formula !== null);
}

/**
 * "1 | 2 | 3 | …" or "(1) | (2) | … | (5) | (ổ)" under the header: column numbers, not a field.
 * Numbers run on one by one; a short token in a number's place ("(ổ)", "(5)=(3)+(4)", "x") is
 * a typo or a formula note and keeps the count, as long as most cells are the numbers themselves.
 */
function isColumnNumberRow(row: CellValue[]): boolean {
  let expected = 0;
  let numbers = 0;
  let others = 0;
  for (const v of row) {
    if (v === null || v === "") continue;
    let n = NaN;
    if (typeof v === "number") n = v;
    else if (typeof v === "string") {
      const t = v.trim();
      if (t === "") continue;
      if (t.length > 14) return false;
      // "3", "(3)" without the regex (its match arrays were most of this row's cost).
      n = plainColumnNumber(t);
      if (Number.isNaN(n)) {
        const m = COLUMN_NUMBER.exec(t);
        if (m) n = Number(m[1]);
        else if (t.length <= 5 && !/\s/.test(t)) {
          others++;
          if (expected !== 0) expected++;
          continue;
        } else return false;
      }
    } else return false;
    if (!Number.isInteger(n) || n < 1 || n > 99 || (expected !== 0 && n !== expected)) return false;
    expected = n + 1;
    numbers++;
  }
  return numbers + others >= 3 && numbers >= 2 && others * 2 <= numbers;
}

/** "3", "(3)", "3=1+2", "(5)=(3)+(4)": the leading column number. */
const COLUMN_NUMBER = /^\(?(\d{1,2})\)?(?:\s*=\s*[()\d+\-*/x×\s]+)?$/;

/**
 * COLUMN_NUMBER's number for a text that is only "\(?\d{1,2}\)?" ("3", "(3)", "12)"), read by char
 * codes; NaN for any other text (the regex decides those).
 */
export function plainColumnNumber(t: string): number {
  let i = t.charCodeAt(0) === 40 /* ( */ ? 1 : 0;
  let d = t.charCodeAt(i) - 48;
  if (!(d >= 0 && d <= 9)) return NaN;
  let n = d;
  d = t.charCodeAt(++i) - 48;
  if (d >= 0 && d <= 9) {
    n = n * 10 + d;
    i++;
  }
  if (t.charCodeAt(i) === 41 /* ) */) i++;
  return i === t.length ? n : NaN;
}

function reportLegacyInHead(grid: Grid, issues: IssueCollector, originRow: number, originCol: number): void {
  let reported = 0;
  const n = Math.min(HEADER_SCAN_ROWS, grid.values.length);
  for (let r = 0; r < n && reported < LEGACY_REPORT_LIMIT; r++) {
    const row = grid.values[r];
    if (!Array.isArray(row)) continue;
    for (let c = 0; c < row.length && c < 200 && reported < LEGACY_REPORT_LIMIT; c++) {
      const v = row[c];
      if (typeof v === "string" && looksLegacyEncoded(v)) {
        reported++;
        const column = columnLetters(c + originCol);
        const sr = r + originRow + 1;
        issues.add("text-legacy-encoding", { cell: column + sr, row: sr, column, value: v });
      }
    }
  }
}
