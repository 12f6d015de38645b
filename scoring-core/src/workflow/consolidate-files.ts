/**
 * Use case: consolidate units' workbook files into a ranking report and its tool-owned sheets.
 * The host supplies the bytes and a reader (SheetJS in the Excel pane, loaded lazily); matching
 * the units list and survey, scoring, ranking and the sheets written are decided here once.
 */
import { readSurveyGrid, readUnitsGrid } from "../consolidation/side-tables";
import { scoreWorkbook } from "../consolidation/score-workbook";
import { CLASSIFICATION_PRESETS, type CriteriaSet } from "../criteria-set/schema";
import type { Grid } from "../grid/grid";
import type { Lang } from "../messages/lang";
import { rankingSheets } from "../output/ranking-sheets";

import { rankUnits } from "../ranking/rank-units";
import type { surveyFromAnswers } from "../survey/survey-inputs";
import type { SurveyInput } from "../totals/compute-totals";
import type { SurveySummary } from "../survey/survey-summary";
import type { FailedUnit, UnitResult } from "../reports/schemas";
import type { Settings } from "../settings/schema";
import { step, type Awaitable, type Flow } from "./awaitable";
import { chartBlock } from "./chart-block";
import type { BlockWrite, WorkbookPort } from "./port";
import {
  ServiceError,
  type AbortSignalLike,
  type ConsolidateOutcome,
  type Progress,
  type UnitFile,
} from "./service-contract";
import { listedFor, surveyFor, type SideFiles } from "./side-files";

/** A workbook file read into grids, or why not (xlsx-grid's ReadResult fits). */
export type WorkbookRead = { ok: true; grids: Grid[] } | { ok: false; message: Record<Lang, string> };

export interface ConsolidateFilesInput {
  files: UnitFile[];
  surveyFile?: UnitFile | null;
  unitsFile?: UnitFile | null;
  /** Raw survey answers and their design: points per criterion computed here (they win over a totals row). */
  surveyAnswers?: UnitFile[] | null;
  surveyDesign?: UnitFile | null;
  /** The survey scorer, loaded by the host only when answers are given (a lazy chunk in a pane). */
  scoreAnswers?: typeof surveyFromAnswers;
  settings: Settings;
  set: CriteriaSet | null;
  read: (bytes: Uint8Array) => WorkbookRead;
  onProgress: (p: Progress) => void;
  signal: AbortSignalLike;
  /** Lets a pane repaint between files. */
  yieldToUi?: () => Awaitable<void>;
}

/** Thrown when the user cancels: the UI treats it as "stopped", never as an error. */
export function abortError(): Error {
  const e = new Error("Aborted");
  e.name = "AbortError";
  return e;
}

/** The units list and survey file, if picked; an unreadable one stops here, before any write. */
export function readSideFiles(input: ConsolidateFilesInput, lang: Lang): SideFiles {
  const openAll = (file: UnitFile): Grid[] => {
    const read = input.read(new Uint8Array(file.data));
    const grids = read.ok ? read.grids : [];
    if (grids.length === 0)
      throw new ServiceError(
        `${file.name}: ${read.ok ? (lang === "vi" ? "tệp không có trang nào." : "the file has no sheet.") : read.message[lang]}`,
        lang === "vi"
          ? "Chọn lại tệp, hoặc bỏ chọn để tổng hợp không có tệp này."
          : "Pick the file again, or leave it out to consolidate without it.",
        "side-file-unreadable",
      );
    return grids;
  };
  const open = (file: UnitFile): Grid => openAll(file)[0]!;
  const survey: Map<string, SurveyInput> = input.surveyFile
    ? readSurveyGrid(open(input.surveyFile), lang).byUnit
    : new Map();
  const units = input.unitsFile ? readUnitsGrid(open(input.unitsFile), lang).rows : [];
  const answers = input.surveyAnswers ?? [];
  let surveySummary: SurveySummary | undefined;
  if (answers.length > 0) {
    if (!input.scoreAnswers)
      throw new ServiceError(
        lang === "vi"
          ? "Nơi này chưa tính được điểm ĐTXHH từ phiếu trả lời."
          : "Survey points cannot be computed from answers here.",
        lang === "vi"
          ? "Dùng lệnh cchc survey, rồi chọn tệp điểm ĐTXHH nó tạo ra."
          : "Use the cchc survey command, then pick the points file it writes.",
        "side-file-unreadable",
      );
    // Without a design file the criteria set's survey items are the questions (the core decides).
    const computed = input.scoreAnswers(
      input.surveyDesign ? openAll(input.surveyDesign) : null,
      answers.map((f) => ({ source: f.name, grids: openAll(f) })),
      {
        lang,
        sets: input.set ? [input.set] : [],
        designName: input.surveyDesign?.name ?? null,
        units: units.map((r) => r.unit),
      },
    );
    if (!computed.ok)
      throw new ServiceError(
        computed.issues.map((i) => i.message).join(" ") ||
          (lang === "vi" ? "Cần tệp thiết kế phiếu điều tra." : "A survey design file is needed."),
        lang === "vi"
          ? "Chọn tệp thiết kế phiếu (trang câu hỏi: Mã câu hỏi, Tiêu chí, Điểm tối đa), hoặc chọn trong Cài đặt một bộ tiêu chí có tiêu chí ĐTXHH."
          : "Pick the survey design (a questions sheet: question code, criterion, maximum), or choose in Settings a criteria set with survey criteria.",
        "side-file-unreadable",
      );
    for (const [k, v] of computed.byUnit) survey.set(k, v);
    surveySummary = computed.summary;
  }
  return { units, survey, ...(surveySummary ? { surveySummary } : {}) };
}

