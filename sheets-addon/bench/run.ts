/**
 * Benchmark of the Sheets add-on against the in-memory fakes: per sidebar action, how many
 * server calls (google.script.run) and spreadsheet service calls it costs on a 150-row and a
 * 5,000-row scoring sheet; plus the size of what is pushed (Code.js, Sidebar.html gzipped).
 * Writes docs/benchmarks/sheets-addon.md. Run: npm run bench -w @cchc/sheets-addon
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { DEFAULT_SETTINGS, type Grid, type ValidationReport } from "@cchc/scoring-core";
import { createServerClient } from "../src/client/run";
import { SheetsScoringService } from "../src/client/sheets-service";
import * as server from "../src/server/main";
import { SERVER_FUNCTIONS } from "../src/shared/rpc";
import { DATA_CALL, SPREADSHEET_CALL } from "../test/fakes/calls";
import { fakeScriptRun, type Handler } from "../test/fakes/script-run";
import { installGlobals } from "../test/fixtures/globals";
import { largeGrid, putGrid } from "../test/fixtures/sheets";

const here = path.dirname(fileURLToPath(import.meta.url));
const packageDir = path.resolve(here, "..");
const out = path.resolve(packageDir, "..", "docs", "benchmarks", "sheets-addon.md");

interface Row {
  size: string;
  action: string;
  serverCalls: number;
  spreadsheetCalls: number;
  dataCalls: number;
  methods: string;
  ms: number;
}

const replySizes: string[] = [];
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function measure(grid: Grid, size: string): Promise<Row[]> {
  const env = installGlobals();
  putGrid(env, grid);
  const handlers: Record<string, Handler> = {};
  for (const name of SERVER_FUNCTIONS) handlers[name] = (server as unknown as Record<string, Handler>)[name]!;
  const run = fakeScriptRun(handlers);
  const service = new SheetsScoringService(createServerClient(run.runner), "vi");
  const rows: Row[] = [];
  let report: ValidationReport | null = null;

  const step = async (action: string, body: () => Promise<unknown>) => {
    env.log.reset();
    run.calls.length = 0;
    const t0 = performance.now();
    await body();
    const ms = performance.now() - t0;
    if (process.env.BENCH_DEBUG) console.log(action, env.log.byMethod());
    const spreadsheet = env.log.calls.filter((c) => SPREADSHEET_CALL.test(c));
    const data = env.log.calls.filter((c) => DATA_CALL.test(c));
    const counts = new Map<string, number>();
    for (const c of data) counts.set(c, (counts.get(c) ?? 0) + 1);
    rows.push({
      size,
      action,
      serverCalls: run.calls.length,
      spreadsheetCalls: spreadsheet.length,
      dataCalls: data.length,
      methods: [...counts].map(([m, n]) => `${m.replace("Range.", "")}×${n}`).join(", "),
      ms,
    });
  };

  await step("Kiểm tra (validate)", async () => {
    report = await service.validate({ ...DEFAULT_SETTINGS });
  });
  const r = report as ValidationReport | null;
  if (!r) throw new Error("no report");
  replySizes.push(
    `${size}: ${kb(new TextEncoder().encode(JSON.stringify(r)).length)} (${r.nodes.length} nodes, ${r.issues.length} of ${r.counts.total} issues listed)`,
  );
  await step("Bấm vào một vấn đề (selectCell)", () =>
    service.selectCell(r.sheet, r.issues.find((i) => i.cell)?.cell ?? "A1"),
  );
  await step("Ghi trang Kết quả (writeResults)", () => service.writeResults(r));
  await step("Ghi lại trang Kết quả (refresh)", () => service.writeResults(r));
  await step("Đánh dấu (markIssues)", () => service.markIssues(r));
  await step("Xóa đánh dấu (clearMarks)", () => service.clearMarks());
  await step("Tạo bảng chấm điểm (createTemplate)", () =>
    service.createTemplate({ criteriaSetId: "sample-department-2025", unit: "Sở Tư pháp", year: 2025 }),
  );
  return rows;
}

function sizes() {
  const build = path.join(packageDir, "build");
  if (!existsSync(path.join(build, "province", "OutputsChunk.html")))
    execFileSync("npx", ["tsx", "scripts/build.ts"], { cwd: packageDir, stdio: "inherit" });
  // Two editions (scripts/build-sidebar.ts): the units' and the Sở Nội vụ's (build/province).
  const sidebar = readFileSync(path.join(build, "Sidebar.html"));
  const province = readFileSync(path.join(build, "province", "Sidebar.html"));
  // The Sở's Word report / feedback .zip writers, loaded by its sidebar on first use.
  const chunk = readFileSync(path.join(build, "province", "OutputsChunk.html"));
  return {
    code: readFileSync(path.join(build, "Code.js")).length,
    sidebar: sidebar.length,
    sidebarGz: gzipSync(sidebar, { level: 9 }).length,
    province: province.length,
    provinceGz: gzipSync(province, { level: 9 }).length,
    chunk: chunk.length,
    chunkGz: gzipSync(chunk, { level: 9 }).length,
  };
}

const small = largeGrid(150, "Tự chấm 150");
const big = largeGrid(5000, "Tự chấm 5000");
const rows = [
  ...(await measure(small, `${small.values.length} rows`)),
  ...(await measure(big, `${big.values.length} rows`)),
];
const s = sizes();

const lines = [
  "# Google Sheets add-on: calls per action and bundle sizes",
  "",
  "Produced by `npm run bench -w @cchc/sheets-addon` (sheets-addon/bench/run.ts) against the in-memory fakes of",
  "SpreadsheetApp and google.script.run, with the real server entry points and the real sidebar service.",
  "Counts are exact; times are the fakes' and the core's time in Node on this machine, not Apps Script latency",
  "(where each service call is a round trip of tens of milliseconds, which is why the counts matter).",
  "",
  "- **server calls**: google.script.run calls the sidebar makes (each is one Apps Script execution).",
  "- **spreadsheet calls**: every call on SpreadsheetApp, Spreadsheet, Sheet, Range, RangeList, Protection or developer metadata.",
  "- **data calls**: the calls that move cell contents (getValues, getFormulas, getMergedRanges, setValues, setRichTextValues, setDataValidations, clearContent).",
  "",
  "Targets: validate in 1 server call and at most 4 data calls; each Sidebar.html at most 300 KB gzipped.",
  "",
  "| sheet | action | server calls | spreadsheet calls | data calls | data calls by method | ms (Node, fakes) |",
  "| --- | --- | ---: | ---: | ---: | --- | ---: |",
  ...rows.map(
    (r) =>
      `| ${r.size} | ${r.action} | ${r.serverCalls} | ${r.spreadsheetCalls} | ${r.dataCalls} | ${r.methods} | ${r.ms.toFixed(0)} |`,
  ),
  "",
  "| file pushed | size |",
  "| --- | ---: |",
  `| build/Code.js | ${kb(s.code)} |`,
  `| build/Sidebar.html (units) | ${kb(s.sidebar)} (${kb(s.sidebarGz)} gzipped) |`,
  `| build/province/Sidebar.html (Sở Nội vụ) | ${kb(s.province)} (${kb(s.provinceGz)} gzipped) |`,
  `| build/province/OutputsChunk.html (on first use) | ${kb(s.chunk)} (${kb(s.chunkGz)} gzipped) |`,
  "",
  "Size of the validation report crossing google.script.run (JSON):",
  "",
  ...replySizes.map((x) => `- ${x}`),
  "",
  "Notes:",
  "- Validation reads with exactly one getValues, one getFormulas and one getMergedRanges whatever the size; the other",
  "  spreadsheet calls are handles (active spreadsheet, sheet, data range, name) and one getA1Notation per merged area.",
  "- Hidden rows are not read: Apps Script has no batch call for them (isRowHiddenByUser is one call per row, 5,000",
  "  calls on the large sheet), so the Sheets host reports none.",
  "- Writing results is one setValues for the block plus one setRichTextValues per column holding links to cells;",
  "  a refresh writes first and clears only what is left of the old block.",
  "",
];
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, lines.join("\n"));
console.log(lines.join("\n"));
