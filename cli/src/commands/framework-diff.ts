/**
 * `cchc framework diff <old.json> <new.json> [--out diff.xlsx] [--json]`: what changed between
 * two criteria sets (core diffSets): items added, removed, renumbered, re-titled, and changed
 * maxima and rules. Exit 0 whether or not they differ; 2 when a set cannot be read.
 */
import { diffSets, diffSheet, type Lang, type SetDiff } from "@cchc/scoring-core";
import { t } from "../i18n/messages";
import { parseCommandArgs, stringOpt } from "../args/parse";
import { CliError, EXIT_OK } from "../io/cli-error";
import type { Console } from "../io/console";
import { displayPath } from "../io/display-path";
import { loadFramework } from "../io/load-framework";
import { assertCanWrite, writeOutput } from "../io/write-output";
import { blockSheet, writeWorkbook } from "@cchc/xlsx-grid";

export const DIFF_HELP: Record<Lang, string> = {
  vi: `cchc framework diff <bộ-cũ.json> <bộ-mới.json> [--out so-sanh.xlsx] [--json]

So sánh hai bộ tiêu chí: mục thêm mới, mục bỏ, mục đổi số thứ tự (nhận ra theo tên gần giống),
đổi tên, đổi điểm tối đa, đổi cách tính điểm.

  --out TỆP.xlsx        ghi bảng so sánh ra tệp Excel
  --json                in kết quả dạng JSON: {"added":[…],"removed":[…],"changed":[…]}
  --lang en             tiếng Anh`,
  en: `cchc framework diff <old.json> <new.json> [--out diff.xlsx] [--json]

Compares two criteria sets: items added, removed, renumbered (matched by similar titles),
re-titled, with a changed maximum or a changed rule.

  --out FILE.xlsx       write the comparison to an Excel file
  --json                print the result as JSON: {"added":[…],"removed":[…],"changed":[…]}
  --lang en             English`,
};

const WORDS: Record<Lang, Record<string, string>> = {
  vi: {
    added: "Thêm mới",
    removed: "Bỏ",
    code: "Đổi số thứ tự",
    title: "Đổi tên",
    max: "Đổi điểm tối đa",
    rule: "Đổi cách tính điểm",
    same: "Hai bộ tiêu chí giống nhau.",
    summary: "{0} mục thêm, {1} mục bỏ, {2} thay đổi.",
    written: "Đã ghi bảng so sánh: {0}",
  },
  en: {
    added: "Added",
    removed: "Removed",
    code: "Renumbered",
    title: "Re-titled",
    max: "Maximum changed",
    rule: "Rule changed",
    same: "The two sets are the same.",
    summary: "{0} added, {1} removed, {2} changed.",
    written: "Comparison written: {0}",
  },
};

const fill = (s: string, ...args: (string | number)[]) =>
  s.replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ""));

function printDiff(io: Console, diff: SetDiff, lang: Lang): void {
  const w = WORDS[lang];
  const num = (v: string | number) =>
    typeof v === "number" && lang === "vi" ? String(v).replace(".", ",") : String(v);
  for (const a of diff.added)
    io.out(`  + ${w.added!.padEnd(20)} ${a.code.padEnd(8)} ${a.title} (${num(a.max)})`);
  for (const r of diff.removed)
    io.out(`  - ${w.removed!.padEnd(20)} ${r.code.padEnd(8)} ${r.title} (${num(r.max)})`);
  for (const c of diff.changed)
    io.out(`  ~ ${w[c.what]!.padEnd(20)} ${c.code.padEnd(8)} ${num(c.old)} → ${num(c.new)}`);
  const n = diff.added.length + diff.removed.length + diff.changed.length;
  io.out(n === 0 ? w.same! : fill(w.summary!, diff.added.length, diff.removed.length, diff.changed.length));
}

export function runFrameworkDiff(argv: string[], io: Console): number {
  const p = parseCommandArgs("framework diff", argv, { out: { type: "string" }, json: { type: "boolean" } });
  if (p.help) {
    io.out(DIFF_HELP[p.lang]);
    return EXIT_OK;
  }
  const { lang } = p;
  const [before, after, ...extra] = p.positionals;
  if (!before || !after)
    throw new CliError(t(lang, "missingArg", "<bộ-cũ.json> <bộ-mới.json>", "framework diff"), 2);
  if (extra.length > 0) throw new CliError(t(lang, "badArgs", extra.join(" "), "framework diff"), 2);
  const out = stringOpt(p, "out");
  if (out !== undefined) assertCanWrite(out, [before, after], lang, p.values.force === true);
  const a = loadFramework(before, lang).set;
  const b = loadFramework(after, lang).set;
  const diff = diffSets(a, b);
  if (out !== undefined) writeOutput(out, writeWorkbook([blockSheet(diffSheet(diff, a, b, lang))]), lang);
  if (p.values.json === true) io.out(JSON.stringify(diff, null, 2));
  else {
    printDiff(io, diff, lang);
    if (out !== undefined) io.out(fill(WORDS[lang].written!, displayPath(out)));
  }
  return EXIT_OK;
}
