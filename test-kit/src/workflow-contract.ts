/**
 * The workflow contract: scenarios every host adapter runs through its own fake, so "the same
 * input gives the same report in every host" is a test, not a hope. A host supplies a
 * ContractHost; runScenario returns a plain outcome the tests compare across hosts.
 */
import {
  buildTemplate,
  DEFAULT_SETTINGS,
  fillTemplate,
  SAMPLE_SETS,
  type CriteriaSet,
  type Grid,
  type Settings,
  type TemplateAnswers,
  type ValidationReport,
} from "@cchc/scoring-core";
import type { UnitAppraisalView } from "@cchc/scoring-core/workflow";

export interface ContractWorkbook {
  validate(settings: Settings): Promise<ValidationReport> | ValidationReport;
  writeResults(report: ValidationReport): Promise<{ sheet: string }> | { sheet: string };
  /** Makes a sheet the active one (the user clicking its tab). */
  activate(sheet: string): void;
  /** The core's error code of a failure (hosts transport errors differently). */
  errorCode(e: unknown): string;
  /** "Mục cần giải trình" (#17): every host's pane shows the core's view. */
  appraisalItems(settings: Settings): Promise<UnitAppraisalView | null> | UnitAppraisalView | null;
}

export interface ContractHost {
  /** A workbook with these sheets in this order, `active` the active one. */
  open(sheets: Grid[], active: string): Promise<ContractWorkbook> | ContractWorkbook;
}

export interface Scenario {
  name: string;
  run(host: ContractHost): Promise<unknown>;
}

export const SCORING_SHEET = "Tự đánh giá 2025";

function departmentSet(): CriteriaSet {
  const set = SAMPLE_SETS.find((s) => s.unitTypes.includes("department")) ?? SAMPLE_SETS[0];
  if (!set) throw new Error("no sample criteria set");
  return set;
}

/** A unit's scoring sheet from the sample set: every item at its maximum, with three slips. */
export function scoringGrid(unit = "Sở Tư pháp", sheet = SCORING_SHEET): Grid {
  const set = departmentSet();
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
  const [a, b, c] = leaves;
  if (a && b && c) {
    answers[a.code!] = { ...answers[a.code!], self: (answers[a.code!]!.self as number) + 1 };
    answers[b.code!] = { ...answers[b.code!], self: "đạt" };
    answers[c.code!] = { ...answers[c.code!], evidence: null, explanation: null };
  }
  return { ...fillTemplate(spec, answers, { calculate: true }), sheet };
}

/** The same table after round 1: two items flagged with a note, the first one answered. */
export function appraisedGrid(unit = "Sở Tư pháp", sheet = SCORING_SHEET): Grid {
  const set = departmentSet();
  const spec = buildTemplate(set, { unit, year: set.year, lang: "vi" });
  const answers: TemplateAnswers = {};
  const leaves = spec.rows.filter((r) => r.validation && r.code && !r.greyed);
  leaves.forEach((row, i) => {
    const v = row.validation!;
    const max = v.kind === "decimal" ? v.max : Math.max(...v.values);
    const min = v.kind === "decimal" ? v.min : Math.min(...v.values);
    answers[row.code!] = {
      self: max,
      evidence: `Kế hoạch số ${i + 10}/KH-STP ngày 10/01/2025`,
      appraisal1: i < 2 ? min : max,
      ...(i < 2 ? { appraisalFlag: "Cần giải trình", appraisalNote: `Thiếu tài liệu mục ${row.code!}` } : {}),
      ...(i === 0 ? { explanation: "Bổ sung Quyết định số 45/QĐ-STP" } : {}),
    };
  });
  return { ...fillTemplate(spec, answers, { calculate: true }), sheet };
}

/** An instructions sheet, first in the workbook as units receive it. */
export function instructionsGrid(): Grid {
  return {
    sheet: "Hướng dẫn",
    values: [
      ["HƯỚNG DẪN TỰ CHẤM ĐIỂM CHỈ SỐ CCHC"],
      ["1. Nhập điểm tự đánh giá vào cột D."],
      ["2. Ghi tài liệu kiểm chứng."],
    ],
  };
}

