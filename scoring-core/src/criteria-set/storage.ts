/**
 * A criteria set stored inside a workbook or spreadsheet: document settings, a hidden tool sheet,
 * developer metadata. Hosts cap the size of one value (a cell holds 32 767 characters, a metadata
 * value 30 000), so the set is written as chunks: a header chunk naming the format, the number of
 * chunks and the payload length, then the JSON in pieces. Reading joins, checks the length and
 * the schema; a missing, cut-short or damaged set is a `set-unreadable` issue, never ignored.
 */
import type { Lang } from "../messages/lang";
import { makeIssue, type Issue } from "../issues/issue";
import { loadCriteriaSet } from "./load";
import type { CriteriaSet } from "./schema";

export const SET_STORAGE_FORMAT = "cchc-criteria-set";
export const SET_STORAGE_VERSION = 1;
/** Below every host's limit for one value (Excel cell 32 767, Sheets metadata 30 000). */
export const DEFAULT_CHUNK_SIZE = 25_000;

export interface StoredSetHeader {
  format: typeof SET_STORAGE_FORMAT;
  version: number;
  id: string;
  name: string;
  year: number;
  decision: string | null;
  chunks: number;
  length: number;
}

/** The set as chunks: [header, ...payload]. Every chunk is at most chunkSize characters. */
export function serialiseSet(set: CriteriaSet, chunkSize = DEFAULT_CHUNK_SIZE): string[] {
  if (chunkSize < 1000) throw new RangeError("chunkSize must be at least 1000");
  const json = JSON.stringify(set);
  const parts: string[] = [];
  for (let i = 0; i < json.length; i += chunkSize) parts.push(json.slice(i, i + chunkSize));
  const header: StoredSetHeader = {
    format: SET_STORAGE_FORMAT,
    version: SET_STORAGE_VERSION,
    id: set.id,
    name: set.name.slice(0, 300),
    year: set.year,
    decision: set.source.decision?.slice(0, 300) ?? null,
    chunks: parts.length,
    length: json.length,
  };
  return [JSON.stringify(header), ...parts];
}

export type ReadStoredSetResult =
  { ok: true; set: CriteriaSet; header: StoredSetHeader; issues: Issue[] } | { ok: false; issues: Issue[] };

const REASONS = {
  empty: { vi: "không có dữ liệu", en: "there is no data" },
  header: {
    vi: "phần đầu bị hỏng hoặc không phải bộ tiêu chí",
    en: "its header is damaged or not a criteria set",
  },
  version: { vi: "phiên bản lưu trữ mới hơn công cụ", en: "it was stored by a newer version of the tool" },
  chunks: { vi: "thiếu phần dữ liệu (có {a}, cần {b})", en: "parts are missing ({a} of {b})" },
  length: { vi: "dữ liệu bị cắt ngắn hoặc bị sửa", en: "the data was cut short or edited" },
  schema: {
    vi: "nội dung không đúng định dạng bộ tiêu chí ({a})",
    en: "the content is not a valid criteria set ({a})",
  },
} satisfies Record<string, Record<Lang, string>>;

/** The header alone (a pane showing which set is in use need not parse the whole set). */
export function readStoredHeader(first: string | null | undefined): StoredSetHeader | null {
  if (!first) return null;
  try {
    const h = JSON.parse(first) as Partial<StoredSetHeader> | null;
    if (!h || h.format !== SET_STORAGE_FORMAT || typeof h.chunks !== "number" || typeof h.length !== "number")
      return null;
    return h as StoredSetHeader;
  } catch {
    return null;
  }
}

/**
 * Reads chunks written by serialiseSet. `place` names where they were stored ("trang ẩn
 * _cchc_set", "cài đặt của tệp") for the message.
 */
export function readStoredSet(
  chunks: readonly (string | null | undefined)[],
  place: string,
  lang: Lang = "vi",
): ReadStoredSetResult {
  const fail = (
    key: keyof typeof REASONS,
    a: string | number = "",
    b: string | number = "",
  ): ReadStoredSetResult => ({
    ok: false,
    issues: [
      makeIssue(
        "set-unreadable",
        { params: { place, reason: REASONS[key][lang].replace("{a}", String(a)).replace("{b}", String(b)) } },
        lang,
      ),
    ],
  });
  if (chunks.length === 0 || !chunks[0]) return fail("empty");
  const header = readStoredHeader(chunks[0]);
  if (!header) return fail("header");
  if (header.version > SET_STORAGE_VERSION) return fail("version");
  const parts = chunks.slice(1, 1 + header.chunks);
  const present = parts.filter((p) => typeof p === "string" && p.length > 0).length;
  if (present !== header.chunks) return fail("chunks", present, header.chunks);
  const json = parts.join("");
  if (json.length !== header.length) return fail("length");
  const loaded = loadCriteriaSet(json, lang);
  if (!loaded.ok) return fail("schema", loaded.issues[0]?.message ?? "");
  return { ok: true, set: loaded.set, header, issues: loaded.issues };
}