/** One file → a scored unit or a failure naming the file. Never throws. */
function scoreFile(
  file: UnitFile,
  side: SideFiles,
  input: ConsolidateFilesInput,
  lang: Lang,
): { unit: UnitResult } | { failed: FailedUnit } {
  const listed = listedFor(side, file.name);
  const meta = {
    file: file.name,
    unit: listed?.unit ?? null,
    group: listed?.group ?? null,
    unitType: listed?.unitType ?? null,
  };
  try {
    const read = input.read(new Uint8Array(file.data));
    if (!read.ok) return { failed: { file: file.name, unit: meta.unit, error: read.message[lang] } };
    const options = { lang, set: input.set, unitType: meta.unitType ?? input.settings.unitType };
    let scored = scoreWorkbook(read.grids, meta, { ...options, survey: surveyFor(side, meta.unit, listed) });
    // Without a units list the unit's name comes from its title rows: score again with its survey.
    if (scored.ok && !meta.unit) {
      const survey = surveyFor(side, scored.result.unit, undefined);
      if (survey) scored = scoreWorkbook(read.grids, meta, { ...options, survey });
    }
    return scored.ok
      ? { unit: scored.result }
      : { failed: { file: file.name, unit: scored.unit ?? meta.unit, error: scored.error } };
  } catch (e) {
    return {
      failed: {
        file: file.name,
        unit: meta.unit,
        error:
          (lang === "vi" ? "Không đọc được tệp: " : "The file could not be read: ") +
          (e instanceof Error ? e.message : String(e)),
      },
    };
  }
}

export function* consolidateFiles(
  port: WorkbookPort,
  input: ConsolidateFilesInput,
): Flow<ConsolidateOutcome> {
  const { lang } = input.settings;
  const side = readSideFiles(input, lang);
  const units: UnitResult[] = [];
  const failed: FailedUnit[] = [];
  const total = input.files.length;
  for (let i = 0; i < total; i++) {
    if (input.signal.aborted) throw abortError();
    const file = input.files[i]!;
    input.onProgress({ done: i, total, current: file.name });
    // Give the pane a frame between files; each workbook is dropped before the next.
    if (input.yieldToUi) yield* step(input.yieldToUi());
    if (input.signal.aborted) throw abortError();
    const outcome = scoreFile(file, side, input, lang);
    if ("unit" in outcome) units.push(outcome.unit);
    else failed.push(outcome.failed);
  }
  input.onProgress({ done: total, total });
  const set = input.set;
  const ranking = rankUnits(units, {
    classification: set?.classification ?? CLASSIFICATION_PRESETS["national"]!,
    tieRule: set?.tieRule,
    lang,
    failed,
    groupOrder: [...new Set(side.units.map((r) => r.group))],
  });
  // The published heading: the stored settings', else the criteria set's year.
  const publish = input.settings.publish;
  const heading = {
    issuer: publish?.issuer ?? [],
    province: publish?.province ?? null,
    year: publish?.year ?? set?.year ?? null,
    decision: publish?.decision ?? null,
  };
  const writes: BlockWrite[] = rankingSheets(ranking, lang, {
    units,
    heading,
    ...(set ? { decimals: set.rounding.decimals } : {}),
  }).map((block) => ({ block }));
  const chart = chartBlock(ranking, lang);
  if (chart) writes.push({ block: chart.block, chart: chart.chart });
  if (input.signal.aborted) throw abortError();
  const written = yield* step(port.writeToolSheets("ranking", writes));
  return {
    ranking,
    sheets: written.map((w) => w.name),
    ...(side.surveySummary ? { survey: side.surveySummary } : {}),
  };
}
