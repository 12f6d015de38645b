/**
 * From scored files to a ranking report, the same in every host: skipped files (the tool's own
 * outputs, blank templates) are listed with their note, failures are listed, a unit submitted
 * twice is ranked once from the newer file (`unit-duplicate-file`), a set that scored no unit is
 * an error, and a unit missing from the survey table is held out (or provisional, by the setting).
 * The cli feeds it file by file (memory stays flat); the Excel pane's consolidateFiles does too.
 */
import type { AppraisalState } from "../appraisal/schema";
import { chooseNewest } from "../consolidation/duplicates";
import { CLASSIFICATION_PRESETS, type CriteriaSet } from "../criteria-set/schema";
import { makeIssue, type Issue } from "../issues/issue";
import type { Lang } from "../messages/lang";
import { rankUnits } from "../ranking/rank-units";
import type { FailedUnit, RankingReport, SkippedFile, UnitResult } from "../reports/schemas";
import type { UnitFeedbackSource } from "../output/ranked-feedback";
import type { SkipKind, UnitFeedbackData, UnitOutcome } from "./score-unit";
import { unmatchedSurveyIssues, type SurveyInputPresence } from "./survey-given";

export interface RankOutcomesOptions {
  lang: Lang;
  sets: readonly CriteriaSet[];
  /** A survey table (or a units list with survey points, or survey answers) was given. */
  surveyProvided: boolean;
  /** The setting for a unit missing from the survey table (default "hold-out"). */
  missingSurvey?: "hold-out" | "provisional" | undefined;
  /** Group order for output: the units list's (others follow alphabetically). */
  groupOrder?: string[];
  /** The survey inputs given (see surveyPresence): one with data that matched no unit is reported. */
  surveyInputs?: readonly SurveyInputPresence[];
}

const DUPLICATE_SKIPPED = {
  vi: (unit: string, kept: string) => `Bỏ qua: đơn vị “${unit}” đã có trong tệp mới hơn “${kept}”.`,
  en: (unit: string, kept: string) => `Skipped: unit “${unit}” is ranked from the newer file “${kept}”.`,
};
const NO_TYPES = { vi: "không ghi", en: "none given" };

interface Scored {
  unit: string;
  file: string;
  modified: number | null;
  setId: string | null;
  result: UnitResult;
  issueCodes: Record<string, number>;
  appraisal: AppraisalState | null;
  year: number | null;
  feedback: UnitFeedbackData | undefined;
}

export interface RankedOutcomes {
  ranking: RankingReport;
  /** The units ranked (duplicates dropped), in file order. */
  results: UnitResult[];
  /** Per ranked unit: its issues by code and its appraisal status (from the file kept). */
  issueCodes: Map<string, Record<string, number>>;
  appraisal: Map<string, AppraisalState | null>;
  /** The tables' years, for the year record. */
  years: number[];
  /** Survey entries some unit used; "which sheet was used" notes, per file. */
  surveyUsed: Set<string>;
  notes: string[];
  /** Per ranked unit, what its feedback needs (only when scored with `feedback: true`). */
  feedback: UnitFeedbackSource[];
}

/** Collects outcomes file by file, then ranks once. */
export class OutcomeCollector {
  private readonly scored: Scored[] = [];
  private readonly failed: FailedUnit[] = [];
  private readonly skipped: SkippedFile[] = [];
  private readonly surveyUsed = new Set<string>();
  private readonly notes: string[] = [];

  constructor(private readonly options: RankOutcomesOptions) {}

  /** A file that could not be read or listed (not found, unsupported format). */
  fail(failure: FailedUnit): void {
    this.failed.push(failure);
  }

  /** The tool's own output or a blank template, scored elsewhere (a province unit call): skipped with its note. */
  skip(file: string, unit: string | null, kind: SkipKind, reason: string): void {
    this.skipped.push({ file, unit, kind, duplicateOf: null, reason });
  }

  /**
   * A unit scored elsewhere (the province's unit calls, one server call each): the same rules
   * from here on — duplicates, sets that scored no unit. Its set, when the caller does not say,
   * is the set of the result's unit type (scoreWithSets puts the type of the set it chose there).
   */
  addResult(file: string, result: UnitResult, modified: number | null = null, setId?: string | null): void {
    const types = [result.unitType, result.type].filter((t): t is string => !!t);
    const bytype = this.options.sets.find((s) => types.some((t) => s.unitTypes.includes(t)));
    this.scored.push({
      unit: result.unit,
      file,
      modified,
      setId:
        setId !== undefined
          ? setId
          : (bytype?.id ?? (this.options.sets.length === 1 ? this.options.sets[0]!.id : null)),
      result,
      issueCodes: {},
      appraisal: null,
      year: null,
      feedback: undefined,
    });
  }

