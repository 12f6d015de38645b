import type { TemplateSpec } from "@cchc/scoring-core";
import { renderTemplate, TEMPLATE_KEY, templateValues } from "../../src/server/template";
import { createTemplate } from "../../src/server/use-cases";
import { fakeAppsScript } from "../fakes/apps-script";
import { departmentSheet } from "../fixtures/sheets";

/** A small spec shaped like the core's: title, header, a field, two leaves, a total row. */
function spec(): TemplateSpec {
  const cols = [
    { role: "code", header: "STT", width: 6, editable: false },
    { role: "title", header: "Tiêu chí", width: 40, editable: false },
    { role: "max", header: "Điểm tối đa", width: 8, editable: false },
    { role: "self", header: "Điểm tự đánh giá", width: 8, editable: true },
    { role: "evidence", header: "Tài liệu kiểm chứng", width: 30, editable: true },
  ] as TemplateSpec["columns"];
  return {
    sheetName: "Tự chấm 2025",
    columns: cols,
    rows: [
      { kind: "title", cells: ["=BẢNG TỰ CHẤM (tiêu đề bắt đầu bằng dấu =)"] },
      { kind: "header", cells: cols.map((c) => c.header) },
      {
        kind: "field",
        code: "1",
        cells: ["I", "Công tác chỉ đạo", { formula: "=SUM(C4:C5)" }, { formula: "SUM(D4:D5)" }, null],
      },
      {
        kind: "subcriterion",
        code: "1.1",
        cells: ["1.1", "Kế hoạch CCHC", 1.5, null, null],
        validation: { kind: "decimal", min: 0, max: 1.5 },
      },
      {
        kind: "subcriterion",
        code: "1.2",
        cells: ["1.2", "Báo cáo", 1, null, null],
        validation: { kind: "list", values: [0, 0.5, 1] },
      },
      { kind: "total", cells: ["", "Tổng cộng", { formula: "=C3" }, { formula: "=D3" }, null] },
    ],
    frozenRows: 2,
    conditionalFormats: [{ kind: "missing-evidence", range: "D4:D5", formula: '=AND(D4>0,E4="")' }],
    editableRanges: ["D4:E5"],
    appraisalRanges: [],
    totalCells: { self: "D6", max: "C6" },
  };
}

function setup() {
  const env = fakeAppsScript();
  env.book._addSheet("Trang tính1");
  return { env, book: env.services.SpreadsheetApp.getActiveSpreadsheet() };
}

