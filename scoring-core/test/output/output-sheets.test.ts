import fc from "fast-check";
import { CLASSIFICATION_PRESETS } from "../../src/criteria-set/schema";
import { rankUnits } from "../../src/ranking/rank-units";
import type { ValidationReport } from "../../src/reports/schemas";
import { REPORT_SCHEMA_VERSION, ValidationReportSchema } from "../../src/reports/schemas";
import { emptyTotals } from "../../src/totals/compute-totals";
import { makeIssue } from "../../src/issues/issue";
import {
  TOOL_SHEET_MARKER,
  isToolSheetMarker,
  resultsSheet,
  safeSheetName,
  uniqueSheetName,
} from "../../src/output/results-sheet";
import { rankingSheets } from "../../src/output/ranking-sheets";
import type { SheetBlock } from "../../src/output/sheet-block";
import { node, unitResult } from "../ranking/unit-builder";

function report(extra: Partial<ValidationReport> = {}): ValidationReport {
  const issues = [
    makeIssue(
      "score-exceeds-max",
      {
        sheet: "Tự chấm",
        cell: "F12",
        row: 12,
        column: "F",
        criterion: "1.2",
        value: 3,
        params: { max: 2.5 },
      },
      "vi",
    ),
    makeIssue(
      "evidence-missing",
      { sheet: "Tự chấm", cell: "I13", row: 13, column: "I", criterion: "1.3", value: 1 },
      "vi",
    ),
  ];
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    lang: "vi",
    sheet: "Tự chấm",
    unit: "Sở Tư pháp",
    year: 2025,
    criteriaSetId: null,
    tableFound: true,
    headerRows: [5],
    issues,
    counts: { error: 1, warning: 1, info: 0, total: 2 },
    truncated: false,
    totals: {
      ...emptyTotals(),
      max: 10,
      applicableMax: 10,
      self: 8.5,
      appraised: 8.5,
      final: 8.5,
      index: 85,
    },
    nodes: [node("1", "field", 10, 8.5, { row: 8, title: "Công tác chỉ đạo, điều hành" })],
    ...extra,
  };
}

/** Every text cell is safe to write: no leading = + - @ tab CR LF unless quoted with '. */
function allTextSafe(block: SheetBlock): boolean {
  return block.rows.every((r) => r.every((c) => typeof c !== "string" || !/^[=+\-@\t\r\n]/.test(c)));
}

function rectangular(block: SheetBlock): boolean {
  return (
    block.rows.every((r) => r.length === block.rows[0]!.length) &&
    block.columnWidths.length === block.rows[0]!.length
  );
}

describe("resultsSheet", () => {
  it("starts with the marker, gives the verdict, totals, fields and issues with links", () => {
    const b = resultsSheet(report());
    expect(ValidationReportSchema.safeParse(report()).success).toBe(true);
    expect(b.name).toBe("Kết quả CCHC");
    // The marker travels beside the rows, never in a cell the user sees.
    expect(b.marker).toBe(TOOL_SHEET_MARKER);
    expect(isToolSheetMarker(b.marker)).toBe(true);
    expect(b.rows.flat()).not.toContain(TOOL_SHEET_MARKER);
    expect(b.titleRows).toEqual([0]);
    expect(b.rows[0]![0]).toBe("KẾT QUẢ KIỂM TRA BẢNG CHẤM ĐIỂM CHỈ SỐ CCHC");
    expect(b.rows[1]!.slice(0, 2)).toEqual(["Kết luận", "Còn 1 lỗi, 1 cảnh báo"]);
    expect(rectangular(b)).toBe(true);
    const issueRow = b.rows.findIndex((r) => r[1] === "score-exceeds-max");
    expect(b.rows[issueRow]!.slice(0, 5)).toEqual([1, "score-exceeds-max", "Lỗi", "F12", "1.2"]);
    expect(b.links).toContainEqual({ row: issueRow, col: 3, sheet: "Tự chấm", cell: "F12" });
    const fieldRow = b.rows.findIndex((r) => r[1] === "Công tác chỉ đạo, điều hành");
    expect(b.links).toContainEqual({ row: fieldRow, col: 0, sheet: "Tự chấm", cell: "A8" });
    expect(b.rows.flat().every((c) => c === null || typeof c === "string" || typeof c === "number")).toBe(
      true,
    );
  });
  it("says ready when there is nothing left, and counts a truncated list truthfully", () => {
    expect(
      resultsSheet(report({ issues: [], counts: { error: 0, warning: 0, info: 2, total: 2 } })).rows[1]![1],
    ).toBe("Sẵn sàng nộp");
    const t = resultsSheet(
      report({ truncated: true, counts: { error: 700, warning: 1, info: 0, total: 701 } }),
    );
    expect(t.rows.flat()).toContain("Hiển thị 2 trên tổng số 701 vấn đề.");
  });
  it("writes English headers for lang en", () => {
    const b = resultsSheet(
      report({ tableFound: false, issues: [], counts: { error: 1, warning: 0, info: 0, total: 1 } }),
      "en",
    );
    expect(b.name).toBe("CCHC results");
    expect(b.rows[1]!.slice(0, 2)).toEqual(["Verdict", "No scoring table found"]);
  });
  it("neutralises a unit named like a formula", () => {
    const b = resultsSheet(report({ unit: '=HYPERLINK("http://x","bấm")' }));
    expect(b.rows[2]![1]).toBe('\'=HYPERLINK("http://x","bấm")');
    expect(allTextSafe(b)).toBe(true);
  });
});

