/**
 * Simulated consolidation of a province (default 300 units) against the fake: the real server
 * functions run on a filled fake province; every Apps Script service call they make is priced
 * with a latency (below — Google publishes quotas, not latencies, so these are stated
 * assumptions in the range commonly measured), plus the real CPU time of the call. The sidebar's
 * pool is then scheduled on a virtual clock: wall time with a pool of 4 vs one by one, calls
 * per unit, and the longest single server call against the 6-minute limit.
 * Writes docs/benchmarks/sheets-province.md. Run: npx tsx --tsconfig ../tsconfig.base.json bench/province.ts [units]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type UnitResult } from "@cchc/scoring-core";
import { createJob, packResults } from "@cchc/scoring-core/province";
import { localJobStore } from "../src/client/province/run-consolidation";
import { beginConsolidation, consolidateUnit, finishConsolidation } from "../src/server/province/consolidate";
import { HAND_OUT_LIMIT, handOutTables } from "../src/server/province/hand-out";
import { filledProvince, provinceWith, unitRows } from "../test/province/province-fixture";
import { SPREADSHEET_CALL, type CallLog } from "../test/fakes/calls";

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, "..", "..", "docs", "benchmarks", "sheets-province.md");
const UNITS = Number(process.argv[2] ?? 300);

/** ms per call — assumptions, see the report. Anything not listed costs DEFAULT_MS. */
const COST_MS: [RegExp, number][] = [
  // Builders and User objects are local in Apps Script: no round trip.
  [/^(SpreadsheetApp\.new\w+|\w+Builder\.\w+|User\.getEmail|DeveloperMetadataLocation\.\w+)$/, 0],
  [/^SpreadsheetApp\.openById$/, 1000],
  [/^SpreadsheetApp\.create$/, 2000],
  [/^Range\.(getValues|getFormulas)$/, 200],
  [/^Range\.getMergedRanges$/, 150],
  [/^Range\.(setValues|setDataValidations)$/, 300],
  [/^DeveloperMetadataFinder\.find$/, 200],
  [/^Protection\.\w+$/, 150],
  [/^Range\.protect$/, 300],
  [/^(Spreadsheet\.addEditors|File\.addEditors|DriveApp\.getFileById)$/, 800],
  [/^Properties\.\w+$/, 50],
  [
    /^(Spreadsheet\.insertSheet|Spreadsheet\.deleteSheet|Sheet\.(insertChart|setConditionalFormatRules))$/,
    400,
  ],
];
const DEFAULT_MS = 30;
/** google.script.run round trip (page → server execution start and back), excluding work. */
const RPC_MS = 600;
const LIMIT_MS = 6 * 60 * 1000;

function priced(log: CallLog, from: number): number {
  let ms = 0;
  for (const c of log.calls.slice(from)) ms += COST_MS.find(([re]) => re.test(c))?.[1] ?? DEFAULT_MS;
  return ms;
}

/** Runs `fn`, returning its value, simulated execution time and the calls it made. */
function execution<T>(log: CallLog, fn: () => T) {
  const from = log.calls.length;
  const t0 = performance.now();
  const value = fn();
  const cpu = performance.now() - t0;
  const calls = log.calls.slice(from);
  return { value, ms: RPC_MS + priced(log, from) + cpu, cpu, calls };
}

/** Greedy pool: each unit call starts on the earliest free slot (what the sidebar's loop does). */
function makespan(durations: number[], pool: number): number {
  const slots = Array<number>(pool).fill(0);
  for (const d of durations) {
    let i = 0;
    for (let k = 1; k < pool; k++) if (slots[k]! < slots[i]!) i = k;
    slots[i]! += d;
  }
  return Math.max(...slots);
}

/** A pattern as a reader wants it: "Range.(getValues|getFormulas)", "…Builder.*". */
const label = (re: RegExp) =>
  re.source.replace(/[\^$]/g, "").replace(/\\w\+/g, "*").replace(/\\\./g, ".").replace(/\|/g, " or ");
const fmt = (ms: number) => (ms >= 60000 ? `${(ms / 60000).toFixed(1)} min` : `${(ms / 1000).toFixed(1)} s`);

console.log(`province bench: filling ${UNITS} units in the fake…`);
const { env } = filledProvince(UNITS, 42);
const log = env.log;

