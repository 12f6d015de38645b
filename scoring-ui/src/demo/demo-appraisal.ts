/**
 * The demo's appraised table (?appraisal=1): the sample set's template for one unit, filled as
 * a unit and its appraisers would after round 1 — two items flagged "Cần giải trình", one of
 * them answered — so the "Giải trình" panel has something real to show.
 */
import {
  buildTemplate,
  fillTemplate,
  SAMPLE_SETS,
  type Grid,
  type TemplateAnswers,
} from "@cchc/scoring-core";

export const DEMO_APPRAISAL_SHEET = "Tự đánh giá 2025";

export function demoAppraisalGrid(): Grid {
  const set = SAMPLE_SETS[0]!;
  const spec = buildTemplate(set, { unit: "Sở Tư pháp", year: 2025, lang: "vi" });
  const leaves = spec.rows.filter((r) => r.validation && r.code && !r.greyed);
  const answers: TemplateAnswers = {};
  leaves.forEach((r, i) => {
    const v = r.validation!;
    const max = v.kind === "list" ? Math.max(...v.values) : v.max;
    const min = v.kind === "list" ? Math.min(...v.values) : v.min;
    answers[r.code!] = { self: max, evidence: "Kế hoạch số 12/KH-STP", appraisal1: max };
    if (i === 0)
      answers[r.code!] = {
        ...answers[r.code!],
        appraisal1: min,
        appraisalFlag: "Cần giải trình",
        appraisalNote: "Chưa có quyết định ban hành kèm theo",
        explanation: "Bổ sung Quyết định số 45/QĐ-STP ngày 20/01/2025",
      };
    if (i === 2)
      answers[r.code!] = {
        ...answers[r.code!],
        appraisal1: min,
        appraisalFlag: "Cần bổ sung tài liệu",
        appraisalNote: "Tài liệu kiểm chứng không đúng năm đánh giá",
        evidence: "",
      };
  });
  return { ...fillTemplate(spec, answers), sheet: DEMO_APPRAISAL_SHEET };
}
