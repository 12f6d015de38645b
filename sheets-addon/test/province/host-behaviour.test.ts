/**
 * The Sở's part as Sheets really behaves (issue #13): codes stay text in an en_US spreadsheet,
 * a handed-out table is protected for its co-editors, a failed hand-out is cleaned up under
 * drive.file (or says what is left over), and the service calls stay within #15's budget.
 */
import { consolidateUnit, beginConsolidation } from "../../src/server/province/consolidate";
import { handOutTables } from "../../src/server/province/hand-out";
import { renderTemplate } from "../../src/server/template";
import { SPREADSHEET_CALL } from "../fakes/calls";
import { COL, filledProvince, idOnRow, leafRows, provinceWith, specFor, unitRows } from "./province-fixture";

const SHEET = "Tự đánh giá 2025";
/** What a call costs a server execution: the spreadsheet service, Drive (both kinds). */
const SERVICE_CALL = new RegExp(`${SPREADSHEET_CALL.source}|^(Drive\\.|DriveApp\\.|File\\.)`);

describe("a handed-out table in an en_US spreadsheet", () => {
  const units = unitRows(1);
  const env = provinceWith(units);
  handOutTables(env.services, "vi", 10);
  const id = idOnRow(env, 2);
  const book = env.world.book(id);
  const sheet = book._sheet(SHEET);
  const leaves = leafRows(specFor(units[0]!));

  it("keeps every criterion code as the text written ('1.1' is not the number 1.1)", () => {
    expect(book._locale).toBe("en_US");
    const spec = specFor(units[0]!);
    const coded = spec.rows.map((r, i) => ({ code: r.code, i })).filter((x) => !!x.code);
    expect(coded.some((x) => /^\d+(\.\d+)?$/.test(x.code!))).toBe(true);
    for (const { code, i } of coded) expect(sheet._cells[i]![0]!.value).toBe(code);
  });

  it("lets the unit's co-editors type only in their cells", () => {
    const api = env.app.proxy.openById(id).getSheetByName(SHEET)!;
    const leaf = leaves[0]!;
    env.world.as(units[0]!.editors.split(",")[0]!.trim(), () => {
      expect(() => api.getRange(leaf.row, COL.self).setValues([[leaf.values[0]!]])).not.toThrow();
      expect(() => api.getRange(leaf.row, 1).setValues([["x"]])).toThrow(/protected cell/);
      expect(() => api.getRange(leaf.row, COL.appraisal1).setValues([[0]])).toThrow(/protected cell/);
    });
  });
});

describe("a hand-out that fails halfway", () => {
  const failing = () => {
    const env = provinceWith(unitRows(1));
    env.log.failOn(
      /^Protection\.addEditors$/,
      "Exception: Service Spreadsheets failed while accessing document.",
    );
    return env;
  };

  it("bins the half-built file through the advanced Drive service under drive.file", () => {
    const env = failing();
    const r = handOutTables(env.services, "vi", 10);
    expect(r.failed).toHaveLength(1);
    expect(env.log.count(/^DriveApp\./)).toBe(0);
    expect([...env.world.files.values()].filter((f) => f.trashed)).toHaveLength(1);
    expect(r.failed[0]!.reason).not.toMatch(/xoá tay/);
  });

  it("names the file left over when binning fails too — never a silent failure", () => {
    const env = failing();
    delete env.services.Drive;
    const r = handOutTables(env.services, "vi", 10);
    const left = [...env.world.files.values()].find((f) => !f.trashed && f.id !== env.control._fileId)!;
    expect(r.failed[0]!.reason).toMatch(/Tệp dở dang chưa xoá được/);
    expect(r.failed[0]!.reason).toContain(left.id);
    expect(env.control._sheet("Đơn vị")._text("H2")).toContain(left.id);
  });
});

describe("service calls (issue #15 budgets, counted in the fake)", () => {
  it("hands out a table in at most 100 calls", () => {
    const env = provinceWith(unitRows(8));
    env.log.reset();
    const r = handOutTables(env.services, "vi", 8);
    expect(r.created).toHaveLength(8);
    const perTable = env.log.count(SERVICE_CALL) / 8;
    expect(perTable).toBeLessThanOrEqual(100);
  });

  it("consolidates a unit in at most 5 spreadsheet-service calls", () => {
    const { env } = filledProvince(3);
    const begin = beginConsolidation(env.services, "vi", "c", 1);
    for (const u of begin.units) {
      env.log.reset();
      const reply = consolidateUnit(env.services, "vi", begin.jobId, u, begin.criteriaSetId);
      expect(reply.ok).toBe(true);
      expect(env.log.calls.filter((c) => SPREADSHEET_CALL.test(c))).toEqual([
        "SpreadsheetApp.openById",
        "Spreadsheet.getRangeByName",
        "Range.getValues",
        "Range.getFormulas",
        "Range.getMergedRanges",
      ]);
    }
  });
});

describe("the units' template protection", () => {
  it("removes the file's co-editors from the structure, leaving them only the input cells", () => {
    const env = provinceWith(unitRows(1));
    const unitBook = env.world.addSpreadsheet("Bảng của đơn vị", env.owner);
    unitBook._addSheet("Trang tính1");
    unitBook.addEditors(["dongnghiep@donvi.vn"]);
    const spec = specFor(unitRows(1)[0]!);
    const book = env.app.proxy.openById(unitBook._fileId);
    renderTemplate(env.services, book, spec, "sample-department-2025");
    const api = book.getSheetByName(spec.sheetName)!;
    const leaf = leafRows(spec)[0]!;
    env.world.as("dongnghiep@donvi.vn", () => {
      expect(() => api.getRange(leaf.row, 1).setValues([["9.9"]])).toThrow(/protected cell/);
      expect(() => api.getRange(leaf.row, COL.self).setValues([[leaf.values[0]!]])).not.toThrow();
    });
  });
});
