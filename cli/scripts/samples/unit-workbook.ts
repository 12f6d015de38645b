/** Whole sample workbooks (bytes), for the generator, the tests and the benchmark. */
import * as XLSX from "@e965/xlsx";
import { SAMPLE_SETS, type CriteriaSet } from "@cchc/scoring-core";
import { rng as makeRng, type Rng } from "./prng";
import { unitSheet, type UnitVariation } from "./unit-sheet";
import { deterministicZip } from "./deterministic-zip";

export const PLAIN: UnitVariation = {
  commaText: false,
  mergedHeader: false,
  altHeaders: false,
  roman: false,
  appraisal: false,
  missingEvidence: 0,
  notApplicable: false,
};

export function sampleSetFor(unitType: string): CriteriaSet {
  const set = SAMPLE_SETS.find((s) => s.unitTypes.includes(unitType));
  if (!set) throw new Error(`scoring-core has no sample set for unit type "${unitType}"`);
  return set;
}

export function workbookBytes(sheets: [string, XLSX.WorkSheet][]): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const [name, ws] of sheets) XLSX.utils.book_append_sheet(wb, ws, name);
  const raw = XLSX.write(wb, { type: "array", bookType: "xlsx", compression: true }) as ArrayBuffer;
  return deterministicZip(new Uint8Array(raw));
}

export interface SampleUnitOptions {
  unit: string;
  unitType: "department" | "commune" | string;
  variation?: Partial<UnitVariation>;
  quality?: number;
  sheetName?: string;
  /** Extra sheets before the table. */
  before?: [string, XLSX.WorkSheet][];
  rng?: Rng;
  seed?: number;
  year?: number;
}

export function sampleUnitSheet(o: SampleUnitOptions): XLSX.WorkSheet {
  return unitSheet({
    unit: o.unit,
    unitType: o.unitType,
    set: sampleSetFor(o.unitType),
    year: o.year ?? 2025,
    quality: o.quality ?? 0.85,
    variation: { ...PLAIN, ...o.variation },
    rng: o.rng ?? makeRng(o.seed ?? 1),
  });
}

export function sampleUnitWorkbook(o: SampleUnitOptions): Uint8Array {
  return workbookBytes([...(o.before ?? []), [o.sheetName ?? "Bảng chấm điểm", sampleUnitSheet(o)]]);
}