/**
 * The hidden tool sheet that holds a workbook's sets (Excel and Sheets alike): one row per set,
 * A = set id, B = unit types ("department, commune"), C… = the chunks of serialiseSet. Every
 * chunk cell starts with CHUNK_PREFIX so no host ever reads a slice of JSON as a number or
 * formula ("-2,5…", "=…"): hosts still write the cells as text.
 */
export const SETS_SHEET = "_cchc_bo_tieu_chi";
export const CHUNK_PREFIX = "cchc:";

export function setsSheetRows(sets: readonly CriteriaSet[], chunkSize = DEFAULT_CHUNK_SIZE): string[][] {
  return sets.map((set) => [
    set.id,
    set.unitTypes.join(", "),
    ...serialiseSet(set, chunkSize).map((c) => CHUNK_PREFIX + c),
  ]);
}

export interface StoredSetsRead {
  sets: CriteriaSet[];
  /** One set-unreadable issue per damaged row (its row and cell named). */
  issues: Issue[];
}

/** Reads the rows of the sets sheet (values as the host returns them); blank rows are skipped. */
export function readSetsSheetRows(
  rows: readonly (readonly unknown[])[],
  sheetName: string = SETS_SHEET,
  lang: Lang = "vi",
): StoredSetsRead {
  const sets: CriteriaSet[] = [];
  const issues: Issue[] = [];
  rows.forEach((row, r) => {
    const cells = row.map((v) =>
      typeof v === "string" ? v : v === null || v === undefined ? "" : String(v),
    );
    if (cells.every((c) => c.trim() === "")) return;
    const chunks = cells
      .slice(2)
      .map((c) => (c.startsWith(CHUNK_PREFIX) ? c.slice(CHUNK_PREFIX.length) : null));
    while (chunks.length > 0 && chunks[chunks.length - 1] === null) chunks.pop();
    const place = lang === "vi" ? `trang ${sheetName}, dòng ${r + 1}` : `sheet ${sheetName}, row ${r + 1}`;
    const read = readStoredSet(chunks, place, lang);
    if (read.ok) sets.push(read.set);
    else issues.push(...read.issues.map((i) => ({ ...i, sheet: sheetName, row: r + 1, cell: `A${r + 1}` })));
  });
  return { sets, issues };
}

export type ImportSetResult =
  | {
      ok: true;
      /** The sets sheet's rows after the import, to write back in one batch. */
      rows: string[][];
      set: CriteriaSet;
      /** True when a stored set with the same id was replaced. */
      replaced: boolean;
      /** The set's own validation issues (reported, not blocking) and any damaged stored row. */
      issues: Issue[];
    }
  | { ok: false; issues: Issue[] };

/**
 * Use case "import a set into the workbook", host-neutral: the picked JSON is loaded through the
 * schema (a bad file is set-schema issues, nothing written); the set replaces a stored set of the
 * same id or is added. Damaged rows of other sets are kept as they are (the tool never drops
 * what it cannot read), and reported.
 */
export function importSetIntoRows(
  json: unknown,
  rows: readonly (readonly unknown[])[],
  lang: Lang = "vi",
  chunkSize = DEFAULT_CHUNK_SIZE,
): ImportSetResult {
  const loaded = loadCriteriaSet(json, lang);
  if (!loaded.ok) return { ok: false, issues: loaded.issues };
  const set = loaded.set;
  const [fresh] = setsSheetRows([set], chunkSize);
  const out: string[][] = [];
  let replaced = false;
  const damaged: Issue[] = [];
  rows.forEach((row, r) => {
    const cells = row.map((v) =>
      typeof v === "string" ? v : v === null || v === undefined ? "" : String(v),
    );
    if (cells.every((c) => c.trim() === "")) return;
    if (cells[0] === set.id) {
      if (!replaced) out.push(fresh!);
      replaced = true;
      return;
    }
    const check = readSetsSheetRows([cells], SETS_SHEET, lang);
    damaged.push(...check.issues.map((i) => ({ ...i, row: r + 1, cell: `A${r + 1}` })));
    out.push(cells);
  });
  if (!replaced) out.push(fresh!);
  return { ok: true, rows: out, set, replaced, issues: [...loaded.issues, ...damaged] };
}

/**
 * The province's set for a unit type (Sheets province edition: one control spreadsheet holds a
 * set per unit type): the latest year among the stored sets that score that type, else null.
 */
export function latestSetForUnitType(sets: readonly CriteriaSet[], unitType: string): CriteriaSet | null {
  let best: CriteriaSet | null = null;
  for (const s of sets) if (s.unitTypes.includes(unitType) && (!best || s.year > best.year)) best = s;
  return best;
}