const begin = execution(log, () => beginConsolidation(env.services, "vi", "bench", 1));
const units = begin.value.units;
const perUnit = units.map((u) =>
  execution(log, () => consolidateUnit(env.services, "vi", begin.value.jobId, u, begin.value.criteriaSetId)),
);
const results: UnitResult[] = [];
for (const r of perUnit) if (r.value.ok) results.push(r.value.result);
const finish = execution(log, () =>
  finishConsolidation(env.services, "vi", begin.value.jobId, { results, failed: begin.value.failed }),
);

const durations = perUnit.map((r) => r.ms);
const count = (calls: string[], re: RegExp) => calls.filter((c) => re.test(c)).length;
const opens = perUnit.map((r) => count(r.calls, /^SpreadsheetApp\.openById$/));
const reads = perUnit.map((r) =>
  count(r.calls, /^Range\.(getValues|getFormulas|getMergedRanges|getDisplayValues)$/),
);
const allCalls = perUnit.map((r) => r.calls.length);
const sheetCalls = perUnit.map((r) => count(r.calls, SPREADSHEET_CALL));
const slowestUnit = Math.max(...durations);
const pools = [1, 2, 4, 10].map((p) => ({ p, wall: begin.ms + makespan(durations, p) + finish.ms }));
const plainPayload = JSON.stringify({ results, failed: begin.value.failed }).length;
const finishPayload = JSON.stringify({ packed: packResults(results), failed: begin.value.failed }).length;
const unitReply = Math.max(...perUnit.map((r) => JSON.stringify(r.value).length));
const job = createJob("j", units, 0);
const jobDone = {
  ...job,
  units: job.units.map((u, i) => ({ ...u, status: "done", result: results[i] ?? null })),
};
const saved = new Map<string, string>();
localJobStore({
  getItem: (k) => saved.get(k) ?? null,
  setItem: (k, v) => void saved.set(k, v),
  removeItem: (k) => void saved.delete(k),
}).save(jobDone as typeof job);
const jobBytes = [...saved.values()][0]!.length;

// Handing out: one run of HAND_OUT_LIMIT tables (the server's chunk), priced the same way.
const small = provinceWith(unitRows(HAND_OUT_LIMIT));
const handOut = execution(small.log, () => handOutTables(small.services, "vi", HAND_OUT_LIMIT));
const LOCAL = /^(SpreadsheetApp\.new\w+|\w+Builder\.\w+|User\.getEmail|DeveloperMetadataLocation\.\w+)$/;
const perTable = handOut.calls.filter((c) => !LOCAL.test(c)).length / HAND_OUT_LIMIT;

const methods = Object.entries(
  perUnit[0]!.calls.reduce<Record<string, number>>((m, c) => ((m[c] = (m[c] ?? 0) + 1), m), {}),
)
  .map(([k, v]) => `${k} ×${v}`)
  .join(", ");

const md = `# Sheets add-on — Sở Nội vụ: simulated consolidation of ${UNITS} units

Command: \`cd sheets-addon && npx tsx --tsconfig ../tsconfig.base.json bench/province.ts ${UNITS}\` (writes this file).
Measured ${new Date().toISOString().slice(0, 10)} on the shared 2-core machine.

The real server functions (\`beginConsolidation\`, \`consolidateUnit\`, \`finishConsolidation\`, \`handOutTables\`)
run against the in-memory fake of a province whose ${UNITS} units were handed out and filled (sample
department and commune sets, ~100-row scoring sheets). Every Apps Script call they make is counted and
priced; the real CPU time of the call (core + fake) is added; the sidebar's pool is scheduled on a virtual clock.

## Assumed costs (Google documents quotas, not latencies)

| call | ms |
| --- | ---: |
| google.script.run round trip (per server call) | ${RPC_MS} |
${COST_MS.map(([re, ms]) => `| \`${label(re)}\` | ${ms} |`).join("\n")}
| any other service call | ${DEFAULT_MS} |

