/**
 * Past rankings for the demo's Xu hướng (no SheetJS in the demo page): a picked file whose bytes are
 * a year record's JSON stands for a ranking workbook carrying it (the tests upload such files), any
 * other file holds no record; in the Sheets demo a URL/ID naming a year (…2024…) opens a made-up
 * ranking of the demo units for that year. The trend itself is the core's (writeTrends).
 */
import { YEAR_RECORD_KIND, YEAR_RECORD_SHEET, yearRecordRows, type YearRecord } from "@cchc/scoring-core";
import type { TrendSource } from "@cchc/scoring-core/workflow";
import { DEMO_UNITS } from "./demo-units";

const recordSource = (name: string, record: YearRecord): TrendSource => ({
  name,
  grids: [{ sheet: YEAR_RECORD_SHEET, values: yearRecordRows(record) }],
});

/** A picked file: a year record's JSON, or a workbook without one. */
export function demoFileSource(name: string, data: ArrayBuffer): TrendSource {
  try {
    const parsed = JSON.parse(new TextDecoder().decode(data)) as { kind?: unknown };
    if (parsed && parsed.kind === YEAR_RECORD_KIND) return recordSource(name, parsed as YearRecord);
    // A renames list given as JSON rows ([["Tên cũ","Tên mới"], …]) stands for its sheet.
    if (Array.isArray(parsed)) return { name, grids: [{ sheet: "Sắp xếp", values: parsed as string[][] }] };
  } catch {
    // Not JSON: a workbook the demo cannot read, so one without a year record.
  }
  return { name, grids: [{ sheet: "Sheet1", values: [[name]] }] };
}

/** A spreadsheet URL/ID in the Sheets demo: made-up results of the year it names. */
export function demoSheetSource(ref: string): TrendSource {
  const year = Number(/20\d\d/.exec(ref)?.[0] ?? NaN);
  if (!Number.isFinite(year)) return { name: ref, grids: [{ sheet: "Sheet1", values: [[ref]] }] };
  const units = DEMO_UNITS.map((u, i) => {
    const index = Math.round((70 + ((i * 7) % 25) + (year - 2023) * (i % 2 === 0 ? 2.5 : -1.5)) * 100) / 100;
    return {
      unit: u.unit,
      group: u.group,
      unitType: null,
      rank: null as number | null,
      index,
      classification: index >= 80 ? "Tốt" : "Khá",
      self: index,
      appraised: null,
      survey: null,
      final: index,
      max: 100,
      errors: 0,
      warnings: 0,
      issueCodes: {},
      fields: [],
      leaves: [],
    };
  });
  // Ranks within each group by index, as a real ranking has them.
  for (const group of new Set(units.map((u) => u.group))) {
    const members = units.filter((u) => u.group === group).sort((a, b) => b.index - a.index);
    members.forEach((u, i) => (u.rank = i + 1));
  }
  return recordSource(ref, {
    kind: YEAR_RECORD_KIND,
    version: 1,
    year,
    province: null,
    criteriaSetIds: [],
    units,
  });
}
