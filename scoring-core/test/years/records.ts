/** Year records built by hand for the years/improvement/inspection tests (sample data). */
import type { UnitYear, YearRecord } from "../../src/years/year-record";

export function unitYear(p: Partial<UnitYear> & { unit: string }): UnitYear {
  return {
    group: "Sở, ban, ngành",
    unitType: "department",
    rank: 1,
    index: 80,
    classification: "Tốt",
    self: 80,
    appraised: 80,
    survey: 0,
    final: 80,
    max: 100,
    errors: 0,
    warnings: 0,
    issueCodes: {},
    fields: [],
    leaves: [],
    ...p,
  };
}

export function record(year: number, units: UnitYear[]): YearRecord {
  return { kind: "cchc-year-results", version: 1, year, province: "Tỉnh Mẫu", criteriaSetIds: [], units };
}