describe("renderTemplate", () => {
  it("writes cells and formulas in one setValues, neutralising text", () => {
    const { env, book } = setup();
    env.log.reset();
    expect(renderTemplate(env.services, book, spec(), "mau-2025")).toEqual({ sheet: "Tự chấm 2025" });
    expect(env.log.count(/^Range\.setValues$/)).toBe(1);
    const sheet = env.book._sheet("Tự chấm 2025");
    expect(sheet.proxy.getRange("C3:D3").getFormulas()).toEqual([["=SUM(C4:C5)", "=SUM(D4:D5)"]]);
    expect(sheet.proxy.getRange("A1").getFormulas()).toEqual([[""]]);
    expect(sheet._text("A1")).toMatch(/^=BẢNG/);
    expect(sheet._metadata).toEqual([{ key: TEMPLATE_KEY, value: "mau-2025" }]);
    expect(sheet._frozenRows).toBe(2);
    expect(env.book._active).toBe(sheet);
  });

  it("puts data validation on score cells: a range, or a list of allowed points checked as numbers", () => {
    const { env, book } = setup();
    renderTemplate(env.services, book, spec(), "mau-2025");
    const sheet = env.book._sheet("Tự chấm 2025");
    const range = sheet._peek(3, 3)!.validation!;
    expect([range._type, range._values, range._allowInvalid]).toEqual(["NUMBER_BETWEEN", [0, 1.5], false]);
    const list = sheet._peek(4, 3)!.validation!;
    expect([list._type, list._values]).toEqual(["CUSTOM_FORMULA", ["=OR(D5=0,D5=0.5,D5=1)"]]);
    expect(list._help).toContain("0,5");
  });

  it("adds the spec's conditional formats and protects the structure, leaving the unit's cells editable", () => {
    const { env, book } = setup();
    renderTemplate(env.services, book, spec(), "mau-2025");
    const sheet = env.book._sheet("Tự chấm 2025");
    expect(sheet._rules.map((r) => [r._formula, r._ranges.map((x) => x.getA1Notation())])).toEqual([
      ['=AND(D4>0,E4="")', ["D4:D5"]],
    ]);
    expect(sheet._protections).toHaveLength(1);
    const p = sheet._protections[0]!;
    expect(p._description).toMatch(/Chỉ số CCHC/);
    expect(p._unprotected.map((r) => r.getA1Notation())).toEqual(["D4:E5"]);
  });

  it("never reuses a name: a second template goes to “… (2)”", () => {
    const { env, book } = setup();
    renderTemplate(env.services, book, spec(), "mau-2025");
    expect(renderTemplate(env.services, book, spec(), "mau-2025")).toEqual({ sheet: "Tự chấm 2025 (2)" });
  });

  it("deletes the new sheet when a step fails, so nothing half-built stays", () => {
    const { env, book } = setup();
    env.log.failOn(/^Protection\.setUnprotectedRanges$/, "Exception: Service error: Spreadsheets");
    expect(() => renderTemplate(env.services, book, spec(), "mau-2025")).toThrow(/Service error/);
    expect(env.book._sheets.map((s) => s._name)).toEqual(["Trang tính1"]);
  });

  it("templateValues turns formula cells into '=' strings and pads rows to one width", () => {
    const values = templateValues(spec());
    expect(values.every((r) => r.length === 5)).toBe(true);
    expect(values[2]![3]).toBe("=SUM(D4:D5)");
  });
});

describe("createTemplate (with the core)", () => {
  it("builds a protected scoring sheet from a sample set", () => {
    const env = fakeAppsScript();
    env.book._addSheet("Trang tính1");
    const out = createTemplate(
      env.services,
      { criteriaSetId: "sample-department-2025", unit: "Sở Tư pháp", year: 2025 },
      "vi",
    );
    const sheet = env.book._sheet(out.sheet);
    expect(sheet._lastRow()).toBeGreaterThan(20);
    expect(sheet._protections[0]!._unprotected.length).toBeGreaterThan(0);
  });

  it("derives the set from an official annex pasted into a sheet", () => {
    const env = fakeAppsScript();
    const { fixture } = departmentSheet(env);
    const out = createTemplate(
      env.services,
      { annexSheet: fixture.grid.sheet, unit: "Sở Nội vụ", year: 2025 },
      "vi",
    );
    expect(out.sheet).not.toBe(fixture.grid.sheet);
    const sheet = env.book._sheet(out.sheet);
    expect(sheet._lastRow()).toBeGreaterThan(20);
    // The annex itself is only read.
    expect(env.book._sheet(fixture.grid.sheet)._protections).toEqual([]);
  });

  it("names an unknown sample set and an annex sheet that is not there", () => {
    const env = fakeAppsScript();
    env.book._addSheet("Trang tính1");
    expect(() => createTemplate(env.services, { criteriaSetId: "khong-co", unit: "X" }, "vi")).toThrow(
      "[cchc:set-not-found] khong-co",
    );
    expect(() => createTemplate(env.services, { annexSheet: "Phụ lục", unit: "X" }, "vi")).toThrow(
      "[cchc:sheet-not-found] Phụ lục",
    );
    expect(() => createTemplate(env.services, { criteriaSetJson: { nonsense: 1 }, unit: "X" }, "vi")).toThrow(
      /\[cchc:set-invalid\]/,
    );
  });
});
