/**
 * "Import a set" and stored sets over the in-memory workbook (the reference for every host):
 * a picked JSON or an annex sheet; issues name their annex cells; a set with errors is not stored;
 * a stored set is chosen, listed with its decision, and used by check; a damaged stored set is a
 * clear error, never skipped.
 */
import { scoringGrid, SCORING_SHEET } from "@cchc/test-kit";
import { DEFAULT_SETTINGS, getSampleSet, readSetsSheetRows, setsSheetRows, type Grid } from "../../src";
import {
  annexSetId,
  criteriaSetFor,
  importCriteriaSet,
  listCriteriaSets,
  loadSettings,
  MemoryWorkbook,
  runSync,
  ServiceError,
  validateWorkbook,
} from "../../src/workflow";

const ANNEX = "Phụ lục 01";

function annexGrid(rule11Max = 1): Grid {
  return {
    sheet: ANNEX,
    values: [
      ["BỘ TIÊU CHÍ XÁC ĐỊNH CHỈ SỐ CCHC CỦA CÁC SỞ, BAN, NGÀNH NĂM 2025"],
      [],
      ["STT", "Lĩnh vực/Tiêu chí", "Điểm tối đa", "Cách tính điểm"],
      ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC", 3, null],
      ["1", "Kế hoạch CCHC", 3, null],
      ["1.1", "Ban hành kế hoạch CCHC năm", rule11Max, "Đúng hạn: 1 điểm; chậm: 0,5 điểm; không: 0 điểm"],
      ["1.2", "Mức độ hoàn thành kế hoạch", 2, "Hoàn thành: 2 điểm; không hoàn thành: 0 điểm"],
      ["II", "XÂY DỰNG THỂ CHẾ", 4, null],
      ["1", "Rà soát văn bản", 4, "Có: 4 điểm; Không: 0 điểm"],
      [null, "Tổng cộng", 7, null],
    ],
  };
}

const sample = () => getSampleSet("sample-department-2025")!;
const own = () => ({
  ...sample(),
  id: "an-hoa-so-2025",
  name: "Bộ tiêu chí Sở An Hòa 2025",
  sample: false,
  source: { ...sample().source, decision: "Quyết định số 99/QĐ-UBND", date: "10/01/2025" },
});

describe("import a set from a JSON file", () => {
  it("stores it in one write, chooses it, lists it with its decision, and check uses it", () => {
    const wb = new MemoryWorkbook([scoringGrid()]);
    const reply = runSync(importCriteriaSet(wb, { source: "json", json: JSON.stringify(own()) }, "vi"));
    expect(reply).toMatchObject({ stored: true, replaced: false, errors: 0 });
    expect(reply.set).toMatchObject({ id: "an-hoa-so-2025", stored: true, year: 2025 });
    expect(reply.set?.decision).toBe("Quyết định số 99/QĐ-UBND (10/01/2025)");
    expect(reply.settings?.criteriaSetId).toBe("an-hoa-so-2025");
    expect(wb.calls["writeCriteriaSets"]).toBe(1);
    expect(wb.calls["readCriteriaSets"]).toBe(1);
    // What was written reads back as the same set.
    expect(readSetsSheetRows(wb.criteriaSets).sets[0]).toEqual(own());

    const listed = runSync(listCriteriaSets(wb));
    expect(listed[0]).toMatchObject({ id: "an-hoa-so-2025", stored: true, sample: false });
    const report = runSync(
      validateWorkbook(wb, { ...DEFAULT_SETTINGS, sheet: SCORING_SHEET, criteriaSetId: "an-hoa-so-2025" }),
    );
    expect(report.criteriaSetId).toBe("an-hoa-so-2025");
  });

  it("importing the same id again replaces it (one row), and keeps other sets", () => {
    const wb = new MemoryWorkbook([scoringGrid()]);
    wb.criteriaSets = setsSheetRows([{ ...own(), id: "khac" }]);
    runSync(importCriteriaSet(wb, { source: "json", json: own() }, "vi"));
    const again = runSync(importCriteriaSet(wb, { source: "json", json: { ...own(), name: "Sửa" } }, "vi"));
    expect(again.replaced).toBe(true);
    const sets = readSetsSheetRows(wb.criteriaSets).sets;
    expect(sets.map((s) => [s.id, s.name])).toEqual([
      ["khac", own().name],
      ["an-hoa-so-2025", "Sửa"],
    ]);
  });

  it("a file that is not a set writes nothing and says what is wrong", () => {
    const wb = new MemoryWorkbook([scoringGrid()]);
    const reply = runSync(importCriteriaSet(wb, { source: "json", json: { id: "x" } }, "vi"));
    expect(reply.stored).toBe(false);
    expect(reply.errors).toBeGreaterThan(0);
    expect(reply.issues[0]?.code).toBe("set-schema");
    expect(wb.calls["writeCriteriaSets"]).toBeUndefined();
    expect(wb.calls["writeSettings"]).toBeUndefined();
  });
});