describe("rankingSheets", () => {
  const units = [
    unitResult("Sở Tư pháp", 85, {
      nodes: [node("1", "field", 10, 8), node("1.1", "criterion", 10, 8), node("2", "field", 5, 4)],
    }),
    unitResult("=cmd|' /C calc'!A0", 70, { nodes: [node("1", "field", 10, 7)] }),
    unitResult("Xã A", 90, { group: "Xã/phường: [mới]*?" }),
  ];
  const ranking = rankUnits(units, {
    classification: CLASSIFICATION_PRESETS["national"]!,
    failed: [{ file: "x.xlsx", unit: null, error: "Không tìm thấy bảng chấm điểm trong tệp." }],
  });

  /** The row holding a header (the last header row of the block). */
  const headerOf = (b: SheetBlock) => b.rows[Math.max(...b.headerRows)]!;
  const bodyOf = (b: SheetBlock) => b.rows.slice(Math.max(...b.headerRows) + 1);

  it("writes rankings first, then per group fields, criteria, lost points and a chart, then checks", () => {
    const blocks = rankingSheets(ranking, "vi", { units });
    expect(blocks.map((b) => b.name)).toEqual([
      "Xếp hạng - Sở, ban, ngành",
      "Xếp hạng - Xã-phường- -mới---",
      "Lĩnh vực - Sở, ban, ngành",
      "Tiêu chí - Sở, ban, ngành",
      "Mất điểm - Sở, ban, ngành",
      "Biểu đồ - Sở, ban, ngành",
      "Lĩnh vực - Xã-phường- -mới---",
      "Tiêu chí - Xã-phường- -mới---",
      "Mất điểm - Xã-phường- -mới---",
      "Biểu đồ - Xã-phường- -mới---",
      "Kiểm tra",
      "Không xử lý được",
    ]);
    expect(blocks.map((b) => b.kind)).toEqual([
      "ranking",
      "ranking",
      "fields",
      "criteria",
      "lost-points",
      "chart",
      "fields",
      "criteria",
      "lost-points",
      "chart",
      "checking",
      "failed",
    ]);
    const first = blocks[0]!;
    // Heading block: issuing body left, national motto right, then the title with year and group.
    expect(first.rows[0]![0]).toBe("SỞ NỘI VỤ");
    expect(first.rows[0]).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(first.rows.flat()).toContain("KẾT QUẢ XẾP HẠNG CHỈ SỐ CCHC CỦA CÁC SỞ, BAN, NGÀNH");
    // Published columns only, with the set's maxima; no errors, warnings or files.
    expect(headerOf(first)).toEqual([
      "STT",
      "Đơn vị",
      "Điểm tự đánh giá (100)",
      "Điểm thẩm định (100)",
      "Điểm ĐTXHH",
      "Thưởng",
      "Trừ",
      "Tổng (100)",
      "Tối đa",
      "Chỉ số (%)",
      "Hạng",
      "Xếp loại",
    ]);
    expect(bodyOf(first)[0]!.slice(0, 2)).toEqual([1, "Sở Tư pháp"]);
    expect(bodyOf(first)[1]![1]).toBe("'=cmd|' /C calc'!A0");
    const fields = blocks[2]!;
    expect(fields.rows[fields.headerRows[0]!]!.slice(0, 4)).toEqual([
      "STT",
      "Đơn vị",
      "1. Tiêu chí 1 (10)",
      null,
    ]);
    expect(headerOf(fields).slice(2, 4)).toEqual(["Điểm", "Hạng"]);
    // Points and rank within the field; a unit without the field has no cell, never 0.
    expect(bodyOf(fields)[0]!.slice(2, 6)).toEqual([8, 1, 4, 1]);
    expect(bodyOf(fields)[1]!.slice(2, 6)).toEqual([7, 2, null, null]);
    const checking = blocks.find((b) => b.kind === "checking")!;
    expect(headerOf(checking)).toEqual([
      "STT",
      "Nhóm",
      "Đơn vị",
      "Tệp",
      "Lỗi",
      "Cảnh báo",
      "Thẩm định",
      "Vấn đề",
      "Mã",
    ]);
    for (const b of blocks) {
      expect(allTextSafe(b)).toBe(true);
      expect(rectangular(b)).toBe(true);
    }
  });

  it("the checking sheet names each unit's issues by short title, the code in the last column", () => {
    const issueCodes = new Map([["Sở Tư pháp", { "number-stored-as-text": 2, "evidence-missing": 5 }]]);
    const checking = rankingSheets(ranking, "vi", { units, issueCodes }).find((b) => b.kind === "checking")!;
    const row = bodyOf(checking).find((r) => r[2] === "Sở Tư pháp")!;
    expect(row[7]).toBe("Thiếu tài liệu kiểm chứng (5); Số lưu dạng văn bản (2)");
    expect(row[8]).toBe("evidence-missing; number-stored-as-text");
    const other = bodyOf(checking).find((r) => r[2] !== "Sở Tư pháp")!;
    expect(other[7]).toBe("");
    // The code column is the narrow one.
    expect(checking.columnWidths[8]!).toBeLessThan(checking.columnWidths[7]!);
    const en = rankingSheets(ranking, "en", { units, issueCodes }).find((b) => b.kind === "checking")!;
    expect(bodyOf(en).find((r) => r[2] === "Sở Tư pháp")![7]).toBe(
      "Evidence missing (5); Number stored as text (2)",
    );
  });

  it("keeps criteria sets apart, shows maxima and says not applicable", () => {
    // The same code 1.1 means different criteria for departments and communes: never summed.
    const mixed = [
      unitResult("Sở A", 80, {
        nodes: [node("1", "field", 10, 6), node("1.1", "criterion", 10, 6)],
      }),
      unitResult("Xã B", 70, {
        group: "UBND xã, phường",
        unitType: "commune",
        nodes: [
          node("1", "field", 4, 4),
          node("1.1", "criterion", 2, 2),
          node("1.2", "criterion", 2, 0, { notApplicable: true, applicableMax: 0 }),
        ],
      }),
    ];
    const r = rankUnits(mixed, { classification: CLASSIFICATION_PRESETS["national"]! });
    const blocks = rankingSheets(r, "vi", { units: mixed, heading: { year: 2025, decision: "15/QĐ-UBND" } });
    const lostDept = blocks.find((b) => b.name === "Mất điểm - Sở, ban, ngành")!;
    expect(headerOf(lostDept).slice(0, 5)).toEqual(["STT", "Mã", "Tiêu chí", "Tối đa", "Số đơn vị"]);
    expect(bodyOf(lostDept)).toHaveLength(1);
    expect(bodyOf(lostDept)[0]!.slice(1, 8)).toEqual(["1.1", "Tiêu chí 1.1", 10, 1, 0, 1, 4]);
    const lostCommune = blocks.find((b) => b.name === "Mất điểm - UBND xã, phường")!;
    // The commune lost nothing on 1.1 (and 1.2 does not apply): nothing to list.
    expect(bodyOf(lostCommune)[0]).toContain("Không có.");
    const criteria = blocks.find((b) => b.name === "Tiêu chí - UBND xã, phường")!;
    expect(headerOf(criteria).slice(0, 4)).toEqual(["STT", "Đơn vị", "1.1 (2)", "1.2 (2)"]);
    expect(bodyOf(criteria)[0]!.slice(2, 4)).toEqual([2, "KAD"]);
    const ranking0 = blocks[0]!;
    expect(ranking0.rows.flat()).toContain("KẾT QUẢ XẾP HẠNG CHỈ SỐ CCHC NĂM 2025 CỦA CÁC SỞ, BAN, NGÀNH");
    expect(ranking0.rows.flat()).toContain("(Kèm theo Quyết định số 15/QĐ-UBND)");
  });

  it("stores published figures rounded and lists units that have not submitted", () => {
    const odd = [unitResult("Sở C", 66.666666, {})];
    const r = rankUnits(odd, { classification: CLASSIFICATION_PRESETS["national"]! });
    const blocks = rankingSheets(r, "vi", {
      units: odd,
      notSubmitted: [{ unit: "Sở D", group: "Sở, ban, ngành", file: "so-d.xlsx" }],
    });
    expect(bodyOf(blocks[0]!)[0]![9]).toBe(66.67);
    const missing = blocks.find((b) => b.kind === "not-submitted")!;
    expect(bodyOf(missing)[0]).toEqual([1, "Sở, ban, ngành", "Sở D", "so-d.xlsx"]);
  });

  it("uses English headers for lang en", () => {
    const blocks = rankingSheets(ranking, "en", { units });
    expect(blocks[0]!.name).toBe("Ranking - Sở, ban, ngành");
    expect(headerOf(blocks[0]!)[9]).toBe("Index (%)");
  });
});