/** What the hosts must agree on: the checked sheet and everything the user sees of the report. */
export function reportOutcome(report: ValidationReport) {
  return {
    sheet: report.sheet,
    tableFound: report.tableFound,
    unit: report.unit,
    year: report.year,
    criteriaSetId: report.criteriaSetId,
    counts: report.counts,
    issues: report.issues.map((i) => ({
      code: i.code,
      severity: i.severity,
      sheet: i.sheet,
      cell: i.cell,
      criterion: i.criterion,
      message: i.message,
    })),
    totals: report.totals,
  };
}

async function outcomeOf(wb: ContractWorkbook, settings: Settings) {
  try {
    return { report: reportOutcome(await wb.validate(settings)) };
  } catch (e) {
    return { error: wb.errorCode(e) };
  }
}

const settings = (patch: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...patch });

export const WORKFLOW_SCENARIOS: Scenario[] = [
  {
    name: "the active sheet is the unit's table: it is checked",
    run: async (host) =>
      outcomeOf(await host.open([instructionsGrid(), scoringGrid()], SCORING_SHEET), settings()),
  },
  {
    name: "the active sheet is “Hướng dẫn”: the scoring table is checked and the user told which",
    run: async (host) =>
      outcomeOf(await host.open([instructionsGrid(), scoringGrid()], "Hướng dẫn"), settings()),
  },
  {
    name: "the results sheet is active: never checked as a unit's table",
    run: async (host) => {
      const wb = await host.open([scoringGrid()], SCORING_SHEET);
      const report = await wb.validate(settings());
      const { sheet } = await wb.writeResults(report);
      wb.activate(sheet);
      return { results: sheet, ...(await outcomeOf(wb, settings())) };
    },
  },
  {
    name: "a configured sheet is checked even when another is active",
    run: async (host) =>
      outcomeOf(
        await host.open([scoringGrid("Sở Y tế", "Bảng điểm"), scoringGrid()], "Bảng điểm"),
        settings({ sheet: SCORING_SHEET }),
      ),
  },
  {
    name: "with the sample criteria set",
    run: async (host) =>
      outcomeOf(
        await host.open([scoringGrid()], SCORING_SHEET),
        settings({ criteriaSetId: departmentSet().id }),
      ),
  },
  {
    name: "an unknown criteria-set id is an error, never “no set”",
    run: async (host) =>
      outcomeOf(
        await host.open([scoringGrid()], SCORING_SHEET),
        settings({ criteriaSetId: "khong-co-bo-nay" }),
      ),
  },
  {
    name: "no scoring table anywhere: header-not-found on the user's sheet",
    run: async (host) => outcomeOf(await host.open([instructionsGrid()], "Hướng dẫn"), settings()),
  },
  {
    name: "after round 1: the unit's flagged items, their notes and states (Giải trình)",
    run: async (host) => {
      const wb = await host.open([instructionsGrid(), appraisedGrid()], "Hướng dẫn");
      try {
        const v = await wb.appraisalItems(settings({ criteriaSetId: departmentSet().id }));
        return (
          v && {
            sheet: v.sheet,
            unit: v.unit,
            state: v.state,
            answered: v.answered,
            items: v.items.map((i) => [i.code, i.state, i.round1, i.note, i.answer, i.answerCell]),
            issues: v.issues.map((i) => [i.code, i.cell, i.message]),
          }
        );
      } catch (e) {
        return { error: wb.errorCode(e) };
      }
    },
  },
  {
    name: "in English",
    run: async (host) =>
      outcomeOf(await host.open([instructionsGrid(), scoringGrid()], "Hướng dẫn"), settings({ lang: "en" })),
  },
];

/** Runs every scenario on a host: name → outcome. */
export async function runScenarios(host: ContractHost): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const s of WORKFLOW_SCENARIOS) out[s.name] = await s.run(host);
  return out;
}
