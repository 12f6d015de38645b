/**
 * Use case: consolidate units' workbook files into a ranking report and its tool-owned sheets.
 * The host supplies the bytes and a reader (SheetJS in the Excel pane, loaded lazily); matching
 * the units list and survey, scoring, ranking and the sheets written are decided here once.
 */
import { surveyPresent, type SurveyInputPresence } from "./survey-given";
import { readSurveyGrid, readUnitsGrid } from "../consolidation/side-tables";
import type { CriteriaSet } from "../criteria-set/schema";
import type { Grid } from "../grid/grid";
import type { Lang } from "../messages/lang";
import { rankingSheets } from "../output/ranking-sheets";

import type { surveyFromAnswers } from "../survey/survey-inputs";
import type { SurveyInput } from "../totals/compute-totals";
import type { UnitResult } from "../reports/schemas";
import type { SurveySummary } from "../survey/survey-summary";
import type { Settings } from "../settings/schema";
import { step, type Awaitable, type Flow } from "./awaitable";
import { chartBlock } from "./chart-block";
import { publishFrom } from "./publish-outputs";
import type { PublishHeading } from "../output/heading";
import type { UnitFeedbackSource } from "../output/ranked-feedback";
import type { BlockWrite, WorkbookPort } from "./port";
import {
  ServiceError,
  type AbortSignalLike,
  type ConsolidateOutcome,
  type Progress,
  type UnitFile,
} from "./service-contract";
import { OutcomeCollector } from "./rank-outcomes";
import { scoreUnitGrids, unsupportedFormat, type ScoreUnitContext, type UnitOutcome } from "./score-unit";
import { fileMeta, listedFor, type SideFiles } from "./side-files";
import type { rankingRecordWrite } from "../years/ranking-record";

/** A workbook file read into grids, or why not (xlsx-grid's ReadResult fits). */
export type WorkbookRead = { ok: true; grids: Grid[] } | { ok: false; message: Record<Lang, string> };

export interface ConsolidateFilesInput {
  files: UnitFile[];
  /** Keep what each unit's feedback needs (its check, the appraisers' notes): see `feedback` below. */
  keepFeedback?: boolean;
  surveyFile?: UnitFile | null;
  unitsFile?: UnitFile | null;
  /** Raw survey answers and their design: points per criterion computed here (they win over a totals row). */
  surveyAnswers?: UnitFile[] | null;
  surveyDesign?: UnitFile | null;
  /** The survey scorer, loaded by the host only when answers are given (a lazy chunk in a pane). */
  scoreAnswers?: typeof surveyFromAnswers;
  settings: Settings;
  set: CriteriaSet | null;
  /** One set per unit type (departments, communes…); when given, `set` is not used. */
  sets?: CriteriaSet[];
  read: (bytes: Uint8Array) => WorkbookRead;
  onProgress: (p: Progress) => void;
  signal: AbortSignalLike;
  /** Lets a pane repaint between files. */
  yieldToUi?: () => Awaitable<void>;
  /**
   * The year record's sheet builder (years/ranking-record.ts, a lazy chunk in a pane): when given,
   * the record is written hidden in the same batch as the ranking sheets, so this ranking can be a
   * past year for "Xu hướng" and the report's "so với năm trước", as a `cchc rank` workbook is.
   */
  recordWrite?: typeof rankingRecordWrite;
}

/** Thrown when the user cancels: the UI treats it as "stopped", never as an error. */
export function abortError(): Error {
  const e = new Error("Aborted");
  e.name = "AbortError";
  return e;
}

/** The units list and survey file, if picked; an unreadable one stops here, before any write. */
export function readSideFiles(
  input: ConsolidateFilesInput,
  lang: Lang,
): SideFiles & { surveyProvided: boolean; surveyInputs: SurveyInputPresence[] } {
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
        sets: input.sets ?? (input.set ? [input.set] : []),
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
  // The survey is given when its input is present (a file picked), whatever it matches.
  const surveyInputs: SurveyInputPresence[] = [
    ...(input.surveyFile ? [{ name: input.surveyFile.name, picked: true, rows: survey.size }] : []),
    ...answers.map((f) => ({ name: f.name, picked: true, rows: survey.size })),
  ];
  return {
    units,
    survey,
    surveyInputs,
    surveyProvided: surveyPresent(
      surveyInputs,
      units.some((r) => r.survey !== null),
    ),
    ...(surveySummary ? { surveySummary } : {}),
  };
}

