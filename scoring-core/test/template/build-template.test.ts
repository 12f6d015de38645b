import fc from "fast-check";
import { appliesTo, maxFor } from "../../src/criteria-set/lookup";
import { CriteriaSetSchema, type Criterion, type CriteriaSet } from "../../src/criteria-set/schema";
import { SAMPLE_COMMUNE_2025, SAMPLE_DEPARTMENT_2025 } from "../../src/criteria-set/samples";
import { parseA1 } from "../../src/grid/address";
import {
  buildTemplate,
  fillTemplate,
  templateToGrid,
  type TemplateAnswers,
} from "../../src/template/build-template";
import type { TemplateSpec, TemplateRow } from "../../src/template/template-spec";
import { readTable } from "../../src/table/read-table";
import { computeTotals } from "../../src/totals/compute-totals";
import { deriveCriteriaSet } from "../../src/criteria-set/derive";
import { flattenSet, isLeaf } from "../../src/criteria-set/lookup";
import { add, sub } from "../../src/numbers/decimal";

const HEADER = [
  "STT",
  "Lĩnh vực/tiêu chí/tiêu chí thành phần",
  "Cách tính điểm",
  "Điểm tối đa",
  "Số liệu kê khai",
  "Điểm tự đánh giá",
  "Tài liệu kiểm chứng",
  "Giải trình",
  "Điểm thẩm định lần 1",
  "Điểm thẩm định lần 2",
  "Ghi chú của thẩm định",
  "Cần giải trình / bổ sung tài liệu",
];
const COL = {
  code: 0,
  title: 1,
  rule: 2,
  max: 3,
  declared: 4,
  self: 5,
  evidence: 6,
  explanation: 7,
  a1: 8,
  a2: 9,
  note: 10,
};

function codeRows(spec: TemplateSpec): Map<string, { row: TemplateRow; index: number }> {
  const m = new Map<string, { row: TemplateRow; index: number }>();
  spec.rows.forEach((row, index) => row.code && m.set(row.code, { row, index }));
  return m;
}

function parentCode(code: string): string | null {
  const i = code.lastIndexOf(".");
  return i < 0 ? null : code.slice(0, i);
}

/** Sheet rows (0-based) a formula refers to, in the given column. */
function refRows(formula: string, col: number): number[] {
  return [...formula.matchAll(/\$?([A-Z]+)\$?(\d+)/g)]
    .map((m) => parseA1(`${m[1]}${m[2]}`)!)
    .filter((a) => a.col === col)
    .map((a) => a.row);
}

function formulaOf(row: TemplateRow, col: number): string {
  const c = row.cells[col];
  if (c === null || typeof c !== "object") throw new Error(`no formula in ${row.code} col ${col}`);
  return c.formula;
}

const cases: [string, CriteriaSet, string][] = [
  ["department", SAMPLE_DEPARTMENT_2025, "department"],
  ["commune", SAMPLE_COMMUNE_2025, "commune"],
  ["district (older sets)", SAMPLE_COMMUNE_2025, "district"],
];

