import fc from "fast-check";
import { IssueCollector } from "../../src/issues/issue";
import {
  appraisalState,
  checkAnswers,
  checkAppraisal,
  diffSnapshots,
  flaggedItems,
  readAppraisalItems,
  snapshotOf,
  summariseGroup,
  summariseUnit,
  AppraisalLogEntrySchema,
  AppraisalReportSchema,
  appraiseSheet,
  type AppraisalItem,
} from "../../src/appraisal";
import type { CellValue } from "../../src/grid/grid";
import { read } from "../table/helpers";
import { buildSet } from "../totals/set-builder";

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

// Rows 2..6 of the sheet (header in row 1): A STT … J round 2.
const ROWS: CellValue[][] = [
  ["I", "Công tác chỉ đạo, điều hành", 3, null, null, null, null, null, null, null],
  ["1.1", "Kế hoạch CCHC", 1, 1, 0.5, "x", "Thiếu báo cáo", "Đã bổ sung", "QĐ 12/QĐ-UBND", 1],
  ["1.2", "Báo cáo CCHC", 2, 2, 1, null, null, null, null, null],
  ["II", "Tài chính công", 2, null, null, null, null, null, null, null],
  ["2.1", "Dự toán", 2, 1, 1.5, "có", null, null, null, null],
];

function table(rows: CellValue[][] = ROWS) {
  return read({ sheet: "Sở A", values: [HEADER, ...rows] }).table;
}

describe("reading appraisal rounds", () => {
  it("reads rounds, the flag, the note and the unit's answer with their cells", () => {
    const t = table();
    expect(t.columns.appraisalFlag?.letter).toBe("F");
    const items = readAppraisalItems(t);
    expect(items.map((i) => [i.code, i.self, i.round1, i.round2, i.final, i.flagged])).toEqual([
      ["1.1", 1, 0.5, 1, 1, true],
      ["1.2", 2, 1, null, 1, false],
      ["2.1", 1, 1.5, null, 1.5, true],
    ]);
    expect(items[0]!.cells).toMatchObject({ round1: "E3", flag: "F3", answer: "H3", round2: "J3" });
    expect(items[0]).toMatchObject({
      note: "Thiếu báo cáo",
      answer: "Đã bổ sung",
      evidence: "QĐ 12/QĐ-UBND",
    });
  });
  it("a single round-2 column is round 2, not round 1", () => {
    const t = read({
      sheet: "S",
      values: [
        ["STT", "Nội dung", "Điểm tối đa", "Điểm tự đánh giá", "Điểm thẩm định lần 2"],
        ["1", "A", 2, null, null],
        ["1.1", "a", 2, 2, 1],
      ],
    }).table;
    expect(readAppraisalItems(t).map((i) => [i.round1, i.round2])).toEqual([[null, 1]]);
  });
  it("“không”, 0 and blank do not flag", () => {
    const rows = ROWS.map((r) => [...r]);
    rows[1]![5] = "Không";
    rows[4]![5] = 0;
    expect(readAppraisalItems(table(rows)).filter((i) => i.flagged)).toEqual([]);
  });
});

describe("checking the appraisal", () => {
  it("lower without note and above self are warnings at the round's cell", () => {
    const issues = new IssueCollector("vi", "Sở A");
    checkAppraisal(table(), issues);
    expect(issues.issues.map((i) => [i.code, i.cell, i.severity])).toEqual([
      ["appraisal-lower-without-note", "E4", "warning"],
      ["appraisal-above-self", "E6", "warning"],
    ]);
    expect(issues.issues[0]!.message).toBe(
      "Ô E4: điểm thẩm định 1 thấp hơn điểm tự đánh giá 2 của tiêu chí 1.2 nhưng chưa có ghi chú lý do.",
    );
  });
  it("a lower score with the appraiser's note is fine (1.1 round 1 has one)", () => {
    const issues = new IssueCollector("en", "Sở A");
    checkAppraisal(table(ROWS.slice(0, 2)), issues);
    expect(issues.issues).toEqual([]);
  });
  it("appraisal-not-allowed against the set's rule, listing allowed values", () => {
    const set = buildSet([
      {
        code: "1",
        title: "Công tác chỉ đạo, điều hành",
        max: 3,
        children: [
          { code: "1.1", title: "Kế hoạch CCHC", max: 1, rule: { kind: "yes-no" } },
          { code: "1.2", title: "Báo cáo CCHC", max: 2, rule: { kind: "range", step: 0.5 } },
        ],
      },
    ]);
    const issues = new IssueCollector("vi", "Sở A");
    checkAppraisal(table(ROWS.slice(0, 3)), issues, { set });
    const bad = issues.issues.filter((i) => i.code === "appraisal-not-allowed");
    expect(bad.map((i) => [i.cell, i.params.allowed])).toEqual([["E3", "0; 1"]]);
  });
  it("every flagged item needs an answer: one issue per missing answer, at the answer cell", () => {
    const issues = new IssueCollector("vi", "Sở A");
    const items = readAppraisalItems(table());
    expect(checkAnswers(items, issues)).toBe(1);
    expect(issues.issues.map((i) => [i.code, i.cell, i.criterion, i.params.flag])).toEqual([
      ["appraisal-answer-missing", "H6", "2.1", "F6"],
    ]);
  });
});

