import fc from "fast-check";
import type { Grid } from "../../src/grid/grid";
import { getSampleSet } from "../../src/criteria-set/samples/index";
import { readControlUnits } from "../../src/province/control-sheets";
import {
  consolidationUnits,
  criteriaSetForUnit,
  handOutDecisions,
  openFailure,
  unitTypeOf,
} from "../../src/province/unit-plan";

const HEADER = [
  "Tên đơn vị",
  "Nhóm",
  "Loại đơn vị",
  "Email người chấm",
  "Bảng tính (URL hoặc ID)",
  "Điểm ĐTXHH",
  "Trạng thái",
  "Ghi chú của công cụ",
];
const ID = "1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789";

function grid(rows: (string | number | null)[][]): Grid {
  return { sheet: "Đơn vị", values: [HEADER, ...rows], formulas: [], merges: [], origin: { row: 0, col: 0 } };
}

describe("handOutDecisions", () => {
  it("skips rows with a spreadsheet, fails rows with errors, creates the rest", () => {
    const control = readControlUnits(
      grid([
        ["Sở A", "Sở", "Sở", "a@x.vn", `https://docs.google.com/spreadsheets/d/${ID}/edit`, 10, "", ""],
        ["Sở B", "Sở", "Sở", "b@x.vn", "", null, "", ""],
        ["Sở  b", "Sở", "Sở", "c@x.vn", "", null, "", ""],
        ["Sở C", "Sở", "Sở", "not-an-email", "", null, "", ""],
        ["Sở D", "Sở", "Sở", "d@x.vn", "www.example.com", null, "", ""],
      ]),
    );
    const d = handOutDecisions(control, "vi").map((x) => [x.unit.row, x.action]);
    expect(d).toEqual([
      [2, "skip"],
      [3, "create"],
      [4, "fail"],
      [5, "fail"],
      [6, "fail"],
    ]);
  });
});

describe("consolidationUnits", () => {
  it("keys units by spreadsheet id and lists every other row with a reason", () => {
    const url = `https://docs.google.com/spreadsheets/d/${ID}/edit`;
    const control = readControlUnits(
      grid([
        ["Sở A", "Sở", "Sở", "a@x.vn", url, 10, "", ""],
        ["Sở B", "Sở", "Sở", "b@x.vn", "", null, "", ""],
        ["Sở C", "Sở", "Sở", "c@x.vn", ID, null, "", ""],
        ["sở a", "Sở", "Sở", "d@x.vn", "", null, "", ""],
      ]),
    );
    const { units, failed } = consolidationUnits(control, "vi", (r) => `E${r}`);
    expect(units.map((u) => [u.key, u.unit, u.survey])).toEqual([[ID, "Sở A", 10]]);
    expect(failed.map((f) => f.file)).toEqual(["Đơn vị!E3", "Đơn vị!E4", "Đơn vị!E5"]);
    expect(failed[0]!.error).toMatch(/Chưa phát bảng: ô E3/);
    expect(failed[1]!.error).toMatch(/cùng bảng tính với dòng 2/);
  });

  it("property: every named row is either a unit or failed, never both, never dropped", () => {
    const row = fc.record({
      name: fc.constantFrom("Sở A", "Sở B", "sở a", "UBND xã C", "=SUM(1)"),
      link: fc.constantFrom("", ID, `${ID}x`, "bad link"),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), (rows) => {
        const control = readControlUnits(grid(rows.map((r) => [r.name, "", "", "", r.link, null, "", ""])));
        const { units, failed } = consolidationUnits(control, "en", (r) => `E${r}`);
        expect(units.length + failed.length).toBe(rows.length);
      }),
    );
  });
});

describe("unit types and criteria sets", () => {
  it("reads Vietnamese and English unit types", () => {
    expect(unitTypeOf("Sở, ban, ngành")).toBe("department");
    expect(unitTypeOf("UBND xã")).toBe("commune");
    expect(unitTypeOf("Phường")).toBe("commune");
    expect(unitTypeOf(null)).toBeNull();
  });
  it("picks a set of the same year covering the unit's type", () => {
    const dept = getSampleSet("sample-department-2025")!;
    expect(criteriaSetForUnit(dept, "commune").id).toBe("sample-commune-2025");
    expect(criteriaSetForUnit(dept, "department").id).toBe(dept.id);
    expect(criteriaSetForUnit(dept, "other").id).toBe(dept.id);
  });
  it("explains why a spreadsheet did not open", () => {
    expect(
      openFailure("Exception: You do not have permission to access the requested document.", "vi").code,
    ).toBe("no-access");
    expect(
      openFailure(
        "Exception: Unexpected error while getting the method or property openById on object SpreadsheetApp.",
        "en",
      ).code,
    ).toBe("cannot-open");
  });
});