describe.each(cases)("buildTemplate for a %s", (_name, set, unitType) => {
  const spec = buildTemplate(set, { unit: "Sở Tư pháp", unitType, year: 2025 });
  const byCode = codeRows(spec);

  it("writes title rows and a one-row header the reader knows", () => {
    const titles = spec.rows.filter((r) => r.kind === "title").map((r) => r.cells[0]);
    expect(titles).toContain("Đơn vị: Sở Tư pháp");
    expect(titles).toContain("BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CCHC NĂM 2025");
    expect(
      titles.some((t) => typeof t === "string" && t.includes("MẪU — KHÔNG PHẢI VĂN BẢN CHÍNH THỨC")),
    ).toBe(true);
    const header = spec.rows.findIndex((r) => r.kind === "header");
    expect(spec.rows[header]!.cells).toEqual(HEADER);
    expect(spec.frozenRows).toBe(header + 1);
    expect(spec.merges).toEqual(
      spec.rows.flatMap((r, i) =>
        r.kind === "title" ? [{ top: i, left: 0, bottom: i, right: HEADER.length - 1 }] : [],
      ),
    );
  });

  it("gives every self-scored leaf a validation that fits its maximum, and greys survey items", () => {
    let leaves = 0;
    for (const [code, { row }] of byCode) {
      const hasKids = [...byCode.keys()].some((c) => parentCode(c) === code);
      if (hasKids) continue;
      leaves++;
      const max = row.cells[COL.max] as number;
      expect(typeof max).toBe("number");
      if (row.greyed) {
        expect(row.validation).toBeUndefined();
        expect(row.cells[COL.rule]).toMatch(/điều tra xã hội học/i);
        continue;
      }
      const v = row.validation!;
      expect(v).toBeDefined();
      const lo = Math.min(0, max);
      const hi = Math.max(0, max);
      if (v.kind === "decimal") expect([v.min, v.max]).toEqual([lo, hi]);
      else for (const x of v.values) expect(x >= lo && x <= hi).toBe(true);
    }
    expect(leaves).toBeGreaterThanOrEqual(30);
  });

  it("sums each parent's max, self and appraisal cells over exactly its direct children", () => {
    for (const [code, { row }] of byCode) {
      const kids = [...byCode.entries()].filter(([c]) => parentCode(c) === code).map(([, v]) => v.index);
      if (kids.length === 0) continue;
      for (const col of [COL.self, COL.a1, COL.a2])
        expect(refRows(formulaOf(row, col), col).sort()).toEqual(kids.sort());
      if (row.cells[COL.max] !== null && typeof row.cells[COL.max] === "object")
        expect(refRows(formulaOf(row, COL.max), COL.max).sort()).toEqual(kids.sort());
    }
    const bonus = byCode.get("9.1")!.row;
    expect(formulaOf(bonus, COL.self)).toMatch(/^=MIN\(SUM\(F\d+,F\d+\),\d+\)$/);
    const penalty = byCode.get("9.2")!.row;
    expect(formulaOf(penalty, COL.self)).toMatch(/^=MAX\(SUM\(F\d+(,F\d+)*\),-\d+\)$/);
  });

  it("totals the main fields' maxima, and every field's points (bonus and penalty within caps)", () => {
    const total = spec.rows.find((r) => r.kind === "total")!;
    expect(total.cells[COL.title]).toBe("Tổng cộng");
    const fieldRows = (codes: string[]) => codes.map((c) => byCode.get(c)!.index).sort();
    expect(refRows(formulaOf(total, COL.max), COL.max).sort()).toEqual(
      fieldRows(["1", "2", "3", "4", "5", "6", "7", "8"]),
    );
    expect(refRows(formulaOf(total, COL.self), COL.self).sort()).toEqual(
      fieldRows(["1", "2", "3", "4", "5", "6", "7", "8", "9"]),
    );
    const totalIndex = spec.rows.indexOf(total);
    expect(spec.totalCells).toEqual({ self: `F${totalIndex + 1}`, max: `D${totalIndex + 1}` });
  });

  it("lets units edit only leaves' declared…explanation cells (not survey items), and appraisers their field", () => {
    const editable = new Set<number>();
    for (const r of spec.editableRanges) {
      const m = /^E(\d+):H(\d+)$/.exec(r)!;
      expect(m).not.toBeNull();
      for (let i = Number(m[1]); i <= Number(m[2]); i++) editable.add(i - 1);
    }
    const expected = spec.rows.flatMap((r, i) => (r.validation ? [i] : []));
    expect([...editable].sort((a, b) => a - b)).toEqual(expected);
    for (const { field, range } of spec.appraisalRanges) {
      const m = /^I(\d+):L(\d+)$/.exec(range)!;
      for (let i = Number(m[1]); i <= Number(m[2]); i++)
        expect(spec.rows[i - 1]!.code!.split(".")[0]).toBe(field);
    }
    expect(new Set(spec.appraisalRanges.map((a) => a.field)).size).toBe(9);
    // The flag column's drop-down covers exactly the rows appraisers score.
    const flagRows = new Set<number>();
    for (const r of spec.textLists![0]!.ranges) {
      const m = /^L(\d+)(?::L(\d+))?$/.exec(r)!;
      for (let i = Number(m[1]); i <= Number(m[2] ?? m[1]); i++) flagRows.add(i - 1);
    }
    expect([...flagRows].sort((a, b) => a - b)).toEqual(expected);
    expect(spec.textLists![0]!.values).toContain("Cần giải trình");
  });

  it("marks missing evidence and over-max scores on leaf rows only", () => {
    for (const cf of spec.conditionalFormats) {
      const [a, b] = cf.range.split(":").map((x) => parseA1(x)!);
      for (let r = a!.row; r <= b!.row; r++) expect(spec.rows[r]!.validation).toBeDefined();
      const top = cf.range.split(":")[0]!;
      expect(cf.formula.startsWith(`=AND(ISNUMBER(${top})`)).toBe(true);
    }
    expect(spec.conditionalFormats.some((c) => c.kind === "missing-evidence")).toBe(true);
    expect(spec.conditionalFormats.some((c) => c.kind === "over-max" && c.range.startsWith("I"))).toBe(true);
  });

  it("leaves out items that do not apply and uses the unit type's maxima", () => {
    const expectedCodes: string[] = [];
    const walk = (nodes: Criterion[]) =>
      nodes.forEach((n) => {
        if (!appliesTo(n, unitType)) return;
        expectedCodes.push(n.code);
        walk(n.children ?? []);
      });
    walk(set.fields);
    expect([...byCode.keys()]).toEqual(expectedCodes);
    if (set === SAMPLE_COMMUNE_2025) {
      const c811 = set.fields[7]!.children![0]!.children![0]!;
      expect(byCode.get("8.1.1")!.row.cells[COL.max]).toBe(maxFor(c811, unitType));
    }
  });
});