describe("sheet names", () => {
  it("are at most 31 characters, without []:*?/\\ and unique", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 60 }), { maxLength: 8 }), (names) => {
        const taken = new Set<string>();
        const out = names.map((n) => uniqueSheetName(safeSheetName(`Xếp hạng - ${n}`), taken));
        for (const n of out) {
          expect([...n].length).toBeLessThanOrEqual(31);
          expect(n).not.toMatch(/[[\]:*?/\\]/);
          expect(n).not.toMatch(/^'|'$/);
          expect(n.length).toBeGreaterThan(0);
        }
        expect(new Set(out.map((n) => n.toLowerCase())).size).toBe(out.length);
      }),
    );
  });
});

describe("neutralise property", () => {
  it("every text cell of every output sheet is safe, whatever the unit names and messages", () => {
    const text = fc.oneof(
      fc.string(),
      fc.constantFrom("=1+1", "+84 912", "-5", "@SUM(A1)", "\tx", "\r\n=x", '=HYPERLINK("a")'),
    );
    fc.assert(
      fc.property(
        fc.array(fc.record({ unit: text, group: text, file: text, title: text }), {
          minLength: 1,
          maxLength: 6,
        }),
        text,
        (us, msg) => {
          const units = us.map((u, i) =>
            unitResult(u.unit, i * 10, {
              group: u.group,
              file: u.file,
              nodes: [node("1", "field", 10, 5, { title: u.title })],
            }),
          );
          const r = rankUnits(units, {
            classification: CLASSIFICATION_PRESETS["national"]!,
            failed: [{ file: msg, unit: msg, error: msg }],
          });
          for (const b of rankingSheets(r, "vi", { units })) expect(allTextSafe(b)).toBe(true);
          const rep = report({
            unit: msg,
            sheet: msg === "" ? "x" : msg,
            nodes: [node("1", "field", 1, 1, { title: msg })],
          });
          expect(allTextSafe(resultsSheet(rep))).toBe(true);
        },
      ),
    );
  });
});
