import type { SheetBlock } from "@cchc/scoring-core";
import { findToolSheet, writeToolSheet, TOOL_SHEET_KEY } from "../../src/server/tool-sheet";
import { fakeAppsScript } from "../fakes/apps-script";

function block(rows: SheetBlock["rows"], extra: Partial<SheetBlock> = {}): SheetBlock {
  return {
    name: "Kết quả CCHC",
    rows,
    headerRows: [0],
    columnWidths: [10, 40],
    numberColumns: [1],
    links: [],
    ...extra,
  };
}

function setup() {
  const env = fakeAppsScript();
  env.book._addSheet("Tự chấm 2025")._fill([["STT", "Nội dung"]]);
  return { env, book: env.services.SpreadsheetApp.getActiveSpreadsheet() };
}

describe("writeToolSheet", () => {
  it("creates the results sheet, tags it with developer metadata and writes the block in one setValues", () => {
    const { env, book } = setup();
    env.log.reset();
    const out = writeToolSheet(
      env.services,
      book,
      block([
        ["Tổng", 87.25],
        ["Chỉ số", 87.25],
      ]),
      "results",
    );
    expect(out).toEqual({ sheet: "Kết quả CCHC", renamed: false });
    const sheet = env.book._sheet("Kết quả CCHC");
    expect(sheet._metadata).toEqual([{ key: TOOL_SHEET_KEY, value: "results" }]);
    expect(sheet._text("B1")).toBe("87.25");
    expect(env.log.count(/^Range\.setValues$/)).toBe(1);
    expect(findToolSheet(book, "results")?.getName()).toBe("Kết quả CCHC");
  });

  it("never touches a user's sheet that only carries our name: ours goes to “… (2)”", () => {
    const { env, book } = setup();
    const mine = env.book._addSheet("Kết quả CCHC")._fill([["ghi chú của tôi"]]);
    const out = writeToolSheet(env.services, book, block([["Tổng", 1]]), "results");
    expect(out).toEqual({ sheet: "Kết quả CCHC (2)", renamed: true });
    expect(mine._text("A1")).toBe("ghi chú của tôi");
    expect(mine._metadata).toEqual([]);
    // The next refresh finds ours by its metadata, not by name.
    expect(writeToolSheet(env.services, book, block([["Tổng", 2]]), "results").sheet).toBe(
      "Kết quả CCHC (2)",
    );
    expect(env.book._sheets.filter((s) => s._name.startsWith("Kết quả CCHC"))).toHaveLength(2);
  });

  it("refreshes in place: a shorter block leaves nothing of the longer one behind", () => {
    const { env, book } = setup();
    writeToolSheet(
      env.services,
      book,
      block([
        ["a", 1, "x"],
        ["b", 2, "y"],
        ["c", 3, "z"],
      ]),
      "results",
    );
    writeToolSheet(env.services, book, block([["d", 4]]), "results");
    const sheet = env.book._sheet("Kết quả CCHC");
    expect(sheet._lastRow()).toBe(1);
    expect(sheet._lastCol()).toBe(2);
    expect(sheet._text("A1")).toBe("d");
    expect(env.book._sheets).toHaveLength(2);
  });

  it("neutralises text that would become a formula", () => {
    const { env, book } = setup();
    writeToolSheet(
      env.services,
      book,
      block([['=HYPERLINK("http://x","bấm")', "+84", "-1 điểm", "@a"]]),
      "results",
    );
    const sheet = env.book._sheet("Kết quả CCHC");
    expect(sheet.proxy.getRange("A1:D1").getFormulas()).toEqual([["", "", "", ""]]);
    expect(sheet._text("A1")).toBe('=HYPERLINK("http://x","bấm")');
  });

  it("links issue rows to the user's cells with one setRichTextValues per link column", () => {
    const { env, book } = setup();
    const rows = [
      ["Ô", "Lỗi"],
      ["E12", "Điểm vượt tối đa"],
      ["E15", "Không phải số"],
    ];
    const links = [
      { row: 1, col: 0, sheet: "Tự chấm 2025", cell: "E12" },
      { row: 2, col: 0, sheet: "Tự chấm 2025", cell: "E15" },
    ];
    env.log.reset();
    writeToolSheet(env.services, book, block(rows, { links, numberColumns: [] }), "results");
    expect(env.log.count(/^Range\.setRichTextValues$/)).toBe(1);
    const id = env.book._sheet("Tự chấm 2025")._id;
    const sheet = env.book._sheet("Kết quả CCHC");
    expect(sheet._peek(1, 0)?.link).toBe(`#gid=${id}&range=E12`);
    expect(sheet._text("A3")).toBe("E15");
  });

  it("grows the sheet for a block longer than a new sheet's 1000 rows", () => {
    const { env, book } = setup();
    const rows = Array.from({ length: 1500 }, (_, i) => [`r${i}`, i]);
    writeToolSheet(env.services, book, block(rows), "results");
    expect(env.book._sheet("Kết quả CCHC")._text("A1500")).toBe("r1499");
  });

  it("leaves nothing half-written when the write fails (quota)", () => {
    const { env, book } = setup();
    env.log.failOn(
      /^Range\.setValues$/,
      "Exception: Service invoked too many times for one day: spreadsheets.",
    );
    expect(() => writeToolSheet(env.services, book, block([["Tổng", 1]]), "results")).toThrow(
      /too many times/,
    );
    expect(env.book._sheets.map((s) => s._name)).toEqual(["Tự chấm 2025"]);

    writeToolSheet(
      env.services,
      book,
      block([
        ["Tổng", 1],
        ["Chỉ số", 2],
      ]),
      "results",
    );
    env.log.failOn(
      /^Range\.setValues$/,
      "Exception: Service invoked too many times for one day: spreadsheets.",
    );
    expect(() => writeToolSheet(env.services, book, block([["Mới", 9]]), "results")).toThrow(
      /too many times/,
    );
    // The previous results are whole.
    const sheet = env.book._sheet("Kết quả CCHC");
    expect([sheet._text("A1"), sheet._text("A2")]).toEqual(["Tổng", "Chỉ số"]);
  });
});
