/**
 * `cchc validate --appraisal`: the appraisal part of one unit's table (the core's appraiseSheet),
 * printed after the validation: status, appraisal issues with cells, flagged and open items.
 */
import { formatNumber, type AppraisalReport, type Lang } from "@cchc/scoring-core";
import { t, tn } from "../i18n/messages";
import { cellText } from "../io/terminal-text";
import { table } from "./validate";

export function appraisalText(r: AppraisalReport, lang: Lang): string {
  const n = (x: number | null) => (x === null ? "—" : formatNumber(x, lang));
  const col = (x: string | null) => x ?? "—";
  const lines: string[] = ["", `${t(lang, "appraisalHeader")}:`];
  lines.push(
    `  ${tn(lang, "appraisalColumns", {
      round1: col(r.columns.round1),
      round2: col(r.columns.round2),
      flag: col(r.columns.flag),
      note: col(r.columns.note),
      answer: col(r.columns.answer),
      evidence: col(r.columns.evidence),
    })}`,
  );
  lines.push(
    `  ${tn(lang, "appraisalStatus", {
      status: t(lang, `appraisalStatus_${r.state.status}`),
      flagged: String(r.state.flaggedItems),
      open: String(r.state.openItems),
      notAppraised: String(r.state.notAppraised),
    })}`,
  );
  lines.push(
    `  ${tn(lang, "appraisalMoved", {
      changed: String(r.summary.changed.length),
      added: n(r.summary.added),
      removed: n(r.summary.removed),
    })}`,
  );
  for (const i of r.issues)
    lines.push(`  ${(i.cell ?? "").padEnd(7)} ${cellText(i.message, 300)} [${i.code}]`);
  if (r.flagged.length > 0) {
    lines.push("", `${t(lang, "flaggedHeader")}:`);
    const head = [
      t(lang, "colCode"),
      t(lang, "colItem"),
      t(lang, "colRound1"),
      t(lang, "colNote"),
      t(lang, "colAnswer"),
      t(lang, "colState"),
    ];
    const rows = r.flagged.map((f) => [
      f.code,
      cellText(f.title, 40),
      n(f.round1),
      cellText(f.note ?? "—", 40),
      cellText([f.answer, f.evidence].filter((x) => x !== null).join(" · ") || "—", 40),
      t(lang, f.settled ? "stateSettled" : f.answered ? "stateAnswered" : "stateUnanswered"),
    ]);
    lines.push(...table([head, ...rows], [false, false, true, false, false, false]));
  }
  if (r.open.length > 0) lines.push(t(lang, "openLine", r.open.join(", ")));
  return lines.join("\n");
}