These are in the range usually seen from Apps Script (openById 0.5–2 s, a batched read of a small sheet
0.1–0.5 s, a google.script.run round trip 0.3–1 s); double them and the conclusions below still hold.
Documented limits that shape the design: 6 minutes per execution (each google.script.run call is one);
up to 10 concurrent google.script.run calls from a page and 30 simultaneous executions per user;
spreadsheets created per day 250 (consumer accounts) / 3,200 (Google Workspace); properties read/write
50,000 / 500,000 per day (https://developers.google.com/apps-script/guides/services/quotas).

## Results

| measure | value |
| --- | ---: |
| units consolidated / failed | ${results.length} / ${UNITS - results.length} |
| calls per unit: \`openById\` | ${Math.min(...opens)}–${Math.max(...opens)} |
| calls per unit: reads (getValues + getFormulas + getMergedRanges) | ${Math.min(...reads)}–${Math.max(...reads)} |
| calls per unit: spreadsheet-service calls (target ≤ 5) | ${Math.min(...sheetCalls)}–${Math.max(...sheetCalls)} |
| calls per unit: all service calls (incl. the job's document property) | ${Math.min(...allCalls)}–${Math.max(...allCalls)} |
| one unit's server call (simulated, incl. round trip) | mean ${fmt(durations.reduce((a, b) => a + b, 0) / durations.length)}, max ${fmt(slowestUnit)} |
| CPU per unit call (real, core + fake) | mean ${(perUnit.reduce((a, r) => a + r.cpu, 0) / perUnit.length).toFixed(0)} ms |
| begin (claim job, read control sheets) | ${fmt(begin.ms)} |
| finish (rank, write ${finish.value.sheets.length} sheets + chart) | ${fmt(finish.ms)} (${finish.calls.length} service calls) |
| longest single server call vs 6-minute limit | ${fmt(Math.max(slowestUnit, begin.ms, finish.ms))} = ${((Math.max(slowestUnit, begin.ms, finish.ms) / LIMIT_MS) * 100).toFixed(1)} % |
| largest unit reply (JSON) | ${(unitReply / 1024).toFixed(1)} KB |
| finish payload (all results, packed JSON; plain JSON would be ${(plainPayload / 1024 / 1024).toFixed(2)} MB) | ${(finishPayload / 1024 / 1024).toFixed(2)} MB |
| saved job state when complete (localStorage, packed) | ${(jobBytes / 1024 / 1024).toFixed(2)} MB |

Wall time for the whole consolidation (begin + units + finish):

| pool (concurrent google.script.run calls) | wall time |
| ---: | ---: |
${pools.map((x) => `| ${x.p}${x.p === 1 ? " (one by one)" : x.p === 4 ? " (the sidebar's default)" : x.p === 10 ? " (the page's maximum)" : ""} | ${fmt(x.wall)} |`).join("\n")}

One unit's calls: ${methods}.

Handing out (one server call makes at most ${HAND_OUT_LIMIT} tables): ${fmt(handOut.ms)} for ${HAND_OUT_LIMIT} tables,
${perTable.toFixed(0)} remote service calls per table (target ≤ 100; template values, text format for codes, formats,
validation, 1 + one-per-area protections, named range, sharing, link and status written back) — ${((handOut.ms / LIMIT_MS) * 100).toFixed(0)} % of the 6-minute limit. ${UNITS} units
take ${Math.ceil(UNITS / HAND_OUT_LIMIT)} chunks, which the sidebar's loop (runHandOut) calls one after another from one click; a consumer account stops at 250 new spreadsheets a day (the run
then notes the quota error on the row and the next day's run continues — nothing is created twice).

## Reading it

- Per unit the server makes one \`openById\` and three reads, as designed; one unit call stays near a
  couple of seconds, so the 6-minute limit is never approached by a unit, and \`finish\` for ${UNITS} units
  is the longest call (it writes the tool's sheets in one \`setValues\` each).
- The pool of 4 cuts the wall time roughly fourfold against one by one; 10 (the page's maximum) would
  gain more but risks the per-user quotas on a shared account, so the sidebar uses 4.
- Results travel and are saved packed (titles once per code, nodes as tuples): the saved job with ${UNITS}
  results is ${(jobBytes / 1024 / 1024).toFixed(1)} MB, inside the usual 5 MB localStorage budget (plain JSON would not be). Should a
  save still fail, the run goes on and only resuming is lost.
`;

mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, md);
console.log(md);
