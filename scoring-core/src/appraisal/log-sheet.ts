/**
 * The appraisal log as a tool-owned sheet ("Nhật ký thẩm định"): one row per appraisal score
 * set, changed or cleared, and one per council action (round 2 opened, appraisal closed). The
 * log is the record: the last logged value of each cell is read back from it, so the next
 * action logs only what changed since — no hidden snapshot anywhere else. Hosts write it
 * whole through the port (their tool sheets are never a unit's to edit).
 */
import { z } from "zod";
import type { Grid } from "../grid/grid";
import { foldText } from "../grid/fold-text";
import type { Lang } from "../messages/lang";
import { parseNumberCell } from "../numbers/parse-number";
import { neutralise } from "../output/neutralise";
import type { OutCell, SheetBlock } from "../output/sheet-block";
import type { AppraisalLogEntry, AppraisalSnapshot } from "./schema";
import { ownValue, setOwn } from "../keys/own-keys";

export const APPRAISAL_LOG_SHEET = "Nhật ký thẩm định";

export const AppraisalActionSchema = z.enum(["score", "open-round-2", "close"]);
export type AppraisalAction = z.infer<typeof AppraisalActionSchema>;

/** One line of the log: a score change (action "score", with code and round) or a council action. */
export const AppraisalLogRowSchema = z.object({
  /** When, as the host's clock said (ISO 8601 with offset when the tool wrote it). */
  at: z.string(),
  by: z.string(),
  unit: z.string(),
  action: AppraisalActionSchema,
  code: z.string().nullable(),
  round: z.union([z.literal(1), z.literal(2)]).nullable(),
  old: z.number().nullable(),
  new: z.number().nullable(),
});
export type AppraisalLogRow = z.infer<typeof AppraisalLogRowSchema>;

const ACTION_LABEL: Record<AppraisalAction, Record<Lang, string>> = {
  score: { vi: "Điểm thẩm định", en: "Appraisal score" },
  "open-round-2": { vi: "Mở vòng 2", en: "Round 2 opened" },
  close: { vi: "Kết thúc thẩm định", en: "Appraisal closed" },
};

const HEADER: Record<Lang, string[]> = {
  vi: ["Thời điểm", "Người thực hiện", "Đơn vị", "Việc", "Mã tiêu chí", "Vòng", "Điểm cũ", "Điểm mới"],
  en: ["When", "By", "Unit", "Action", "Criterion", "Round", "Old score", "New score"],
};

export function scoreRows(entries: readonly AppraisalLogEntry[]): AppraisalLogRow[] {
  return entries.map((e) => ({ ...e, action: "score" as const }));
}

/** The whole log sheet (header + rows in order); texts neutralised. */
export function appraisalLogBlock(rows: readonly AppraisalLogRow[], lang: Lang): SheetBlock {
  const body: OutCell[][] = rows.map((r) => [
    neutralise(r.at),
    neutralise(r.by),
    neutralise(r.unit),
    ACTION_LABEL[r.action][lang],
    r.code === null ? null : neutralise(r.code),
    r.round,
    r.old,
    r.new,
  ]);
  return {
    name: APPRAISAL_LOG_SHEET,
    rows: [HEADER[lang], ...body],
    headerRows: [0],
    columnWidths: [22, 28, 30, 20, 10, 6, 10, 10],
    numberColumns: [6, 7],
    links: [],
    marker: "cchc:appraisal-log:v1",
  };
}

function actionOf(text: string): AppraisalAction | null {
  const t = foldText(text);
  for (const [action, labels] of Object.entries(ACTION_LABEL) as [AppraisalAction, Record<Lang, string>][])
    if (foldText(labels.vi) === t || foldText(labels.en) === t) return action;
  return null;
}

const text = (v: unknown): string => (v === null || v === undefined ? "" : String(v).trim());
const num = (v: unknown): number | null => {
  const p = parseNumberCell(v as Parameters<typeof parseNumberCell>[0]);
  return p.kind === "number" ? p.value : null;
};

/** Reads the log back from its sheet (either language's header); rows it cannot read are skipped. */
export function readAppraisalLog(grid: Grid): AppraisalLogRow[] {
  const out: AppraisalLogRow[] = [];
  for (const row of grid.values.slice(1)) {
    const action = actionOf(text(row[3]));
    if (!action) continue;
    const round = num(row[5]);
    out.push({
      at: text(row[0]),
      by: text(row[1]),
      unit: text(row[2]),
      action,
      code: text(row[4]) || null,
      round: round === 1 || round === 2 ? round : null,
      old: num(row[6]),
      new: num(row[7]),
    });
  }
  return out;
}

const sameUnit = (a: string, b: string) => foldText(a) === foldText(b);

/** The appraisal cells of a unit as last logged (what the next diff starts from). */
export function loggedSnapshot(rows: readonly AppraisalLogRow[], unit: string): AppraisalSnapshot {
  const s: AppraisalSnapshot = {};
  for (const r of rows) {
    if (r.action !== "score" || !r.code || r.round === null || !sameUnit(r.unit, unit)) continue;
    // The code is a cell of the log sheet: "__proto__" or "constructor" is data, not a member.
    let cur = ownValue(s, r.code);
    if (!cur) setOwn(s, r.code, (cur = { round1: null, round2: null }));
    if (r.round === 1) cur.round1 = r.new;
    else cur.round2 = r.new;
  }
  return s;
}

/** The council's phase for a unit: the last action logged for it. */
export type AppraisalPhase = "round1" | "round2" | "closed";

export function loggedPhase(rows: readonly AppraisalLogRow[], unit: string): AppraisalPhase {
  let phase: AppraisalPhase = "round1";
  for (const r of rows) {
    if (!sameUnit(r.unit, unit)) continue;
    if (r.action === "open-round-2") phase = "round2";
    else if (r.action === "close") phase = "closed";
  }
  return phase;
}
