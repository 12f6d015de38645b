/**
 * The province's criteria set stored in a spreadsheet (Sheets): "import a set" through
 * google.script.run's entry point, from a JSON file or an annex sheet; the hidden sheet
 * `_cchc_bo_tieu_chi` written in one setValues as text; check and template use the stored set;
 * a damaged stored set is a clear error.
 */
import { DEFAULT_SETTINGS, getSampleSet, readSetsSheetRows, SETS_SHEET } from "@cchc/scoring-core";
import * as main from "../../src/server/main";
import { DATA_CALL } from "../fakes/calls";
import { installGlobals, removeGlobals } from "../fixtures/globals";
import { departmentSheet, putGrid } from "../fixtures/sheets";

afterEach(removeGlobals);

const sample = () => getSampleSet("sample-department-2025")!;
const own = (id = "an-hoa-so-2025") => ({
  ...sample(),
  id,
  name: "Bộ tiêu chí Sở An Hòa 2025",
  sample: false,
  source: { ...sample().source, decision: "Quyết định số 99/QĐ-UBND", date: "10/01/2025" },
});

const ANNEX = {
  sheet: "Phụ lục 01",
  values: [
    ["BỘ TIÊU CHÍ XÁC ĐỊNH CHỈ SỐ CCHC CỦA CÁC SỞ, BAN, NGÀNH NĂM 2025"],
    [],
    ["STT", "Lĩnh vực/Tiêu chí", "Điểm tối đa", "Cách tính điểm"],
    ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC", 3, null],
    ["1", "Kế hoạch CCHC", 3, null],
    ["1.1", "Ban hành kế hoạch CCHC năm", 1, "Đúng hạn: 1 điểm; chậm: 0,5 điểm; không: 0 điểm"],
    ["1.2", "Mức độ hoàn thành kế hoạch", 2, "Hoàn thành: 2 điểm; không hoàn thành: 0 điểm"],
    ["II", "XÂY DỰNG THỂ CHẾ", 4, null],
    ["1", "Rà soát văn bản", 4, "Có: 4 điểm; Không: 0 điểm"],
    [null, "Tổng cộng", 7, null],
  ],
};

describe("stored criteria sets in Sheets", () => {
  it("imports a JSON set into a hidden text sheet in one setValues; check and template use it", () => {
    const env = installGlobals();
    departmentSheet(env);
    env.log.reset();
    // An id that looks like a number stays text (written with a leading apostrophe).
    const reply = main.importCriteriaSet({ source: "json", json: JSON.stringify(own("2025")) });
    expect(reply).toMatchObject({ stored: true, errors: 0 });
    expect(env.log.count(/^Range\.setValues$/)).toBe(1);
    expect(env.log.count(DATA_CALL)).toBe(1);
    const sheet = env.book._sheets.find((s) => s._name === SETS_SHEET)!;
    expect(sheet._hidden).toBe(true);
    const rows = sheet._cells.map((r) => r.map((c) => c.value));
    expect(rows[0]![0]).toBe("2025");
    expect(readSetsSheetRows(rows).sets[0]).toEqual(own("2025"));

    expect(main.loadSettings().criteriaSetId).toBe("2025");
    expect(main.listCriteriaSets()[0]).toMatchObject({
      id: "2025",
      stored: true,
      decision: "Quyết định số 99/QĐ-UBND (10/01/2025)",
    });
    const report = main.validate({ ...DEFAULT_SETTINGS, criteriaSetId: "2025" });
    expect(report.criteriaSetId).toBe("2025");
    expect(main.createTemplate({ criteriaSetId: "2025", unit: "Sở Y tế" }).sheet).toBeTruthy();
  });

  it("imports from an annex sheet; a broken one is refused with the annex cell named", () => {
    const env = installGlobals();
    putGrid(env, ANNEX);
    const ok = main.importCriteriaSet({ source: "sheet", sheet: ANNEX.sheet, year: 2025 });
    expect(ok).toMatchObject({ stored: true, set: { id: "phu-luc-01-2025" } });
    putGrid(env, {
      sheet: "Phụ lục 02",
      values: ANNEX.values.map((r) => (r[0] === "1.1" ? ["1.1", r[1]!, 2, r[3]!] : r)),
    });
    const bad = main.importCriteriaSet({ source: "sheet", sheet: "Phụ lục 02", year: 2025 });
    expect(bad.stored).toBe(false);
    expect(bad.issues.find((i) => i.severity === "error")).toMatchObject({ sheet: "Phụ lục 02" });
  });

  it("a request that is not an import is refused before the core sees it", () => {
    installGlobals();
    expect(() => main.importCriteriaSet({ source: "url", url: "x" })).toThrow(/^\[cchc:server-error\]/);
  });

  it("a damaged stored set is a clear error naming the hidden sheet's row, not a silent sample", () => {
    const env = installGlobals();
    departmentSheet(env);
    main.importCriteriaSet({ source: "json", json: own() });
    const sheet = env.book._sheets.find((s) => s._name === SETS_SHEET)!;
    sheet._cells[0]!.length = 3; // the payload chunks are gone
    expect(() => main.validate({ ...DEFAULT_SETTINGS, criteriaSetId: "an-hoa-so-2025" })).toThrow(
      /_cchc_bo_tieu_chi, dòng 1/,
    );
  });

  it("the fakes keep Sheets' rules: 50 000 characters per cell, never hide the last sheet", () => {
    const env = installGlobals();
    const only = env.book._sheets[0] ?? env.book._addSheet("Trang tính1");
    for (const s of env.book._sheets) if (s !== only) s._hidden = true;
    expect(() => only.proxy.hideSheet()).toThrow(/hide all the sheets/);
    expect(() => only.proxy.getRange(1, 1).setValues([["a".repeat(50_001)]])).toThrow(/50000/);
  });
});
