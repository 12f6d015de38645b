import { checkSheet } from "../../src/check-sheet";
import { AppraisalLogRowSchema, readAppraisalLog } from "../../src/appraisal";
import type { CellValue, Grid } from "../../src/grid/grid";
import {
  MemoryWorkbook,
  readLog,
  recordAppraisal,
  runSync,
  unitAppraisal,
  appraisalPhase,
} from "../../src/workflow";

const HEADER = [
  "STT",
  "Nội dung",
  "Điểm tối đa",
  "Điểm tự đánh giá",
  "Điểm thẩm định lần 1",
  "Cần giải trình / bổ sung tài liệu",
  "Ý kiến thẩm định",
  "Giải trình",
  "Tài liệu kiểm chứng",
  "Điểm thẩm định lần 2",
];
// Columns: A STT, B title, C max, D self, E round 1, F flag, G note, H answer, I evidence, J round 2.
const ROUND0: CellValue[][] = [
  ["I", "Công tác chỉ đạo, điều hành", 3, null, null, null, null, null, null, null],
  ["1.1", "Kế hoạch CCHC", 1, 1, null, null, null, null, null, null],
  ["1.2", "Báo cáo CCHC", 2, 2, null, null, null, null, null, null],
  ["II", "Tài chính công", 2, null, null, null, null, null, null, null],
  ["2.1", "Dự toán", 2, 2, null, null, null, null, null, null],
];

function sheet(rows: CellValue[][]): Grid {
  return { sheet: "Tự đánh giá", values: [["Đơn vị: Sở A"], HEADER, ...rows] };
}

/** Sets cells by A1 on a copy ("E4": 0.5). Data rows start at sheet row 3. */
function edit(grid: Grid, cells: Record<string, CellValue>): Grid {
  const values = grid.values.map((r) => [...r]);
  for (const [a1, v] of Object.entries(cells)) {
    const col = a1.charCodeAt(0) - 65;
    const row = Number(a1.slice(1)) - 1;
    values[row]![col] = v;
  }
  return { ...grid, values };
}

const AT = (m: number) => `2026-12-0${m}T09:00:00+07:00`;

