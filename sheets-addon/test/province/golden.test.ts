/**
 * The golden province (cli/samples/golden) through the whole province edition, as a Sở Nội vụ
 * would run it: the units' .xlsx files opened in Sheets (loaded into the fake as spreadsheets),
 * listed in "Đơn vị" with their links and typed survey points, the three golden criteria sets
 * imported into the control spreadsheet, then the sidebar's consolidation loop (begin → one
 * server call per unit → finish) over the fake google.script.run. The ranking must be the
 * hand-worked table with the sets per unit type (GOLDEN_WITH_SETS), the district set that matches
 * no unit reported, and the tool's own output and the blank template skipped.
 *
 * Where the province differs from a folder, by its own rules: "Đơn vị" names each unit once, so
 * the older Sở Tài chính file listed on a second row is a failed row (never ranked twice), and a
 * .xls cannot be opened as a spreadsheet (not listed).
 */
import type { ConsolidationJob } from "@cchc/scoring-core/province";
import {
  GOLDEN_WITH_SETS,
  goldenGrids,
  goldenRows,
  goldenSetJson,
  goldenUnitFiles,
  type GoldenRow,
} from "@cchc/test-kit/golden";
import { createProvinceClient } from "../../src/client/province/api";
import { runConsolidation, type JobStore } from "../../src/client/province/run-consolidation";
import * as entry from "../../src/server/province/entry";
import { importCriteriaSet } from "../../src/server/use-cases";
import { fakeScriptRun } from "../fakes/script-run";
import { removeGlobals } from "../fixtures/globals";
import { provinceWith } from "./province-fixture";

afterEach(() => removeGlobals());

const SO = "Sở, ban, ngành";
/** What the Sở types in "Đơn vị" for files that are not a unit's table. */
const OTHER: Record<string, string> = {
  "so-tai-chinh.xlsx": "SỞ TÀI CHÍNH",
  "xep-hang-2024.xlsx": "Bảng xếp hạng 2024",
  "mau-bang-cham-diem.xlsx": "Mẫu bảng chấm điểm",
};

const a1 = (r: number, c: number) => {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return `${s}${r + 1}`;
};

/** The golden folder loaded as spreadsheets and listed in "Đơn vị" (newer Sở Tài chính first). */
function goldenProvince(expected: GoldenRow[], options: { survey?: boolean } = {}) {
  const env = provinceWith([]);
  const files = goldenUnitFiles().filter((f) => f.name.endsWith(".xlsx"));
  const fileOf = new Map<string, string>();
  const rows: (string | number)[][] = [];
  for (const f of files) {
    const book = env.world.addSpreadsheet(f.name.replace(/\.xlsx$/, ""), env.owner);
    for (const g of goldenGrids(f)) {
      const sheet = book._addSheet(g.sheet);
      sheet._fill(g.values, g.formulas);
      for (const m of g.merges ?? []) sheet._merge(`${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`);
    }
    const url = `https://docs.google.com/spreadsheets/d/${book._fileId}/edit`;
    fileOf.set(url, f.name);
    const row = expected.find((r) => r.file === f.name);
    const survey = options.survey === false ? "" : (row?.survey ?? "");
    rows.push([row?.unit ?? OTHER[f.name]!, row?.group ?? SO, "", "", url, survey, "", ""]);
  }
  env.control._sheet("Đơn vị")._fill([[], ...rows]);
  return { env, fileOf };
}

function memoryStore(): JobStore {
  const jobs = new Map<string, ConsolidationJob>();
  return {
    load: (id) => jobs.get(id) ?? null,
    save: (job) => void jobs.set(job.id, JSON.parse(JSON.stringify(job)) as ConsolidationJob),
    clear: (id) => void jobs.delete(id),
  };
}

async function consolidate(env: ReturnType<typeof provinceWith>) {
  const g = globalThis as Record<string, unknown>;
  for (const [k, v] of Object.entries(env.globals)) g[k] = v;
  const run = fakeScriptRun({
    provinceBegin: (...a) => entry.provinceBegin(...(a as [string])),
    provinceUnit: (...a) => entry.provinceUnit(...(a as [string, unknown, string])),
    provinceFinish: (...a) => entry.provinceFinish(...(a as [string, unknown])),
    provinceCancel: (...a) => entry.provinceCancel(...(a as [string])),
  });
  let clock = 1_000_000;
  return runConsolidation(createProvinceClient(run.runner), memoryStore(), {
    clientId: "c1",
    pool: 2,
    now: () => clock,
    sleep: async (ms: number) => void (clock += ms),
  });
}

function importGoldenSets(env: ReturnType<typeof provinceWith>) {
  for (const json of goldenSetJson()) importCriteriaSet(env.services, { source: "json", json }, "vi");
  env.control._sheet("Cài đặt")._fill([
    ["Năm đánh giá", 2025],
    ["Bộ tiêu chí", "golden-department-2025"],
  ]);
}

it("the golden folder, loaded as spreadsheets and consolidated with the three stored sets, gives the hand-worked table", async () => {
  const { env, fileOf } = goldenProvince(GOLDEN_WITH_SETS);
  importGoldenSets(env);
  const out = await consolidate(env);
  const rows = goldenRows(out.ranking).map((r) => ({ ...r, file: fileOf.get(r.file) ?? r.file }));
  expect(rows).toEqual(GOLDEN_WITH_SETS);
  // The district set scored no unit: an error the sidebar lists, never ignored.
  const unmatched = out.ranking.issues.filter((i) => i.code === "criteria-set-unmatched");
  expect(unmatched.map((i) => i.value)).toEqual([expect.stringMatching(/huyện/i)]);
  // The tool's earlier ranking and the blank template are skipped with their note, not ranked.
  const skipped = out.ranking.skipped.map((s) => ({ file: s.file, kind: s.kind }));
  expect(skipped.sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
    { file: expect.stringMatching(/^Đơn vị!E\d+$/), kind: "blank-template" },
    { file: expect.stringMatching(/^Đơn vị!E\d+$/), kind: "tool-output" },
  ]);
  // The older Sở Tài chính file, listed again under the same name, is a failed row.
  expect(out.ranking.failed.map((f) => f.unit)).toEqual(["SỞ TÀI CHÍNH"]);
});

it("with no survey input at all, every unit is ranked provisionally (no survey yet)", async () => {
  const { env } = goldenProvince(GOLDEN_WITH_SETS, { survey: false });
  importGoldenSets(env);
  const out = await consolidate(env);
  // No survey input at all: every unit is ranked provisionally (no survey yet).
  const statuses = new Set(out.ranking.groups.flatMap((g) => g.rows.map((r) => r.status)));
  expect([...statuses]).toEqual(["provisional"]);
});
