import type { Grid } from "../../src/grid/grid";
import {
  extractSpreadsheetId,
  parseEmails,
  parseVietnameseDate,
  readAssignment,
  readControlUnits,
  readProvinceSettings,
  provinceHeading,
  settingsSheetRows,
  settingsSetIds,
  chooseSetId,
  controlSheetHeader,
} from "../../src/province/control-sheets";

const ID = "1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-ab";

function unitsGrid(rows: (string | number | null)[][]): Grid {
  return { sheet: "Đơn vị", values: [controlSheetHeader("units", "vi"), ...rows] };
}

describe("the units sheet", () => {
  it("reads units, e-mails, URLs and survey points", () => {
    const g = unitsGrid([
      [
        "Sở Tư pháp",
        "Sở, ban, ngành",
        "department",
        "a@stp.gov.vn; b@stp.gov.vn",
        `https://docs.google.com/spreadsheets/d/${ID}/edit#gid=0`,
        "20,5",
        "",
        "",
      ],
      ["UBND xã Tân Lập", "UBND xã, phường", "commune", "", "", 21, "", ""],
    ]);
    const r = readControlUnits(g);
    expect(r.issues).toEqual([]);
    expect(r.units[0]).toMatchObject({
      unit: "Sở Tư pháp",
      editors: ["a@stp.gov.vn", "b@stp.gov.vn"],
      spreadsheetId: ID,
      survey: 20.5,
      row: 2,
    });
    expect(r.units[1]).toMatchObject({ unitType: "commune", spreadsheetId: null, survey: 21 });
    expect(r.columns.status).toBe(6);
  });

  it("names the cell of a duplicate unit, a bad e-mail and a bad URL, and keeps the unit", () => {
    const g = unitsGrid([
      ["Sở Tư pháp", "Sở", "", "", "", "", "", ""],
      ["SỞ TƯ  PHÁP", "Sở", "", "khong-phai-email", "http://example.com/x", "", "", ""],
    ]);
    const r = readControlUnits(g);
    expect(r.issues.map((i) => [i.code, i.cell])).toEqual([
      ["unit-duplicate", "A3"],
      ["email-invalid", "D3"],
      ["spreadsheet-url-invalid", "E3"],
    ]);
    expect(r.units).toHaveLength(2);
    expect(r.issues[0]!.message).toBe("Ô A3: đơn vị “SỞ TƯ PHÁP” bị trùng với dòng 2.");
  });

  it("reports a missing header instead of throwing", () => {
    const r = readControlUnits({ sheet: "Đơn vị", values: [["x"]] });
    expect(r.units).toEqual([]);
    expect(r.issues[0]!.code).toBe("column-missing");
  });
});

describe("helpers", () => {
  it("extracts spreadsheet ids", () => {
    expect(extractSpreadsheetId(`https://docs.google.com/spreadsheets/d/${ID}/edit`)).toBe(ID);
    expect(extractSpreadsheetId(ID)).toBe(ID);
    expect(extractSpreadsheetId('=HYPERLINK("x")')).toBeNull();
    expect(extractSpreadsheetId("abc")).toBeNull();
  });
  it("splits e-mails", () => {
    expect(parseEmails("A@x.vn, b@y.vn;; a@x.vn bad")).toEqual({
      emails: ["a@x.vn", "b@y.vn"],
      invalid: ["bad"],
    });
  });
  it("parses Vietnamese dates strictly", () => {
    expect(parseVietnameseDate("22/12/2025")).toBe("2025-12-22");
    expect(parseVietnameseDate("2025-12-22")).toBe("2025-12-22");
    expect(parseVietnameseDate("31/02/2025")).toBeNull();
    expect(parseVietnameseDate("29/02/2024")).toBe("2024-02-29");
    expect(parseVietnameseDate("ngày mai")).toBeNull();
  });
});

describe("appraisal assignment", () => {
  it("maps fields (Arabic or Roman) to departments and appraisers", () => {
    const g: Grid = {
      sheet: "Phân công thẩm định",
      values: [
        controlSheetHeader("assignment", "vi"),
        ["VI", "Sở Tài chính", "tc@stc.gov.vn"],
        ["2", "Sở Tư pháp", "x@stp.gov.vn, nope"],
      ],
    };
    const r = readAssignment(g);
    expect(r.assignments.map((a) => [a.field, a.department, a.appraisers])).toEqual([
      ["6", "Sở Tài chính", ["tc@stc.gov.vn"]],
      ["2", "Sở Tư pháp", ["x@stp.gov.vn"]],
    ]);
    expect(r.issues.map((i) => [i.code, i.cell])).toEqual([["email-invalid", "C3"]]);
  });
});