describe("appraisal use cases over the port", () => {
  it("takes a unit through round 1 → answers → round 2, logging each change with its author", () => {
    const book = new MemoryWorkbook([sheet(ROUND0)]);
    const tbl = () => book.sheets[0]!;

    // Round 1: appraiser of field I lowers 1.1 and flags it; field II's appraiser keeps 2.1.
    tbl().grid = edit(tbl().grid, { E4: 0.5, F4: "x", G4: "Thiếu báo cáo", E5: 2, E7: 2 });
    const r1 = runSync(
      recordAppraisal(book, [{ unit: "Sở A", grid: tbl().grid, by: "tham.dinh@noivu.vn", at: AT(1) }]),
    );
    expect(r1.units[0]!.appended.map((r) => [r.code, r.round, r.old, r.new, r.by])).toEqual([
      ["1.1", 1, null, 0.5, "tham.dinh@noivu.vn"],
      ["1.2", 1, null, 2, "tham.dinh@noivu.vn"],
      ["2.1", 1, null, 2, "tham.dinh@noivu.vn"],
    ]);
    expect(r1.sheet).toBe("Nhật ký thẩm định");

    // The unit sees one open item; the check says it is not answered.
    let view = runSync(unitAppraisal(book))!;
    expect(view.items.map((i) => [i.code, i.state, i.note])).toEqual([["1.1", "open", "Thiếu báo cáo"]]);
    expect(view.answered).toBe(false);
    expect(view.issues.map((i) => [i.code, i.cell])).toContainEqual(["appraisal-answer-missing", "H4"]);

    // The unit answers; nothing in the appraisal cells changed, so the next record adds only the action.
    tbl().grid = edit(tbl().grid, { H4: "Đã bổ sung báo cáo", I4: "BC 12/BC-SNV" });
    view = runSync(unitAppraisal(book))!;
    expect(view.items.map((i) => i.state)).toEqual(["answered"]);
    expect(view.answered).toBe(true);
    const opened = runSync(
      recordAppraisal(book, [
        { unit: "Sở A", grid: tbl().grid, by: "so.noi.vu@noivu.vn", at: AT(2), action: "open-round-2" },
      ]),
    );
    expect(opened.units[0]!.appended.map((r) => r.action)).toEqual(["open-round-2"]);
    expect(runSync(appraisalPhase(book, "Sở A"))).toBe("round2");

    // Round 2 settles 1.1 at 1; closing logs the round-2 score, then the action.
    tbl().grid = edit(tbl().grid, { J4: 1 });
    const closed = runSync(
      recordAppraisal(book, [
        { unit: "Sở A", grid: tbl().grid, by: "tham.dinh@noivu.vn", at: AT(3), action: "close" },
      ]),
    );
    expect(closed.units[0]!.appended.map((r) => [r.action, r.code, r.round, r.old, r.new])).toEqual([
      ["score", "1.1", 2, null, 1],
      ["close", null, null, null, null],
    ]);
    expect(closed.units[0]!.phase).toBe("closed");
    expect(closed.units[0]!.state?.status).toBe("closed");
    expect(runSync(unitAppraisal(book))!.items.map((i) => i.state)).toEqual(["settled"]);

    // The log sheet holds every row, each with its author, and reads back the same.
    const log = runSync(readLog(book));
    expect(log).toHaveLength(6);
    log.forEach((r) => AppraisalLogRowSchema.parse(r));
    expect(log.map((r) => r.by)).toEqual([
      "tham.dinh@noivu.vn",
      "tham.dinh@noivu.vn",
      "tham.dinh@noivu.vn",
      "so.noi.vu@noivu.vn",
      "tham.dinh@noivu.vn",
      "tham.dinh@noivu.vn",
    ]);
    const logSheet = book.sheets.find((s) => s.info.name === "Nhật ký thẩm định")!;
    expect(readAppraisalLog(logSheet.grid)).toEqual(log);

    // The ranking's totals stand on round 2 where it exists, round 1 elsewhere: 1 + 2 + 2.
    const totals = checkSheet(tbl().grid).totals!;
    expect(totals.appraisalRound).toBe(2);
    expect(totals.appraised).toBe(5);
  });

  it("logs nothing and writes no sheet when nothing changed", () => {
    const book = new MemoryWorkbook([sheet(ROUND0)]);
    const r = runSync(recordAppraisal(book, [{ grid: book.sheets[0]!.grid, by: "a@b.vn", at: AT(1) }]));
    expect(r.sheet).toBeNull();
    expect(book.calls.writeToolSheets).toBeUndefined();
  });

  it("records several units in one write of the log, and a changed score as old → new", () => {
    const a = edit(sheet(ROUND0), { E4: 1 });
    const b = { ...edit(sheet(ROUND0), { E4: 0 }), sheet: "B" };
    const book = new MemoryWorkbook([a, b]);
    runSync(
      recordAppraisal(book, [
        { unit: "Sở A", grid: a, by: "x@y.vn", at: AT(1) },
        { unit: "Sở B", grid: b, by: "x@y.vn", at: AT(1) },
      ]),
    );
    expect(book.calls.writeToolSheets).toBe(1);
    const r = runSync(
      recordAppraisal(book, [{ unit: "Sở A", grid: edit(a, { E4: 0.5 }), by: "z@y.vn", at: AT(2) }]),
    );
    expect(r.units[0]!.appended.map((x) => [x.code, x.old, x.new, x.by])).toEqual([
      ["1.1", 1, 0.5, "z@y.vn"],
    ]);
    // Sở B's phase and snapshot are its own.
    expect(runSync(appraisalPhase(book, "Sở B"))).toBe("round1");
  });

  it("a user's own sheet named like the log is neither read nor replaced", () => {
    const fake: Grid = {
      sheet: "Nhật ký thẩm định",
      values: [["Thời điểm"], ["x", "y", "Sở A", "Mở vòng 2"]],
    };
    const book = new MemoryWorkbook([sheet(ROUND0), fake]);
    expect(runSync(readLog(book))).toEqual([]);
    const r = runSync(
      recordAppraisal(book, [
        { unit: "Sở A", grid: edit(sheet(ROUND0), { E4: 1 }), by: "a@b.vn", at: AT(1) },
      ]),
    );
    expect(r.sheet).toBe("Nhật ký thẩm định (2)");
    expect(book.sheets[1]!.grid).toBe(fake);
  });

  it("finds the table when the active sheet is not one, and says when no flag column exists", () => {
    const plain: Grid = {
      sheet: "Bảng",
      values: [
        ["STT", "Nội dung", "Điểm tối đa", "Điểm tự đánh giá"],
        ["1", "A", 2, null],
        ["1.1", "a", 2, 2],
      ],
    };
    const book = new MemoryWorkbook([{ sheet: "Hướng dẫn", values: [["Đọc kỹ"]] }, plain]);
    const view = runSync(unitAppraisal(book))!;
    expect(view.sheet).toBe("Bảng");
    expect(view.hasFlagColumn).toBe(false);
    expect(view.items).toEqual([]);
    expect(view.answered).toBe(true);
  });
});
