/**
 * Realistic workbooks for the fake: a department's self-assessment built from the core's sample
 * criteria set (buildTemplate + fillTemplate, formulas calculated), with the mistakes officials
 * make, plus helpers to load any Grid into a fake sheet.
 */
import { buildTemplate, SAMPLE_SETS, type CriteriaSet, type Grid } from "@cchc/scoring-core";
import { fillTemplate, type TemplateAnswers } from "@cchc/scoring-core";
import type { WorkbookModel } from "../fake-excel";

export const DEPARTMENT_SHEET = "Tự đánh giá 2025";

export function sampleSet(): CriteriaSet {
  const set = SAMPLE_SETS.find((s) => s.unitTypes.includes("department")) ?? SAMPLE_SETS[0];
  if (!set) throw new Error("no sample criteria set");
  return set;
}

/** Answers every leaf at its maximum with evidence, then plants a few mistakes. */
export function departmentGrid(unit = "Sở Tư pháp", options: { mistakes?: boolean } = {}): Grid {
  const set = sampleSet();
  const spec = buildTemplate(set, { unit, year: set.year, lang: "vi" });
  const answers: TemplateAnswers = {};
  const leaves = spec.rows.filter((r) => r.validation && r.code);
  leaves.forEach((row, i) => {
    const v = row.validation!;
    const max = v.kind === "decimal" ? v.max : Math.max(...v.values);
    answers[row.code!] = {
      self: max,
      declared: "Có",
      evidence: `Kế hoạch số ${i + 10}/KH-STP ngày 10/01/2025`,
    };
  });
  if (options.mistakes !== false && leaves.length > 3) {
    const [a, b, c] = leaves;
    answers[a!.code!] = { ...answers[a!.code!], self: (answers[a!.code!]!.self as number) + 1 }; // over the maximum
    answers[b!.code!] = { ...answers[b!.code!], self: "đạt" }; // text in a score cell
    answers[c!.code!] = { ...answers[c!.code!], evidence: null, explanation: null }; // no evidence
  }
  return fillTemplate(spec, answers, { calculate: true });
}

/** Loads a Grid into a new fake sheet: values, formulas (kept next to their values) and merges. */
export function loadGrid(model: WorkbookModel, grid: Grid, name = grid.sheet) {
  const sheet = model.addSheet(name);
  const o = grid.origin ?? { row: 0, col: 0 };
  grid.values.forEach((row, r) =>
    row.forEach((v, c) => {
      const f = grid.formulas?.[r]?.[c] ?? null;
      sheet.set(o.row + r, o.col + c, { value: v, formula: f && f.startsWith("=") ? f : null });
    }),
  );
  for (const m of grid.merges ?? [])
    sheet.merges.push({
      top: o.row + m.top,
      left: o.col + m.left,
      bottom: o.row + m.bottom,
      right: o.col + m.right,
    });
  return sheet;
}

/** A sheet of `rows` scoring rows (for sync counts at 150 and 5 000 rows). */
export function longGrid(rows: number): Grid {
  const values: Grid["values"] = [
    ["BẢNG TỰ CHẤM ĐIỂM CHỈ SỐ CCHC NĂM 2025"],
    ["Đơn vị: Sở Tư pháp"],
    [],
    [
      "STT",
      "Lĩnh vực/tiêu chí/tiêu chí thành phần",
      "Điểm tối đa",
      "Điểm tự đánh giá",
      "Tài liệu kiểm chứng",
      "Giải trình",
    ],
  ];
  const perField = Math.ceil(rows / 8);
  for (let f = 1; f <= 8 && values.length - 4 < rows; f++) {
    values.push([String(f), `Lĩnh vực ${f}`, perField * 0.5, perField * 0.5, null, null]);
    for (let i = 1; i < perField && values.length - 4 < rows; i++)
      values.push([
        `${f}.${i}`,
        `Tiêu chí thành phần ${f}.${i} về cải cách hành chính`,
        0.5,
        0.5,
        `Quyết định số ${i}/QĐ-UBND ngày 19/9/2025`,
        null,
      ]);
  }
  return { sheet: "Bảng điểm", values };
}
