/**
 * `cchc framework copy <last-year.json> --year 2026 --out <new.json>`: next year's set started
 * from last year's (core copySetForYear): same tree, rules and classes; new year and id; last
 * year's decision number, date and annex rows dropped.
 */
import { copySetForYear, type Lang } from "@cchc/scoring-core";
import { t } from "../i18n/messages";
import { intOpt, parseCommandArgs, requireOpt, stringOpt } from "../args/parse";
import { CliError, EXIT_OK } from "../io/cli-error";
import type { Console } from "../io/console";
import { displayPath } from "../io/display-path";
import { loadFramework } from "../io/load-framework";
import { assertCanWrite, writeOutput } from "../io/write-output";

export const COPY_HELP: Record<Lang, string> = {
  vi: `cchc framework copy <bộ-năm-trước.json> --year 2026 --out <bộ-mới.json> [--id MÃ] [--name TÊN]

Lập bộ tiêu chí năm mới từ bộ năm trước: giữ cây tiêu chí, điểm, cách tính và xếp loại;
đổi năm và mã; bỏ số, ngày quyết định và vị trí dòng của phụ lục năm trước.

  --year NĂM            năm áp dụng của bộ mới (bắt buộc)
  --out TỆP.json        tệp bộ tiêu chí mới (bắt buộc)
  --id MÃ               mã bộ mới (mặc định: mã cũ với năm mới)
  --name TÊN            tên bộ mới (mặc định: tên cũ với năm mới)
  --lang en             tiếng Anh`,
  en: `cchc framework copy <last-year.json> --year 2026 --out <new.json> [--id ID] [--name NAME]

Starts next year's criteria set from last year's: keeps the tree, maxima, rules and classes;
changes the year and id; drops last year's decision number, date and annex rows.

  --year YEAR           the year the new set applies to (required)
  --out FILE.json       the new set file (required)
  --id ID               new set id (default: the old id with the new year)
  --name NAME           new set name (default: the old name with the new year)
  --lang en             English`,
};

const WRITTEN: Record<Lang, string> = {
  vi: "Đã lập bộ tiêu chí năm {0} ({1}) từ “{2}”: {3}",
  en: "Set for {0} ({1}) made from “{2}”: {3}",
};

export function runFrameworkCopy(argv: string[], io: Console): number {
  const p = parseCommandArgs("framework copy", argv, {
    out: { type: "string" },
    year: { type: "string" },
    id: { type: "string" },
    name: { type: "string" },
  });
  if (p.help) {
    io.out(COPY_HELP[p.lang]);
    return EXIT_OK;
  }
  const { lang } = p;
  const [file, ...extra] = p.positionals;
  if (!file) throw new CliError(t(lang, "missingArg", "<bộ-năm-trước.json>", "framework copy"), 2);
  if (extra.length > 0) throw new CliError(t(lang, "badArgs", extra.join(" "), "framework copy"), 2);
  const year = intOpt(p, "year", "framework copy");
  if (year === undefined) throw new CliError(t(lang, "missingArg", "--year", "framework copy"), 2);
  if (year < 2000 || year > 2100)
    throw new CliError(t(lang, "badArgs", `--year ${year}`, "framework copy"), 2);
  const out = requireOpt(p, "out", "framework copy");
  assertCanWrite(out, [file], lang, p.values.force === true);
  const { set } = loadFramework(file, lang);
  const id = stringOpt(p, "id");
  const name = stringOpt(p, "name");
  const copy = copySetForYear(set, { year, ...(id ? { id } : {}), ...(name ? { name } : {}) });
  writeOutput(out, `${JSON.stringify(copy, null, 2)}\n`, lang);
  io.out(
    WRITTEN[lang]
      .replace("{0}", String(year))
      .replace("{1}", copy.id)
      .replace("{2}", file)
      .replace("{3}", displayPath(out)),
  );
  return EXIT_OK;
}
