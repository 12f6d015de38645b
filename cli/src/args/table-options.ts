/**
 * Options that tell the reader where the table is when its words are not enough, shared by
 * validate, rank and framework: `--header-row 6` and `--columns "tự chấm=E,tối đa=D"` (the
 * mapping is the core's parseColumnMapping, the same one the add-ins' settings use).
 */
import { parseColumnMapping, type ColumnMapping, type Issue, type Lang } from "@cchc/scoring-core";
import { CliError } from "../io/cli-error";
import { t } from "../i18n/messages";
import { stringOpt, type OptionSpec, type Parsed } from "./parse";

export const TABLE_OPTIONS: OptionSpec = {
  "header-row": { type: "string" },
  columns: { type: "string" },
};

export interface TableOptions {
  headerRow?: number | undefined;
  columns?: ColumnMapping | undefined;
}

export function tableOptions(p: Parsed, command: string): TableOptions {
  const out: TableOptions = {};
  const row = stringOpt(p, "header-row");
  if (row !== undefined) {
    if (!/^\d{1,5}$/.test(row) || Number(row) < 1)
      throw new CliError(t(p.lang, "badArgs", `--header-row ${row}`, command), 2);
    out.headerRow = Number(row);
  }
  const columns = stringOpt(p, "columns");
  if (columns !== undefined) {
    const parsed = parseColumnMapping(columns, p.lang);
    if (!parsed.ok) throw new CliError(t(p.lang, "badArgs", `--columns: ${parsed.error}`, command), 2);
    out.columns = parsed.columns;
  }
  return out;
}

/**
 * The command line that would fix a missing table, from the reader's header-nearest issue:
 * `--sheet "…" --header-row 6 --columns "tự chấm=E"`.
 */
export function fixHint(issues: readonly Issue[], lang: Lang): string | null {
  const near = issues.find((i) => i.code === "header-nearest");
  if (!near) return null;
  const sheet = near.sheet ? `--sheet "${near.sheet}" ` : "";
  const row = near.params["row"];
  const suggestion = String(near.params["suggestion"] ?? "");
  return t(lang, "tableFixHint", `${sheet}--header-row ${row} --columns "${suggestion}"`);
}
