/**
 * Benchmark inputs: realistic 150-row scoring sheets (8 fields × 3 criteria × 5 sub-criteria,
 * two-row header, SUM formulas on parent rows, comma decimals typed as text, evidence texts),
 * built with the test fixtures' grid builder and a seeded generator so every run sees the same data.
 */
import type { Grid } from "../src/grid/grid";
import { buildScoringGrid, type FixtureNode } from "../test/fixtures/build-grid";
import { DEPARTMENT_COLUMNS } from "../test/fixtures/department-grid";

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
  return buildScoringGrid({
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
  }).grid;
}