describe("province settings", () => {
  it("round-trips through the sheet rows", () => {
    const settings = {
      year: 2025,
      criteriaSetId: "sample-department-2025",
      selfAssessmentDeadline: "2025-12-22",
      classification: "national",
      tieRule: { mode: "competition" as const, decimals: 3 },
      missingSurvey: "provisional" as const,
    };
    const r = readProvinceSettings({ sheet: "Cài đặt", values: settingsSheetRows(settings, "vi") });
    expect(r).toEqual({ ok: true, settings, issues: [] });
  });
  it("reads the published heading (issuer, province, decision, signer) and writes it back", () => {
    const settings = {
      year: 2025,
      criteriaSetId: "sample-department-2025",
      selfAssessmentDeadline: null,
      classification: "five-level",
      tieRule: { mode: "dense" as const, decimals: 2 },
      missingSurvey: "hold-out" as const,
      publish: {
        issuer: ["UBND TỈNH AN HÒA", "SỞ NỘI VỤ"],
        province: "An Hòa",
        decision: "15/QĐ-UBND ngày 20/01/2026",
        signer: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn An"],
      },
    };
    const rows = settingsSheetRows(settings, "vi");
    expect(rows.find((r) => r[0]!.startsWith("Cơ quan ban hành"))![1]).toBe("UBND TỈNH AN HÒA / SỞ NỘI VỤ");
    const r = readProvinceSettings({ sheet: "Cài đặt", values: rows });
    expect(r).toEqual({ ok: true, settings, issues: [] });
    // One line per row of the cell works too; the decision keeps its own slash.
    const typed = rows.map((row) =>
      row[0]!.startsWith("Người ký") ? [row[0]!, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An"] : row,
    );
    const again = readProvinceSettings({ sheet: "Cài đặt", values: typed });
    expect(again.ok && again.settings.publish?.signer).toEqual(settings.publish.signer);
    expect(again.ok && again.settings.publish?.decision).toBe("15/QĐ-UBND ngày 20/01/2026");
    expect(again.ok && provinceHeading(again.settings)).toEqual({
      issuer: ["UBND TỈNH AN HÒA", "SỞ NỘI VỤ"],
      province: "An Hòa",
      year: 2025,
      decision: "15/QĐ-UBND ngày 20/01/2026",
      signer: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn An"],
    });
  });
  it("names one set per unit type in “Bộ tiêu chí”; choosing a set replaces the one for its type", () => {
    const rows = settingsSheetRows(
      {
        year: 2025,
        criteriaSetId: "so-2025",
        criteriaSetIds: ["so-2025", "xa-2025"],
        selfAssessmentDeadline: null,
      },
      "vi",
    );
    const r = readProvinceSettings({ sheet: "Cài đặt", values: rows });
    expect(r.ok && [r.settings.criteriaSetId, r.settings.criteriaSetIds]).toEqual([
      "so-2025",
      ["so-2025", "xa-2025"],
    ]);
    const types: Record<string, string[]> = { "so-2025": ["department"], "xa-2025": ["commune", "district"] };
    const typesOf = (id: string) => types[id] ?? null;
    expect(settingsSetIds(" so-2025; xa-2025\nso-2025 ")).toEqual(["so-2025", "xa-2025"]);
    expect(chooseSetId(["so-2025", "xa-2025"], { id: "xa-2025-b", unitTypes: ["commune"] }, typesOf)).toEqual(
      ["so-2025", "xa-2025-b"],
    );
    expect(chooseSetId(["so-2025"], { id: "xa-2025", unitTypes: ["commune"] }, typesOf)).toEqual([
      "so-2025",
      "xa-2025",
    ]);
    // An id the tool does not know stays: only a set for the same type gives way.
    expect(chooseSetId(["la"], { id: "so-2025-b", unitTypes: ["department"] }, typesOf)).toEqual([
      "la",
      "so-2025-b",
    ]);
  });

  it("names each bad setting", () => {
    const rows = settingsSheetRows(
      {
        year: 2025,
        criteriaSetId: "x",
        selfAssessmentDeadline: null,
        classification: "five-level",
        tieRule: { mode: "dense", decimals: 2 },
      },
      "vi",
    );
    rows[0]![1] = "năm nay";
    rows[2]![1] = "31/02/2025";
    const r = readProvinceSettings({ sheet: "Cài đặt", values: rows });
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => [i.code, i.cell])).toEqual([
      ["setting-invalid", "B1"],
      ["setting-invalid", "B3"],
    ]);
  });
});
