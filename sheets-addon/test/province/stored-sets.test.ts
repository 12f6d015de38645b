/**
 * The province's own criteria sets (issue #10, Sheets province edition): imported into the
 * control spreadsheet, hand-out writes each unit's table from the stored set for its unit type
 * and copies that set into the unit's file (hidden), so the unit's one-click check
 * uses the province's set and consolidation scores with it — never a sample.
 */
import { getSampleSet, readSetsSheetRows, SETS_SHEET, type CriteriaSet } from "@cchc/scoring-core";
import { beginConsolidation, consolidateUnit } from "../../src/server/province/consolidate";
import { handOutTables } from "../../src/server/province/hand-out";
import type { Services } from "../../src/server/services";
import { importCriteriaSet, loadSettings, validateSheet } from "../../src/server/use-cases";
import { FakeProvinceSpreadsheetApp } from "../fakes/drive";
import { FakePropertiesService } from "../fakes/services";
import { idOnRow, provinceWith, typeOneScore, unitRows } from "./province-fixture";

/** A province's own set: the sample's tree under its own id, name and first field title. */
function own(sampleId: string, id: string, field: string): CriteriaSet {
  const sample = getSampleSet(sampleId)!;
  return {
    ...sample,
    id,
    name: `Bộ tiêu chí ${id}`,
    sample: false,
    source: { ...sample.source, decision: "Quyết định số 99/QĐ-UBND", date: "10/01/2025" },
    fields: sample.fields.map((f, i) => (i === 0 ? { ...f, title: field } : f)),
  };
}

const DEPT = own("sample-department-2025", "an-hoa-so-2025", "CÔNG TÁC CHỈ ĐẠO CCHC CỦA TỈNH AN HÒA");
const COMMUNE = own("sample-commune-2025", "an-hoa-xa-2025", "CÔNG TÁC CHỈ ĐẠO CCHC CẤP XÃ AN HÒA");

function texts(book: { _sheets: { _hidden: boolean; _cells: { value: unknown }[][] }[] }): string {
  return book._sheets
    .filter((s) => !s._hidden)
    .flatMap((s) => s._cells.flatMap((r) => r.map((c) => String(c.value))))
    .join("\n");
}