describe("buildTemplate details", () => {
  const tiny = (fields: unknown, extra: Record<string, unknown> = {}) =>
    CriteriaSetSchema.parse({
      schemaVersion: 1,
      id: "t",
      name: "Bộ thử",
      year: 2024,
      unitTypes: ["commune", "district"],
      fields,
      classification: { bands: [{ label: "Tốt", labelEn: "Good", min: 80 }] },
      ...extra,
    });

  it("neutralises every text from the set or the user", () => {
    const set = tiny([
      {
        code: "1",
        title: '=HYPERLINK("http://x")',
        max: 1,
        children: [
          {
            code: "1.1",
            title: "+cmd",
            max: 1,
            ruleText: "- Ban hành đúng hạn: 1 điểm\n- Chậm: 0,5 điểm",
            evidence: "@SUM(A1)",
          },
        ],
      },
    ]);
    const spec = buildTemplate(set, { unit: "=1+1", unitType: "commune" });
    const texts = spec.rows.flatMap((r) => r.cells.filter((c): c is string => typeof c === "string"));
    for (const t of texts) expect(t).not.toMatch(/^[=+\-@\t\r\n]/);
    expect(texts).toContain('\'=HYPERLINK("http://x")');
    expect(texts).toContain("'+cmd");
    expect(texts).toContain("'- Ban hành đúng hạn: 1 điểm\n- Chậm: 0,5 điểm");
    expect(spec.rows.find((r) => r.code === "1.1")!.evidenceHint).toBe("'@SUM(A1)");
    expect(texts).toContain("Đơn vị: =1+1");
  });

  it("drops items of other unit types, has no sample line for an official set, and can leave out appraisal", () => {
    const set = tiny([
      {
        code: "1",
        title: "A",
        max: 2,
        children: [
          { code: "1.1", title: "B", max: 2, maxByUnitType: { district: 1 } },
          { code: "1.2", title: "C", max: 1, unitTypes: ["district"] },
        ],
      },
    ]);
    const spec = buildTemplate(set, { unit: "UBND xã A", unitType: "commune", appraisal: false });
    expect(spec.rows.map((r) => r.code).filter(Boolean)).toEqual(["1", "1.1"]);
    expect(spec.columns).toHaveLength(8);
    expect(spec.appraisalRanges).toEqual([]);
    expect(spec.rows.some((r) => r.kind === "title" && String(r.cells[0]).includes("MẪU"))).toBe(false);
    const district = buildTemplate(set, { unit: "UBND huyện B", unitType: "district" });
    expect(district.rows.map((r) => r.code).filter(Boolean)).toEqual(["1", "1.1", "1.2"]);
    expect(district.rows.find((r) => r.code === "1.1")!.cells[COL.max]).toBe(1);
    expect(district.sheetName).toBe("Tự đánh giá 2024");
  });

  it("writes a rule in words when the set has only the structured rule, and allows “Không áp dụng” where items may not apply", () => {
    const set = tiny([
      {
        code: "1",
        title: "A",
        max: 1,
        mayBeNotApplicable: true,
        children: [{ code: "1.1", title: "B", max: 1, rule: { kind: "yes-no" } }],
      },
    ]);
    const row = buildTemplate(set, { unit: "X" }).rows.find((r) => r.code === "1.1")!;
    expect(row.cells[COL.rule]).toBe("Có: 1 điểm; Không: 0 điểm");
    expect(row.validation).toEqual({ kind: "list", values: [1, 0], allowText: ["Không áp dụng"] });
  });
});

