/** Item 6 of #9: a not-applicable mark never raises an index silently; one list of N/A words. */
import fc from "fast-check";
import { isNotApplicableText } from "../../src/numbers/not-applicable";
import { parseNumberCell } from "../../src/numbers/parse-number";
import { parseDeclaredFigure } from "../../src/validation/declared-figure";
import { computeDetailed } from "../../src/totals/compute-totals";
import { IssueCollector } from "../../src/issues/issue";
import { validateWithTotals } from "../../src/validation/validate-table";
import { buildTable, type RowSpec } from "../totals/table-builder";
import { buildSet } from "../totals/set-builder";
import type { CriteriaSet } from "../../src/criteria-set/schema";

function check(rows: RowSpec[], set: CriteriaSet | null = null) {
  const table = buildTable({ rows });
  const detailed = computeDetailed(table, { set });
  const issues = new IssueCollector("vi", "Tự chấm");
  validateWithTotals(table, issues, { set }, detailed);
  return { totals: detailed.totals, issues: issues.issues };
}

describe("not-applicable words", () => {
  it.each(["Không áp dụng", "KAD", "K ap dung", "k.a.d", "N/A", "n/a", "Không áp dụng (không có TTHC)"])(
    "“%s” is not applicable in a score cell and in a declared figure alike",
    (text) => {
      expect(isNotApplicableText(text)).toBe(true);
      expect(parseNumberCell(text).kind).toBe("not-applicable");
      expect(parseDeclaredFigure(text).kind).toBe("not-applicable");
    },
  );

  it("score cells and declared figures agree on every short text", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("k", "a", "d", " ", ".", "/", "n", "K", "Á", "p", "u", "g", "ô", "h"),
        (c) => {
          const text = `K${c}AD`;
          const inScore = parseNumberCell(text).kind === "not-applicable";
          expect(inScore).toBe(isNotApplicableText(text));
        },
      ),
    );
  });
});

describe("a not-applicable mark", () => {
  const rows: RowSpec[] = [
    { code: "1", max: 10 },
    { code: "1.1", max: 4, self: "KAD" },
    { code: "1.2", max: 6, self: 6 },
  ];

  it("without a set or rule text: reported on its cell, the item keeps its maximum and scores 0", () => {
    const { totals, issues } = check(rows);
    expect(totals.applicableMax).toBe(10);
    expect(totals.index).toBe(60);
    expect(issues).toContainEqual(
      expect.objectContaining({ code: "not-applicable-unconfirmed", cell: "F7", criterion: "1.1" }),
    );
    expect(issues.map((i) => i.code)).not.toContain("score-missing");
  });

  it("with a set that allows it: the maximum shrinks, no issue", () => {
    const set = buildSet([
      {
        code: "1",
        title: "A",
        max: 10,
        children: [
          { code: "1.1", title: "a", max: 4, mayBeNotApplicable: true },
          { code: "1.2", title: "b", max: 6 },
        ],
      },
    ]);
    const { totals, issues } = check(
      rows.map((r) => ({ ...r, title: r.code === "1.1" ? "a" : r.code === "1.2" ? "b" : "A" })),
      set,
    );
    expect(totals.applicableMax).toBe(6);
    expect(totals.index).toBe(100);
    expect(issues.map((i) => i.code)).not.toContain("not-applicable-disallowed");
  });

  it("with a set that does not allow it: an error, and the maximum stays", () => {
    const set = buildSet([
      {
        code: "1",
        title: "A",
        max: 10,
        children: [
          { code: "1.1", title: "a", max: 4 },
          { code: "1.2", title: "b", max: 6 },
        ],
      },
    ]);
    const { totals, issues } = check(rows, set);
    expect(totals.applicableMax).toBe(10);
    expect(issues).toContainEqual(
      expect.objectContaining({ code: "not-applicable-disallowed", criterion: "1.1" }),
    );
  });
});

describe("survey items without a set (item 8)", () => {
  it("a row titled as scored by the survey is never missing a self-score, with or without a set", () => {
    const rows: RowSpec[] = [
      { code: "1", max: 10 },
      { code: "1.1", max: 4, title: "Mức độ hài lòng của người dân (ĐTXHH)" },
      { code: "1.2", max: 6, self: 6 },
    ];
    const without = check(rows);
    expect(without.issues.map((i) => i.code)).not.toContain("score-missing");
    expect(without.totals.surveyMax).toBe(4);
    const set = buildSet([
      {
        code: "1",
        title: "A",
        max: 10,
        children: [
          { code: "1.1", title: "Mức độ hài lòng của người dân (ĐTXHH)", max: 4 },
          { code: "1.2", title: "Tiêu chí 1.2", max: 6 },
        ],
      },
    ]);
    const withSet = check(rows, set);
    expect(withSet.issues.map((i) => i.code)).not.toContain("score-missing");
  });

  it("a task about running a survey is still self-scored", () => {
    const { issues } = check([
      { code: "1", max: 1 },
      { code: "1.1", max: 1, title: "Tổ chức điều tra xã hội học về sự hài lòng" },
    ]);
    expect(issues.map((i) => i.code)).toContain("score-missing");
  });
});

describe("numbers stored as text (item 7)", () => {
  it("one issue on the text cell; the subtotal and total it throws off are its consequences", () => {
    const table = buildTable({
      rows: [
        // The sheet's SUM skipped "1,25": field 1 reads 2, not 3,25.
        { code: "1", max: 6, self: 2 },
        { code: "1.1", max: 2, self: "1,25" },
        { code: "1.2", max: 4, self: 2 },
        { code: "2", max: 4, self: 3 },
        { code: "2.1", max: 4, self: 3 },
      ],
      total: { self: 5 },
    });
    const detailed = computeDetailed(table);
    const issues = new IssueCollector("vi", "Tự chấm");
    validateWithTotals(table, issues, {}, detailed);
    const codes = issues.issues.map((i) => i.code);
    expect(codes).not.toContain("subtotal-mismatch");
    expect(codes).not.toContain("total-mismatch");
    const text = issues.issues.filter((i) => i.code === "number-stored-as-text");
    expect(text).toHaveLength(1);
    expect(text[0]).toMatchObject({ cell: "F7", criterion: "1.1", value: "1,25" });
    expect(text[0]!.message).toContain("F6");
    // The tool counts it: 1,25 + 2 + 3.
    expect(detailed.totals.self).toBe(6.25);
  });

  it("a real mismatch next to a text number is still reported", () => {
    const table = buildTable({
      rows: [
        { code: "1", max: 6, self: 1 },
        { code: "1.1", max: 2, self: "1,25" },
        { code: "1.2", max: 4, self: 2 },
      ],
    });
    const { issues } = (() => {
      const c = new IssueCollector("vi", "Tự chấm");
      validateWithTotals(table, c, {}, computeDetailed(table));
      return c;
    })();
    // 1 is neither 3,25 (the tool's sum) nor 2 (the sheet's SUM skipping the text): a real error.
    expect(issues.map((i) => i.code)).toContain("subtotal-mismatch");
  });
});
