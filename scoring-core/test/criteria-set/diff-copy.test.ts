import { copySetForYear } from "../../src/criteria-set/copy";
import { diffSets, diffSheet, titleSimilarity } from "../../src/criteria-set/diff";
import { SAMPLE_DEPARTMENT_2025 } from "../../src/criteria-set/samples/index";
import type { CriteriaSet } from "../../src/criteria-set/schema";
import { validateCriteriaSet } from "../../src/criteria-set/validate-set";
import { makeSet } from "./set-fixtures";

const clone = (s: CriteriaSet): CriteriaSet => JSON.parse(JSON.stringify(s)) as CriteriaSet;

describe("diffSets", () => {
  const before = makeSet([
    {
      code: "1",
      title: "Công tác chỉ đạo, điều hành cải cách hành chính",
      max: 10,
      children: [
        {
          code: "1.1",
          title: "Ban hành kế hoạch cải cách hành chính năm",
          max: 4,
          ruleText: "Có: 4; Không: 0",
        },
        { code: "1.2", title: "Báo cáo cải cách hành chính định kỳ", max: 3 },
        { code: "1.3", title: "Kiểm tra cải cách hành chính", max: 3 },
      ],
    },
  ]);

  it("is empty for the same set", () => {
    expect(diffSets(before, before)).toEqual({ added: [], removed: [], changed: [] });
  });

  it("lists renumbered items as one code change, not a removal and an addition", () => {
    const after = makeSet([
      {
        code: "1",
        title: "Công tác chỉ đạo, điều hành cải cách hành chính",
        max: 10,
        children: [
          { code: "1.1", title: "Tuyên truyền cải cách hành chính", max: 1 },
          {
            code: "1.2",
            title: "Ban hành kế hoạch cải cách hành chính năm",
            max: 3,
            ruleText: "Có: 3; Không: 0",
          },
          { code: "1.3", title: "Báo cáo cải cách hành chính định kỳ", max: 3 },
          { code: "1.4", title: "Kiểm tra cải cách hành chính hằng năm", max: 3 },
        ],
      },
    ]);
    const d = diffSets(before, after);
    expect(d.added).toEqual([{ code: "1.1", title: "Tuyên truyền cải cách hành chính", max: 1 }]);
    expect(d.removed).toEqual([]);
    expect(d.changed).toEqual([
      { code: "1.2", what: "code", old: "1.1", new: "1.2" },
      { code: "1.2", what: "max", old: 4, new: 3 },
      { code: "1.2", what: "rule", old: "Có: 4; Không: 0", new: "Có: 3; Không: 0" },
      { code: "1.3", what: "code", old: "1.2", new: "1.3" },
      { code: "1.4", what: "code", old: "1.3", new: "1.4" },
      {
        code: "1.4",
        what: "title",
        old: "Kiểm tra cải cách hành chính",
        new: "Kiểm tra cải cách hành chính hằng năm",
      },
    ]);
  });

  it("lists removed items and renders a sheet with neutralised text", () => {
    const after = clone(before);
    after.fields[0]!.children!.pop();
    after.fields[0]!.children![0]!.title = "=HYPERLINK(1)";
    const d = diffSets(before, after);
    expect(d.removed.map((r) => r.code)).toEqual(["1.3"]);
    const sheet = diffSheet(d, before, after, "vi");
    expect(sheet.rows[1]).toEqual(["Thay đổi", "Mã", "Nội dung", "Cũ", "Mới"]);
    expect(sheet.rows.flat().some((c) => typeof c === "string" && c.startsWith("="))).toBe(false);
  });

  it("titleSimilarity ignores accents and case", () => {
    expect(titleSimilarity("Ban hành Kế hoạch", "ban hanh ke hoach")).toBe(1);
    expect(titleSimilarity("Ban hành kế hoạch", "Kiểm tra")).toBe(0);
  });
});

describe("copySetForYear", () => {
  it("starts next year's set: new year and id, no decision or annex rows, same tree", () => {
    const last = clone(SAMPLE_DEPARTMENT_2025);
    last.source = { decision: "Quyết định 1/QĐ-UBND", date: "2025-01-02", issuer: "UBND tỉnh" };
    last.fields[0]!.source = { row: 9, cell: "C9" };
    last.evidencePeriod = { from: "2024-12-15", to: "2025-12-14" };
    const next = copySetForYear(last, { year: 2026 });
    expect(next.year).toBe(2026);
    expect(next.id).toBe("sample-department-2026");
    expect(next.source).toEqual({ issuer: "UBND tỉnh" });
    expect(next.fields[0]!.source).toBeUndefined();
    expect(next.evidencePeriod).toEqual({ from: "2025-12-15", to: "2026-12-14" });
    expect(diffSets(last, next)).toEqual({ added: [], removed: [], changed: [] });
    expect(validateCriteriaSet(next)).toEqual(validateCriteriaSet(last));
    // The original is untouched.
    expect(last.fields[0]!.source).toEqual({ row: 9, cell: "C9" });
  });
});
