/**
 * `cchc plan <ranking.xlsx> [--previous last-year.xlsx] --out ke-hoach.xlsx`: from the year's
 * ranking workbook, the improvement plan (where points are lost, the field's owner, a task
 * table) and the inspection proposal (each unit with every reason and its figure).
 */
import {
  DEFAULT_FIELD_OWNERS,
  DEFAULT_INSPECTION_WEIGHTS,
  improvementPlan,
  inspectionList,
  inspectionSheet,
  planReportModel,
  planSheets,
  type FieldOwners,
  type Lang,
  type ReasonKind,
} from "@cchc/scoring-core";
import { blockSheet, renderReportDocx, writeWorkbook } from "@cchc/xlsx-grid";
import { trackOutput } from "../output/pending";
import { parseCommandArgs, requireOpt, stringOpt } from "../args/parse";
import { CliError, EXIT_OK } from "../io/cli-error";
import type { Console } from "../io/console";
import { displayPath } from "../io/display-path";
import { assertCanWrite, writeOutput } from "../io/write-output";
import { loadFramework } from "../io/load-framework";
import { readRankingRecord, readRenamesFile } from "./trend";

const KINDS = Object.keys(DEFAULT_INSPECTION_WEIGHTS) as ReasonKind[];

const HELP: Record<Lang, string> = {
  vi: `cchc plan <xep-hang.xlsx> --out ke-hoach.xlsx [tuỳ chọn]

Từ tệp xếp hạng của năm (do "cchc rank" tạo ra): dự kiến nhiệm vụ nâng cao Chỉ số CCHC (tiêu chí,
lĩnh vực mất nhiều điểm nhất, cơ quan chủ trì theo lĩnh vực, ba tiêu chí yếu nhất của từng đơn vị)
và danh sách đề xuất kiểm tra (mỗi đơn vị kèm từng lý do và số liệu).

  --out <tệp.xlsx>          tệp sẽ ghi (bắt buộc)
  --previous <tệp.xlsx>     tệp xếp hạng năm trước: so sánh lĩnh vực, mức tăng chỉ số bất thường
  --renames <tệp.xlsx>      danh sách sắp xếp đơn vị (cột "Tên cũ", "Tên mới"): so với năm trước theo tên mới
  --report <tệp.docx>       ghi thêm dự thảo Kế hoạch dạng Word (bảng nhiệm vụ; thời hạn để trống)
  --issuer "DÒNG"           cơ quan ban hành ở đầu văn bản Word (lặp lại cho từng dòng)
  --framework <bo-tieu-chi.json>
                            bộ tiêu chí đã chấm (lặp lại cho từng loại đơn vị): cơ quan chủ trì lấy
                            theo cột "Cơ quan thẩm định" của bộ; lĩnh vực bộ không ghi thì theo --owners
  --owners "1=Sở Nội vụ;6=Sở Tài chính"
                            cơ quan phụ trách từng lĩnh vực (mặc định theo phân công mẫu)
  --weights "index-jump=3;self-appraised-gap=2"
                            trọng số các lý do kiểm tra: ${KINDS.join(", ")}
  --json                    in kết quả dạng JSON
`,
  en: `cchc plan <ranking.xlsx> --out plan.xlsx [options]

From the year's ranking workbook (written by "cchc rank"): draft tasks to raise the index (criteria
and fields losing most points, each field's lead agency, each unit's three weakest criteria) and the
units proposed for inspection (each with every reason and its figure).

  --out <file.xlsx>         the workbook to write (required)
  --previous <file.xlsx>    last year's ranking: field changes, unusual index jumps
  --renames <file.xlsx>     a reorganisation list ("Old", "New" columns): last year found under the new names
  --report <file.docx>      also write the draft plan as a Word document (task table; deadlines empty)
  --issuer "LINE"           issuing body at the top of the Word document (repeat per line)
  --framework <set.json>    the criteria set scored with (repeat per unit type): lead agencies are
                            its "Cơ quan thẩm định" (appraiser); --owners where the set names none
  --owners "1=Department of Home Affairs;6=Department of Finance"
                            the agency owning each field (default: the sample assignment)
  --weights "index-jump=3;self-appraised-gap=2"
                            weights of the inspection reasons: ${KINDS.join(", ")}
  --json                    print the result as JSON
`,
};