describe("templateToGrid and fillTemplate", () => {
  const spec = buildTemplate(SAMPLE_DEPARTMENT_2025, { unit: "Sở Tư pháp", unitType: "department" });

  it("templateToGrid leaves formula values null and fills formulas, merging title rows", () => {
    const grid = templateToGrid(spec);
    expect(grid.sheet).toBe(spec.sheetName);
    spec.rows.forEach((row, r) =>
      row.cells.forEach((cell, c) => {
        if (cell !== null && typeof cell === "object") {
          expect(grid.values[r]![c]).toBeNull();
          expect(grid.formulas![r]![c]).toBe(cell.formula);
        } else {
          expect(grid.values[r]![c]).toBe(cell);
          expect(grid.formulas![r]![c]).toBeNull();
        }
      }),
    );
    expect(grid.merges!.length).toBe(spec.rows.filter((r) => r.kind === "title").length);
  });

  it("fillTemplate writes answers into leaf rows only, neutralises texts and calculates the sums", () => {
    const grid = fillTemplate(spec, {
      "1.1.1": {
        self: 1,
        declared: "Đúng hạn",
        evidence: "=cmd",
        explanation: "Kế hoạch số 12/KH-STP ngày 10/01/2025",
      },
      "1.1.2": { self: 2, appraisal1: 2, appraisal2: 3 },
      "1.1": { self: 99 },
      "9.2.2": { self: -1 },
      "9.2.3": { self: -1 },
      "9.2.1": { self: -2 },
      "9.1.1": { self: 2 },
      "9.1.2": { self: 1.5 },
    });
    const rowOf = (code: string) => spec.rows.findIndex((r) => r.code === code);
    expect(grid.values[rowOf("1.1.1")]![COL.evidence]).toBe("'=cmd");
    expect(grid.values[rowOf("1.1")]![COL.self]).toBe(3);
    expect(grid.formulas![rowOf("1.1")]![COL.self]).toMatch(/^=SUM/);
    expect(grid.values[rowOf("1")]![COL.self]).toBe(3);
    expect(grid.values[rowOf("1.1")]![COL.a2]).toBe(3);
    expect(grid.values[rowOf("9.1")]![COL.self]).toBe(3); // 3,5 capped at 3
    expect(grid.values[rowOf("9.2")]![COL.self]).toBe(-3); // −4 capped at −3
    expect(grid.values[rowOf("9")]![COL.self]).toBe(0);
    const total = spec.rows.length - 1;
    expect(grid.values[total]![COL.max]).toBe(100);
    expect(grid.values[total]![COL.self]).toBe(3);
  });
});