  /** One file's outcome; `keep` may slim the result before it is held (the cli's memory). */
  add(
    file: string,
    outcome: UnitOutcome,
    modified: number | null,
    keep: (r: UnitResult) => UnitResult = (r) => r,
  ): void {
    if (outcome.surveyKey !== null) this.surveyUsed.add(outcome.surveyKey);
    if (!outcome.ok) {
      if (outcome.skip) {
        const { kind, reason } = outcome.skip;
        this.skipped.push({ file, unit: outcome.unit, kind, duplicateOf: null, reason });
      } else this.failed.push({ file, unit: outcome.unit, error: outcome.error });
      return;
    }
    if (outcome.sheetNote) this.notes.push(`${file}: ${outcome.sheetNote}`);
    this.scored.push({
      unit: outcome.result.unit,
      file,
      modified,
      setId: outcome.setId,
      result: keep(outcome.result),
      issueCodes: outcome.issueCodes,
      appraisal: outcome.appraisal,
      year: outcome.year,
      feedback: outcome.feedback,
    });
  }

  /**
   * What a ranking is made of, before ranking: the units kept, failed and skipped files, and the
   * issues of this step (duplicates, unmatched sets, survey that matched no unit). A host that
   * ranks through publishRanking (the province) takes these.
   */
  outcomes(): {
    kept: Scored[];
    results: UnitResult[];
    failed: FailedUnit[];
    skipped: SkippedFile[];
    issues: Issue[];
  } {
    const { lang, sets } = this.options;
    const issues: Issue[] = [];
    const skipped = [...this.skipped];
    // Every unit counted once: the newer file, by the core's stated rule.
    const { kept, dropped } = chooseNewest(this.scored);
    for (const { entry, keptFile } of dropped) {
      skipped.push({
        file: entry.file,
        unit: entry.unit,
        kind: "duplicate",
        duplicateOf: keptFile,
        reason: DUPLICATE_SKIPPED[lang](entry.unit, keptFile),
      });
      issues.push(
        makeIssue(
          "unit-duplicate-file",
          { value: entry.unit, params: { file: entry.file, other: keptFile, kept: keptFile } },
          lang,
        ),
      );
    }
    const results = kept.map((k) => k.result);
    // Survey data that matched no unit: named, and the units are held out (or provisional).
    if (results.length > 0)
      issues.push(...unmatchedSurveyIssues(this.options.surveyInputs ?? [], this.surveyUsed.size, lang));
    // A set that scored no unit is an error, never silently ignored.
    if (results.length > 0)
      for (const s of sets)
        if (!kept.some((k) => k.setId === s.id))
          issues.push(
            makeIssue(
              "criteria-set-unmatched",
              { value: s.name, params: { types: s.unitTypes.join(", ") || NO_TYPES[lang] } },
              lang,
            ),
          );
    return { kept, results, failed: [...this.failed], skipped, issues };
  }

  finish(): RankedOutcomes {
    const { lang, sets } = this.options;
    const { kept, results, skipped, issues } = this.outcomes();
    const first = sets[0];
    const ranking = rankUnits(results, {
      classification: first?.classification ?? CLASSIFICATION_PRESETS["national"]!,
      ...(first ? { tieRule: first.tieRule } : {}),
      lang,
      failed: this.failed,
      groupOrder: this.options.groupOrder ?? [],
      surveyProvided: this.options.surveyProvided,
      missingSurvey: this.options.missingSurvey ?? "hold-out",
      skipped,
      issues,
    });
    return {
      ranking,
      results,
      issueCodes: new Map(kept.map((k) => [k.result.unit, k.issueCodes])),
      appraisal: new Map(kept.map((k) => [k.result.unit, k.appraisal])),
      years: kept.flatMap((k) => (k.year === null ? [] : [k.year])),
      surveyUsed: this.surveyUsed,
      notes: this.notes,
      feedback: kept.flatMap((k) =>
        k.feedback
          ? [
              {
                report: k.feedback.report,
                result: k.result,
                notes: k.feedback.notes,
                set: sets.find((s) => s.id === k.setId) ?? null,
              },
            ]
          : [],
      ),
    };
  }
}
