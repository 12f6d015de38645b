/**
 * Benchmark inputs: realistic 150-row scoring sheets (8 fields × 3 criteria × 5 sub-criteria,
 * two-row header, SUM formulas on parent rows, comma decimals typed as text, evidence texts),
 * built with the test fixtures' grid builder and a seeded generator so every run sees the same data.
 * Their formula rows are what the Excel and Sheets adapters hand the core (build-grid.ts
 * `hostFormulaRows`: null for a row without a formula, full width otherwise), not the builder's
 * full rows of nulls that no host gives; xlsx-grid (`cchc`) gives the same, its rows cut shorter.
 */
import type { Grid } from "../src/grid/grid";
import { buildScoringGrid, hostFormulaRows, type FixtureNode } from "../test/fixtures/build-grid";
import { DEPARTMENT_COLUMNS } from "../test/fixtures/department-grid";
import { flattenSet, isLeaf } from "../src/criteria-set/lookup";
import { SAMPLE_DEPARTMENT_2025 } from "../src/criteria-set/samples/index";
import { buildTemplate } from "../src/template/build-template";
import { fillTemplate, type TemplateAnswers } from "../src/template/fill-template";
import { expectedPoints, parseDeclaredFigure } from "../src/validation/declared-figure";

/** mulberry32: small, fast, seeded. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"];

export function benchGrid(seed: number): Grid {
  const rand = rng(seed);
  const fields: FixtureNode[] = ROMAN.map((roman, f) => ({
    code: roman,
    title: `Lĩnh vực ${f + 1}: cải cách hành chính nội dung ${f + 1}`,
    children: [1, 2, 3].map((c) => ({
      code: `${f + 1}.${c}`,
      title: `Tiêu chí ${f + 1}.${c} về thực hiện nhiệm vụ cải cách`,
      children: [1, 2, 3, 4, 5].map((s) => {
        const max = [0.5, 1, 1.5, 2][Math.floor(rand() * 4)]!;
        const self = Math.round(max * rand() * 4) / 4;
        const withEvidence = rand() < 0.85;
        return {
          code: `${f + 1}.${c}.${s}`,
          title: `Tiêu chí thành phần ${f + 1}.${c}.${s}: hoàn thành đúng hạn, đầy đủ nội dung`,
          max,
          self,
          evidence: withEvidence
            ? `Báo cáo số ${100 + s}/BC-SNV ngày ${1 + Math.floor(rand() * 28)}/${1 + Math.floor(rand() * 12)}/2025`
            : undefined,
          explanation: !withEvidence && rand() < 0.5 ? "Đơn vị giải trình kèm theo" : undefined,
        } satisfies FixtureNode;
      }),
    })),
  }));
  const { grid } = buildScoringGrid({
    sheet: "Tự chấm 2025",
    titleRows: [
      [[0, "ỦY BAN NHÂN DÂN TỈNH SƠN LA"]],
      [[0, `SỞ SỐ ${seed}`]],
      [[0, "BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CCHC NĂM 2025"]],
    ],
    columns: DEPARTMENT_COLUMNS,
    nodes: fields,
    columnNumbers: true,
    totalLabel: "Tổng cộng",
    commaText: true,
  });
  return hostFormulaRows(grid);
}

/**
 * A unit's table scored against a reference set, as hosts and `cchc --set` score (formula rows
 * as the hosts give them, as benchGrid's): the province's
 * template built by the tool from the sample department set (same codes, titles, maxima and
 * rules in every unit, as a province's units share them), filled in per seed as a unit would:
 * a score on the rule's scale for most leaves, some left blank, declared figures where the rule
 * needs one, evidence on most scored rows. Texts and scores differ between seeds.
 */
export function benchSetGrid(seed: number): Grid {
  const rand = rng(seed);
  const set = SAMPLE_DEPARTMENT_2025;
  const unitType = "department";
  const quarter = (max: number) => Math.round(max * rand() * 4) / 4;
  const answers: TemplateAnswers = {};
  for (const { node } of flattenSet(set)) {
    if (!isLeaf(node) || node.surveyScored || node.rule?.kind === "survey") continue;
    if (node.unitTypes && !node.unitTypes.includes(unitType)) continue;
    const max = node.maxByUnitType?.[unitType] ?? node.max;
    const rule = node.rule;
    let self: number | null;
    let declared: string | null = null;
    if (rand() < 0.05) self = null;
    else if (rule?.kind === "levels") self = rule.levels[Math.floor(rand() * rule.levels.length)]!.points;
    else if (rule?.kind === "yes-no") self = rand() < 0.8 ? max : 0;
    else if (rule?.kind === "thresholds" || rule?.kind === "ratio") {
      declared = `${80 + Math.floor(rand() * 21)}%`;
      // Mostly the rule's own points for the figure; now and then a score that differs.
      const expected = expectedPoints(rule, parseDeclaredFigure(declared), max);
      self = expected.kind === "points" && rand() < 0.9 ? expected.points : quarter(max);
    } else self = max < 0 ? -quarter(-max) : quarter(max);
    const withEvidence = self !== null && rand() < 0.85;
    answers[node.code] = {
      self,
      declared,
      evidence: withEvidence
        ? `Kế hoạch số ${10 + Math.floor(rand() * 300)}/KH-SNV ngày ${1 + Math.floor(rand() * 28)}/${1 + Math.floor(rand() * 12)}/2025`
        : null,
      explanation: !withEvidence && rand() < 0.5 ? "Đơn vị giải trình kèm theo" : null,
    };
  }
  const spec = buildTemplate(set, { unit: `Sở số ${seed}`, unitType, year: set.year });
  return hostFormulaRows(fillTemplate(spec, answers));
}

/** The reference set and unit type benchSetGrid's tables are scored with. */
export const BENCH_SET = { set: SAMPLE_DEPARTMENT_2025, unitType: "department" } as const;
