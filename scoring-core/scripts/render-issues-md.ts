/**
 * ISSUES.md from the catalogue: one table of every stable issue code. Pure (no file access), so
 * the test can compare it with the committed file; scripts/issues-md.ts writes it.
 */
import { CATALOGUE, CATALOGUE_VERSION, ISSUE_CODES, type CatalogueEntry } from "../src/issues/catalogue";
import { makeIssue } from "../src/issues/issue";

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

export function renderIssuesMd(): string {
  const example = makeIssue(
    "score-exceeds-max",
    {
      sheet: "Tự chấm",
      cell: "F12",
      row: 12,
      column: "F",
      criterion: "1.2.3",
      value: 3,
      params: { max: 2.5 },
    },
    "vi",
  );
  const counts = { error: 0, warning: 0, info: 0 };
  for (const code of ISSUE_CODES) counts[CATALOGUE[code].severity]++;
  const lines = [
    "# Issue codes (mã vấn đề)",
    "",
    "<!-- Generated from scoring-core/src/issues/catalogue.ts by `npx tsx scoring-core/scripts/issues-md.ts`. Do not edit by hand: a test fails when this file is out of date. -->",
    "",
    `Catalogue version **${CATALOGUE_VERSION}** — ${ISSUE_CODES.length} codes (${counts.error} errors, ${counts.warning} warnings, ${counts.info} notes).`,
    "",
    "Every problem the tool finds is reported with one of these codes. **Codes are stable**: they are never renamed or reused, so scripts, filters and spreadsheets built on them keep working. New codes may be added (the catalogue's minor version goes up); a removed check leaves its code unused, never reassigned.",
    "",
    "Mỗi vấn đề công cụ phát hiện đều có một mã trong bảng dưới đây. Mã không bao giờ bị đổi tên hay dùng lại; thông báo hiển thị bằng tiếng Việt (mặc định) hoặc tiếng Anh, số dùng dấu phẩy thập phân.",
    "",
    "## How an issue looks in JSON",
    "",
    "Each issue names the sheet, the A1 cell, the 1-based row, the column letters, the criterion code, the raw value found and the parameters of its message; `message` is in the report's language. Reports always give the true count of issues (`counts.total`) and set `truncated` when the list shows fewer.",
    "",
    "```json",
    JSON.stringify(example, null, 2),
    "```",
    "",
    "Severities: `error` — the score or total is wrong and must be fixed before submitting; `warning` — likely to be cut by the appraisers, check it; `info` — worth knowing, nothing to fix.",
    "",
    "Message templates use `{name}` placeholders filled from the issue's `params` and from `{cell}`, `{value}`, `{criterion}`, `{sheet}`, `{row}`, `{column}`.",
    "",
    "## Codes",
    "",
    "| code | severity | title (vi) | title (en) | description | message (vi) | message (en) |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...ISSUE_CODES.map((code) => {
      const e: CatalogueEntry = CATALOGUE[code];
      const title = e.title ?? { vi: "", en: "" };
      return `| \`${code}\` | ${e.severity} | ${cell(title.vi)} | ${cell(title.en)} | ${cell(e.description)} | ${cell(e.vi)} | ${cell(e.en)} |`;
    }),
    "",
  ];
  return lines.join("\n");
}