describe("the province's stored sets in hand-out and the unit's check", () => {
  it("each unit's table comes from the stored set for its type, which travels with it; the unit's check uses it", () => {
    // Units 1, 2 are departments; unit 3 is a commune.
    const env = provinceWith(unitRows(3));
    for (const set of [DEPT, COMMUNE])
      expect(importCriteriaSet(env.services, { source: "json", json: set }, "vi").stored).toBe(true);
    // "Cài đặt" still names the department sample: the province's own sets win for each type.
    const reply = handOutTables(env.services, "vi");
    expect(reply.created).toHaveLength(3);

    const expected = [DEPT, DEPT, COMMUNE];
    expected.forEach((set, i) => {
      const book = env.world.book(idOnRow(env, i + 2));
      const hidden = book._sheets.find((s) => s._name === SETS_SHEET)!;
      expect(hidden._hidden).toBe(true);
      const rows = hidden._cells.map((r) => r.map((c) => c.value));
      const copied = readSetsSheetRows(rows);
      expect(copied.issues).toEqual([]);
      expect(copied.sets).toEqual([set]);
      // The table itself was written from that set.
      expect(texts(book)).toContain(set.fields[0]!.title);

      // The unit opens its file: no settings of its own; one click checks against the province's set.
      const unitSvc: Services = {
        ...env.services,
        SpreadsheetApp: new FakeProvinceSpreadsheetApp(env.log, book, env.world).proxy,
        PropertiesService: new FakePropertiesService(env.log).proxy,
      };
      const settings = loadSettings(unitSvc);
      expect(settings.criteriaSetId).toBe(set.id);
      const report = validateSheet(unitSvc, settings);
      expect(report.tableFound).toBe(true);
      expect(report.criteriaSetId).toBe(set.id);
      expect(report.sheet).not.toBe(SETS_SHEET);
    });
  });

  it("consolidation scores each unit with the province's set for its type (read only for those units)", () => {
    const units = unitRows(3);
    const env = provinceWith(units);
    for (const set of [DEPT, COMMUNE]) importCriteriaSet(env.services, { source: "json", json: set }, "vi");
    handOutTables(env.services, "vi");
    units.forEach((u, i) => typeOneScore(env, i + 2, u));
    const begin = beginConsolidation(env.services, "vi", "c", 1);
    expect(begin.units.map((u) => (u as { setId?: string }).setId)).toEqual([DEPT.id, DEPT.id, COMMUNE.id]);
    for (const u of begin.units) {
      env.log.reset();
      const reply = consolidateUnit(env.services, "vi", begin.jobId, u, begin.criteriaSetId);
      expect(reply.ok).toBe(true);
      // Node titles come from the set scored with: the province's, not the sample's.
      const own = (u as { setId?: string }).setId === DEPT.id ? DEPT : COMMUNE;
      expect(reply.ok && reply.result.nodes[0]?.title).toBe(own.fields[0]!.title);
      // The control's sets sheet is read: one lookup and one read more than with a sample.
      expect(env.log.count(/^Spreadsheet\.getSheetByName$/)).toBe(1);
    }
  });

  it("importing a set chooses it in “Cài đặt” for its unit type; hand-out and consolidation use it", () => {
    const env = provinceWith(unitRows(3));
    const settings = env.control._sheet("Cài đặt");
    const chosen = () => settings._cells.find((r) => r[0]?.value === "Bộ tiêu chí")?.[1]?.value;
    expect(chosen()).toBe("sample-department-2025");
    importCriteriaSet(env.services, { source: "json", json: DEPT }, "vi");
    // The department sample gives way; the commune set joins for its own type.
    expect(chosen()).toBe(DEPT.id);
    importCriteriaSet(env.services, { source: "json", json: COMMUNE }, "vi");
    expect(chosen()).toBe(`${DEPT.id}, ${COMMUNE.id}`);
    // An amended department set of the same year: the one imported last is the one chosen.
    const amended = { ...own("sample-department-2025", "an-hoa-so-2025-sua-doi", "CHỈ ĐẠO CCHC (SỬA ĐỔI)") };
    env.log.reset();
    importCriteriaSet(env.services, { source: "json", json: amended }, "vi");
    expect(chosen()).toBe(`${amended.id}, ${COMMUNE.id}`);
    // Storing is one write; choosing, one read of "Cài đặt" and one cell written.
    expect(env.log.count(/^Range\.setValues$/)).toBe(2);

    handOutTables(env.services, "vi");
    [amended, amended, COMMUNE].forEach((set, i) => {
      const book = env.world.book(idOnRow(env, i + 2));
      expect(texts(book)).toContain(set.fields[0]!.title);
    });
    const begin = beginConsolidation(env.services, "vi", "c", 1);
    expect(begin.units.map((u) => (u as { setId?: string }).setId)).toEqual([
      amended.id,
      amended.id,
      COMMUNE.id,
    ]);
  });

  it("a units' spreadsheet (no “Cài đặt”) is left as it is by an import", () => {
    const env = provinceWith(unitRows(1));
    const settings = env.control._sheets.find((s) => s._name === "Cài đặt")!;
    settings._name = "Ghi chú";
    env.log.reset();
    expect(importCriteriaSet(env.services, { source: "json", json: DEPT }, "vi").stored).toBe(true);
    // Only the set's own write.
    expect(env.log.count(/^Range\.setValues$/)).toBe(1);
  });

  it("without stored sets, hand-out still uses the set “Cài đặt” names (and copies it)", () => {
    const env = provinceWith(unitRows(1));
    handOutTables(env.services, "vi");
    const book = env.world.book(idOnRow(env, 2));
    const hidden = book._sheets.find((s) => s._name === SETS_SHEET)!;
    const rows = hidden._cells.map((r) => r.map((c) => c.value));
    expect(readSetsSheetRows(rows).sets.map((s) => s.id)).toEqual(["sample-department-2025"]);
  });

  it("a stored set that cannot be read stops hand-out with a message naming its row", () => {
    const env = provinceWith(unitRows(1));
    importCriteriaSet(env.services, { source: "json", json: DEPT }, "vi");
    env.control._sheet("Cài đặt")._fill([
      ["Năm đánh giá", 2025],
      ["Bộ tiêu chí", DEPT.id],
    ]);
    const hidden = env.control._sheets.find((s) => s._name === SETS_SHEET)!;
    hidden._cells[0]!.length = 3;
    expect(() => handOutTables(env.services, "vi")).toThrow(/_cchc_bo_tieu_chi, dòng 1/);
  });
});