describe("import a set from an annex sheet of the workbook", () => {
  it("derives it with the annex profile and stores it under a stable id", () => {
    const wb = new MemoryWorkbook([scoringGrid(), annexGrid()]);
    const reply = runSync(
      importCriteriaSet(
        wb,
        { source: "sheet", sheet: ANNEX, year: 2025, decision: "Quyết định số 99/QĐ-UBND" },
        "vi",
      ),
    );
    expect(reply.errors).toBe(0);
    expect(reply.stored).toBe(true);
    expect(reply.set).toMatchObject({ id: annexSetId(ANNEX, 2025), decision: "Quyết định số 99/QĐ-UBND" });
    expect(annexSetId(ANNEX, 2025)).toBe("phu-luc-01-2025");
    const set = runSync(criteriaSetFor(wb, "phu-luc-01-2025", "vi"));
    expect(set?.fields.map((f) => f.max)).toEqual([3, 4]);
  });

  it("an annex whose items do not add up is not stored; the issue names the annex cell", () => {
    const wb = new MemoryWorkbook([annexGrid(2)]);
    const reply = runSync(importCriteriaSet(wb, { source: "sheet", sheet: ANNEX, year: 2025 }, "vi"));
    expect(reply.stored).toBe(false);
    const sum = reply.issues.find((i) => i.severity === "error");
    expect(sum).toMatchObject({ sheet: ANNEX });
    expect(sum?.cell).toMatch(/^[A-Z]+\d+$/);
    expect(wb.criteriaSets).toEqual([]);
  });
});

describe("stored sets in every use case", () => {
  it("a damaged stored set is set-unreadable when its id is asked for (never skipped)", () => {
    const wb = new MemoryWorkbook([scoringGrid()]);
    const rows = setsSheetRows([own()]);
    rows[0] = rows[0]!.slice(0, 3); // the payload chunks are gone
    wb.criteriaSets = rows;
    let error: unknown;
    try {
      runSync(criteriaSetFor(wb, "an-hoa-so-2025", "vi"));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({ code: "set-unreadable" });
    expect((error as Error).message).toContain("_cchc_bo_tieu_chi");
  });

  it("a workbook with no settings uses its stored set (a handed-out table), not a sample", () => {
    const wb = new MemoryWorkbook([scoringGrid()]);
    expect(runSync(loadSettings(wb, "vi")).criteriaSetId).toBe(DEFAULT_SETTINGS.criteriaSetId);
    wb.criteriaSets = setsSheetRows([{ ...own(), year: 2024, id: "cu" }, own()]);
    const settings = runSync(loadSettings(wb, "vi"));
    expect(settings.criteriaSetId).toBe("an-hoa-so-2025");
    expect(settings.unitType).toBe("department");
    // Settings the user saved win.
    wb.settings = { ...DEFAULT_SETTINGS, criteriaSetId: null };
    expect(runSync(loadSettings(wb, "vi")).criteriaSetId).toBeNull();
  });
});