describe("flagged items, status and summaries", () => {
  it("lists flagged items with round 1, note and answer", () => {
    const list = flaggedItems(readAppraisalItems(table()));
    expect(list.map((f) => [f.code, f.round1, f.note, f.answered, f.settled, f.answerCell])).toEqual([
      ["1.1", 0.5, "Thiếu báo cáo", true, true, "H3"],
      ["2.1", 1.5, null, false, false, "H6"],
    ]);
  });
  it("status: none → round1 → round2 → closed", () => {
    const blank = ROWS.map((r) => [...r.slice(0, 4), null, null, null, null, null, null]);
    expect(appraisalState(readAppraisalItems(table(blank))).status).toBe("none");
    const r1 = ROWS.map((r) => [...r.slice(0, 9), null]);
    expect(appraisalState(readAppraisalItems(table(r1)))).toEqual({
      status: "round1",
      openItems: 2,
      flaggedItems: 2,
      notAppraised: 0,
    });
    expect(appraisalState(readAppraisalItems(table())).status).toBe("round2");
    const done = ROWS.map((r) => [...r]);
    done[4]![9] = 1;
    expect(appraisalState(readAppraisalItems(table(done)))).toMatchObject({ status: "closed", openItems: 0 });
  });
  it("summary per field and department, hand-checked", () => {
    const s = summariseUnit("Sở A", readAppraisalItems(table()));
    // 1.1: 1 → 1 (round 2 stands); 1.2: 2 → 1 (−1); 2.1: 1 → 1,5 (+0,5).
    expect(s.changed).toEqual([
      { code: "1.2", self: 2, final: 1 },
      { code: "2.1", self: 1, final: 1.5 },
    ]);
    expect([s.added, s.removed, s.selfTotal, s.appraisedTotal]).toEqual([0.5, 1, 4, 3.5]);
    expect(s.byField).toEqual([
      { key: "1", label: "Công tác chỉ đạo, điều hành", changed: 1, added: 0, removed: 1 },
      { key: "2", label: "Tài chính công", changed: 1, added: 0.5, removed: 0 },
    ]);
    expect(s.byDepartment.map((d) => [d.key, d.added, d.removed])).toEqual([
      ["Sở Nội vụ", 0, 1],
      ["Sở Tài chính", 0.5, 0],
    ]);
    expect(s.openCodes).toEqual(["2.1"]);
    const g = summariseGroup([s, summariseUnit("Sở B", readAppraisalItems(table()))]);
    expect([g.added, g.removed, g.openItems, g.byStatus.round2]).toEqual([1, 2, 2, 2]);
    expect(g.byDepartment.find((d) => d.key === "Sở Nội vụ")).toMatchObject({ changed: 2, removed: 2 });
  });
  it("property: added − removed = appraised − self total", () => {
    const score = fc.option(
      fc.integer({ min: 0, max: 400 }).map((n) => n / 100),
      { nil: null },
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(score, score, score), { maxLength: 30 }), (rows) => {
        const items: AppraisalItem[] = rows.map(([self, r1, r2], k) => ({
          code: `1.${k + 1}`,
          title: "t",
          fieldCode: String((k % 3) + 1),
          fieldTitle: ["chỉ đạo", "tài chính", "khác"][k % 3]!,
          section: "main",
          row: k + 2,
          self,
          round1: r1,
          round2: r2,
          final: r2 ?? r1,
          flagged: k % 2 === 0,
          note: null,
          answer: null,
          evidence: null,
          cells: {
            self: null,
            round1: null,
            round2: null,
            flag: null,
            note: null,
            answer: null,
            evidence: null,
          },
        }));
        const s = summariseUnit("U", items);
        const cents = (x: number) => Math.round(x * 100);
        expect(cents(s.added) - cents(s.removed)).toBe(cents(s.appraisedTotal) - cents(s.selfTotal));
        const f = s.byField.reduce((a, x) => a + cents(x.added) - cents(x.removed), 0);
        expect(f).toBe(cents(s.added) - cents(s.removed));
      }),
    );
  });
});

describe("change log", () => {
  it("diffs two snapshots into entries with author and time", () => {
    const before = snapshotOf(readAppraisalItems(table(ROWS.map((r) => [...r.slice(0, 9), null]))));
    const changed = ROWS.map((r) => [...r]);
    changed[4]![4] = 1; // 2.1 round 1: 1,5 → 1
    const after = snapshotOf(readAppraisalItems(table(changed)));
    const meta = { at: "2026-03-01T08:00:00+07:00", by: "tp@sotuphap.gov.vn", unit: "Sở A" };
    const log = diffSnapshots(before, after, meta);
    expect(log).toEqual([
      { ...meta, code: "1.1", round: 2, old: null, new: 1 },
      { ...meta, code: "2.1", round: 1, old: 1.5, new: 1 },
    ]);
    for (const e of log) expect(AppraisalLogEntrySchema.parse(e)).toEqual(e);
    expect(diffSnapshots(after, after, meta)).toEqual([]);
    expect(diffSnapshots({ "9.9": { round1: 1, round2: null } }, {}, meta)).toEqual([
      { ...meta, code: "9.9", round: 1, old: 1, new: null },
    ]);
  });
});

describe("appraiseSheet", () => {
  it("one report: columns, state, flagged, open, issues and summary, schema-valid", () => {
    const r = appraiseSheet({ sheet: "Sở A", values: [HEADER, ...ROWS] }, { unit: "Sở A" });
    expect(r).not.toBeNull();
    expect(AppraisalReportSchema.parse(r)).toEqual(r);
    expect(r!.columns).toEqual({
      round1: "E",
      round2: "J",
      flag: "F",
      note: "G",
      answer: "H",
      evidence: "I",
    });
    expect(r!.state.status).toBe("round2");
    expect(r!.open).toEqual(["2.1"]);
    expect(r!.issues.map((i) => i.code)).toEqual([
      "appraisal-lower-without-note",
      "appraisal-above-self",
      "appraisal-answer-missing",
    ]);
    expect(r!.summary.removed).toBe(1);
    expect(appraiseSheet({ sheet: "X", values: [["nothing"]] })).toBeNull();
  });
});