/** One file → its outcome (scored, skipped with a note, or failed naming the file). Never throws. */
function scoreFile(
  file: UnitFile,
  side: SideFiles,
  input: ConsolidateFilesInput,
  ctx: ScoreUnitContext,
): UnitOutcome {
  const { lang } = ctx;
  const meta = fileMeta(file.name, listedFor(side, file.name));
  const unsupported = unsupportedFormat(file.name, lang);
  if (unsupported) return { ok: false, unit: meta.unit, error: unsupported, surveyKey: null };
  try {
    const read = input.read(new Uint8Array(file.data));
    if (!read.ok) return { ok: false, unit: meta.unit, error: read.message[lang], surveyKey: null };
    return scoreUnitGrids(read.grids, meta, ctx);
  } catch (e) {
    return {
      ok: false,
      unit: meta.unit,
      surveyKey: null,
      error:
        (lang === "vi" ? "Không đọc được tệp: " : "The file could not be read: ") +
        (e instanceof Error ? e.message : String(e)),
    };
  }
}

/** The ranking and the sheets written, plus what a Word report and feedback of the run need. */
export interface ConsolidateFilesOutput extends ConsolidateOutcome {
  units: UnitResult[];
  heading: PublishHeading;
  decimals: number;
  /** Per ranked unit, its feedback's sources (empty unless `keepFeedback`): rankedFeedback's input. */
  feedback: UnitFeedbackSource[];
  /** The sets the units were scored with: the Word report's plan takes their appraisers. */
  sets?: readonly CriteriaSet[];
}

export function* consolidateFiles(
  port: WorkbookPort,
  input: ConsolidateFilesInput,
): Flow<ConsolidateFilesOutput> {
  const { lang } = input.settings;
  const side = readSideFiles(input, lang);
  const sets = input.sets ?? (input.set ? [input.set] : []);
  const ctx: ScoreUnitContext = {
    lang,
    sets,
    survey: side.survey,
    ...(input.keepFeedback ? { feedback: true } : {}),
  };
  const collector = new OutcomeCollector({
    lang,
    sets,
    surveyProvided: side.surveyProvided,
    surveyInputs: side.surveyInputs,
    missingSurvey: input.settings.missingSurvey,
    groupOrder: [...new Set(side.units.map((r) => r.group))],
  });
  const total = input.files.length;
  for (let i = 0; i < total; i++) {
    if (input.signal.aborted) throw abortError();
    const file = input.files[i]!;
    input.onProgress({ done: i, total, current: file.name });
    // Give the pane a frame between files; each workbook is dropped before the next.
    if (input.yieldToUi) yield* step(input.yieldToUi());
    if (input.signal.aborted) throw abortError();
    collector.add(file.name, scoreFile(file, side, input, ctx), file.modified ?? null);
  }
  input.onProgress({ done: total, total });
  const { ranking, results: units, feedback, issueCodes, years } = collector.finish();
  const set = sets[0] ?? null;
  // The published heading: the stored settings', else the criteria set's year.
  const { heading, decimals } = publishFrom(input.settings, set);
  const writes: BlockWrite[] = rankingSheets(ranking, lang, {
    units,
    heading,
    decimals,
    sets,
  }).map((block) => ({ block }));
  const chart = chartBlock(ranking, lang);
  if (chart) writes.push({ block: chart.block, chart: chart.chart });
  const recorded = input.recordWrite
    ? writes.push(
        input.recordWrite({
          ranking,
          units,
          heading,
          years,
          criteriaSetIds: sets.map((s) => s.id),
          issueCodes,
        }),
      )
    : 0;
  if (input.signal.aborted) throw abortError();
  const written = yield* step(port.writeToolSheets("ranking", writes));
  return {
    ranking,
    // The hidden record is not a sheet to show the user.
    sheets: (recorded ? written.slice(0, -1) : written).map((w) => w.name),
    ...(side.surveySummary ? { survey: side.surveySummary } : {}),
    units,
    heading,
    decimals,
    feedback,
    sets,
  };
}
