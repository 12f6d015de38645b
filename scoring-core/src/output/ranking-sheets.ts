/**
 * Consolidation output: a ranking sheet per group, points per field per unit, lost points and
 * the files that could not be processed. Every text cell is neutralised by BlockBuilder.
 */
import type { Lang } from "../messages/lang";
import type { RankingReport, UnitResult } from "../reports/schemas";
import { compareCodes } from "../ranking/lost-points";
import type { SheetBlock } from "./sheet-block";
import { BlockBuilder, safeSheetName, uniqueSheetName } from "./block-builder";
import { labels } from "./labels";
import { RANKING_SHEET_MARKER } from "./markers";

export interface RankingSheetsOptions {
  /**
   * The units' results, for the per-field sheet (the ranking report carries totals only).
   * Required so no caller can silently write a per-field sheet without fields.
   */
  units: readonly UnitResult[];
}

function rankingSheet(group: RankingReport["groups"][number], lang: Lang, name: string): SheetBlock {
  const L = labels(lang);
  const b = new BlockBuilder();
  b.title(L.rankingTitle(group.group));
  b.header([
    L.no,
    L.unit,
    L.self,
    L.appraised,
    L.survey,
    L.bonus,
    L.penalty,
    L.final,
    L.max,
    L.index,
    L.rank,
    L.classification,
    L.errors,
    L.warnings,
    L.file,
  ]);
  group.rows.forEach((r, i) => {
    b.row([
      i + 1,
      r.unit,
      r.self,
      r.appraised,
      r.survey,
      r.bonus,
      r.penalty,
      r.final,
      r.max,
      r.index,
      r.rank,
      (lang === "en" ? r.classificationEn : r.classification) ?? "",
      r.errors,
      r.warnings,
      r.file ?? "",
    ]);
  });
  return b.build(
    name,
    [6, 36, 12, 12, 12, 10, 10, 10, 10, 11, 7, 14, 7, 9, 30],
    [2, 3, 4, 5, 6, 7, 8, 9],
    RANKING_SHEET_MARKER,
  );
}

function fieldsSheet(
  ranking: RankingReport,
  units: readonly UnitResult[],
  lang: Lang,
  name: string,
): SheetBlock {
  const L = labels(lang);
  const b = new BlockBuilder();
  // Field columns: every field any unit has, in code order.
  const fieldTitles = new Map<string, string>();
  const byUnit = new Map<string, Map<string, number>>();
  const key = (u: { group: string; unit: string; file: string | null }) =>
    `${u.group}\u0000${u.unit}\u0000${u.file ?? ""}`;
  for (const u of units) {
    const m = new Map<string, number>();
    for (const n of u.nodes) {
      if (n.level !== "field") continue;
      if (!fieldTitles.has(n.code)) fieldTitles.set(n.code, n.title);
      m.set(n.code, n.final);
    }
    byUnit.set(key(u), m);
  }
  const codes = [...fieldTitles.keys()].sort(compareCodes);
  b.title(L.fieldsTitle);
  b.header([L.no, L.unit, L.group, ...codes.map((c) => `${c}. ${fieldTitles.get(c)}`), L.final, L.index]);
  let i = 0;
  for (const g of ranking.groups) {
    for (const r of g.rows) {
      const m = byUnit.get(key(r));
      b.row([++i, r.unit, g.group, ...codes.map((c) => m?.get(c) ?? null), r.final, r.index]);
    }
  }
  const numberCols = Array.from({ length: codes.length + 2 }, (_, k) => 3 + k);
  return b.build(name, [6, 36, 18, ...codes.map(() => 14), 10, 11], numberCols, RANKING_SHEET_MARKER);
}

function lostSheet(ranking: RankingReport, lang: Lang, name: string): SheetBlock {
  const L = labels(lang);
  const b = new BlockBuilder();
  b.title(L.lostTitle);
  b.header([L.no, L.code, L.criterion, L.units, L.unitsLosing, L.lost, L.averageLost, L.lostPercent]);
  if (ranking.lostPoints.length === 0) b.row(["", "", L.none]);
  ranking.lostPoints.forEach((r, i) => {
    b.row([i + 1, r.code, r.title, r.units, r.unitsLosing, r.lost, r.averageLost, r.lostPercent]);
  });
  return b.build(name, [6, 10, 50, 10, 12, 12, 12, 12], [5, 6, 7], RANKING_SHEET_MARKER);
}

function failedSheet(ranking: RankingReport, lang: Lang, name: string): SheetBlock {
  const L = labels(lang);
  const b = new BlockBuilder();
  b.title(L.failedTitle);
  b.header([L.no, L.file, L.unit, L.reason]);
  if (ranking.failed.length === 0) b.row(["", L.none]);
  ranking.failed.forEach((f, i) => b.row([i + 1, f.file, f.unit ?? "", f.error]));
  return b.build(name, [6, 36, 30, 70], [], RANKING_SHEET_MARKER);
}

/** Consolidation output: ranking per group, points per field per unit, lost points, failed units. */
export function rankingSheets(
  ranking: RankingReport,
  lang: Lang,
  options: RankingSheetsOptions,
): SheetBlock[] {
  const L = labels(lang);
  const taken = new Set<string>();
  const name = (n: string) => uniqueSheetName(safeSheetName(n), taken);
  // Fixed names first, so a group called "Điểm bị mất" cannot take one of them.
  const fixed = { fields: name(L.fieldsSheet), lost: name(L.lostSheet), failed: name(L.failedSheet) };
  const blocks = ranking.groups.map((g) => rankingSheet(g, lang, name(L.rankingPrefix + g.group)));
  blocks.push(fieldsSheet(ranking, options.units, lang, fixed.fields));
  blocks.push(lostSheet(ranking, lang, fixed.lost));
  blocks.push(failedSheet(ranking, lang, fixed.failed));
  return blocks;
}