/** Random valid answers for every self-scored leaf of a template. */
function answersArb(spec: TemplateSpec): fc.Arbitrary<TemplateAnswers> {
  const leaves = spec.rows.filter((r) => r.validation && r.code);
  return fc
    .tuple(
      ...leaves.map((r) => {
        const v = r.validation!;
        if (v.kind === "list") return fc.constantFrom(...v.values);
        const lo = Math.round(v.min * 4);
        const hi = Math.round(v.max * 4);
        return fc.integer({ min: lo, max: hi }).map((q) => q / 4);
      }),
    )
    .map((scores) =>
      Object.fromEntries(
        leaves.map((r, i) => [r.code!, { self: scores[i]!, evidence: "Kế hoạch số 1/KH-UBND" }]),
      ),
    );
}

interface Shape {
  code: string;
  title: string;
  max: number | null;
  children: Shape[];
}

describe("a template the core writes round-trips through the reader", () => {
  const setShape = (nodes: Criterion[], unitType: string): Shape[] =>
    nodes
      .filter((n) => appliesTo(n, unitType))
      .map((n) => ({
        code: n.code,
        title: n.title,
        max: maxFor(n, unitType),
        children: setShape(n.children ?? [], unitType),
      }));

  it.each(cases)(
    "for a %s: same codes, titles and maxima, and the total row equals computeTotals",
    (_n, set, unitType) => {
      const spec = buildTemplate(set, { unit: "Sở Tư pháp", unitType, year: 2025 });
      fc.assert(
        fc.property(answersArb(spec), (answers) => {
          const grid = fillTemplate(spec, answers);
          const read = readTable(grid);
          expect(read.ok).toBe(true);
          if (!read.ok) return;
          const tableShape = (nodes: readonly (typeof read.table.fields)[number][]): Shape[] =>
            nodes.map((n) => ({
              code: n.code,
              title: n.title,
              max: n.max?.parsed.kind === "number" ? n.max.parsed.value : null,
              children: tableShape(n.children),
            }));
          expect(tableShape(read.table.fields)).toEqual(setShape(set.fields, unitType));
          expect(read.table.unit).toBe("Sở Tư pháp");
          const { totals } = computeTotals(read.table, { set, unitType });
          const total = spec.rows.length - 1;
          const selfTotal = grid.values[total]![COL.self];
          expect(selfTotal).toBe(sub(add(totals.self, totals.bonus), totals.penalty));
          expect(grid.values[total]![COL.max]).toBe(totals.max);
        }),
        { numRuns: 25 },
      );
    },
  );
});

describe("a set derived back from its own template", () => {
  it.each(cases)("for a %s: the same rules, survey items and bonus/penalty parts", (_n, set, unitType) => {
    const read = readTable(fillTemplate(buildTemplate(set, { unit: "X", unitType }), {}));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const { set: derived, issues } = deriveCriteriaSet(read.table, {
      id: "d",
      name: "d",
      year: 2025,
      unitTypes: [unitType],
    });
    // The samples' bonus items add up above their caps on purpose; the sheet cannot carry that
    // acknowledgement (capIntended), so the derived set warns about it.
    expect(issues.filter((i) => i.severity !== "info" && i.code !== "set-bonus-over-cap")).toEqual([]);
    // Every rule text is read, the per-case penalty ("mỗi trường hợp trừ 0,5 điểm") included.
    expect(issues.filter((i) => i.code !== "set-bonus-over-cap").map((i) => [i.code, i.criterion])).toEqual(
      [],
    );
    const mine = new Map(flattenSet(derived).map(({ node }) => [node.code, node]));
    for (const { node } of flattenSet(set)) {
      if (!appliesTo(node, unitType) || !isLeaf(node)) continue;
      expect([node.code, mine.get(node.code)!.rule]).toEqual([node.code, node.rule]);
      expect(Boolean(mine.get(node.code)!.surveyScored)).toBe(Boolean(node.surveyScored));
    }
    expect(mine.get("9.1")!.cap ?? mine.get("9")!.cap).toBeDefined();
  });
});