const M = {
  vi: {
    missing: "Thiếu tệp xếp hạng của năm.",
    badPair: (opt: string, v: string) => `Tuỳ chọn --${opt}: “${v}” không đúng dạng “khoá=giá trị;…”.`,
    badKind: (k: string) => `Tuỳ chọn --weights: không có lý do “${k}” (có: ${KINDS.join(", ")}).`,
    written: (out: string, tasks: number, units: number) =>
      `Đã ghi ${tasks} nhiệm vụ dự kiến và ${units} đơn vị đề xuất kiểm tra vào ${out}.`,
  },
  en: {
    missing: "The year's ranking workbook is missing.",
    badPair: (opt: string, v: string) => `Option --${opt}: “${v}” is not of the form “key=value;…”.`,
    badKind: (k: string) => `Option --weights: there is no reason “${k}” (known: ${KINDS.join(", ")}).`,
    written: (out: string, tasks: number, units: number) =>
      `${tasks} draft tasks and ${units} units proposed for inspection written to ${out}.`,
  },
} as const;

function pairs(opt: string, text: string, lang: Lang): [string, string][] {
  return text
    .split(";")
    .map((s) => s.trim())
    .filter((s) => s !== "")
    .map((s) => {
      const i = s.indexOf("=");
      if (i <= 0 || i === s.length - 1) throw new CliError(M[lang].badPair(opt, s), 2);
      return [s.slice(0, i).trim(), s.slice(i + 1).trim()];
    });
}

export function runPlan(argv: string[], io: Console): number {
  const p = parseCommandArgs("plan", argv, {
    out: { type: "string" },
    previous: { type: "string" },
    renames: { type: "string" },
    report: { type: "string" },
    issuer: { type: "string", multiple: true },
    owners: { type: "string" },
    framework: { type: "string", multiple: true },
    weights: { type: "string" },
    json: { type: "boolean" },
  });
  const lang = p.lang;
  if (p.help) {
    io.out(HELP[lang]);
    return EXIT_OK;
  }
  const [file, ...extra] = p.positionals;
  if (!file || extra.length > 0) throw new CliError(M[lang].missing, 2);
  const out = requireOpt(p, "out", "plan");
  const previousFile = stringOpt(p, "previous");
  const renamesFile = stringOpt(p, "renames");
  const inputs = [file, ...(previousFile ? [previousFile] : []), ...(renamesFile ? [renamesFile] : [])];
  assertCanWrite(out, inputs, lang, p.values.force === true);
  const report = stringOpt(p, "report");
  if (report) assertCanWrite(report, [...inputs, out], lang, p.values.force === true);

  let owners: FieldOwners = DEFAULT_FIELD_OWNERS;
  const ownersText = stringOpt(p, "owners");
  if (ownersText !== undefined) owners = Object.fromEntries(pairs("owners", ownersText, lang));
  const weights: Partial<Record<ReasonKind, number>> = {};
  const weightsText = stringOpt(p, "weights");
  if (weightsText !== undefined)
    for (const [k, v] of pairs("weights", weightsText, lang)) {
      if (!KINDS.includes(k as ReasonKind)) throw new CliError(M[lang].badKind(k), 2);
      const n = Number(v.replace(",", "."));
      if (!Number.isFinite(n) || n < 0) throw new CliError(M[lang].badPair("weights", `${k}=${v}`), 2);
      weights[k as ReasonKind] = n;
    }

  const record = readRankingRecord(file, lang);
  const previous = previousFile ? readRankingRecord(previousFile, lang) : null;
  const frameworks = Array.isArray(p.values.framework) ? p.values.framework.map(String) : [];
  const sets = frameworks.map((f) => loadFramework(f, lang).set);
  const plan = improvementPlan(record, { owners, previous, ...(sets.length > 0 ? { sets } : {}) });
  const renames = renamesFile ? readRenamesFile(renamesFile, lang, io) : undefined;
  const inspection = inspectionList(record, { previous, weights, ...(renames ? { renames } : {}) });
  const blocks = [...planSheets(plan, lang), inspectionSheet(inspection, lang)];
  writeOutput(out, writeWorkbook(blocks.map((b) => blockSheet(b))), lang);
  if (report) {
    const issuer = Array.isArray(p.values.issuer) ? p.values.issuer.map(String) : [];
    const model = planReportModel(plan, lang, { issuer, province: record.province, year: record.year });
    // docx zips asynchronously: the command's exit waits for it (pendingOutputs).
    trackOutput(renderReportDocx(model).then((bytes) => writeOutput(report, bytes, lang)));
  }
  if (p.values.json === true) io.out(JSON.stringify({ plan, inspection }, null, 2));
  else io.out(M[lang].written(displayPath(out), plan.tasks.length, inspection.length));
  return EXIT_OK;
}
