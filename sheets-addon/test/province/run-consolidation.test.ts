/**
 * The sidebar's consolidation loop over a fake google.script.run wired to the real server
 * functions and the fake province: pool, quota retries with back-off, resume after a closed
 * sidebar, one consolidation at a time, failed units listed.
 */
import type { ConsolidationJob } from "@cchc/scoring-core/province";
import { createProvinceClient } from "../../src/client/province/api";
import {
  ConsolidationAborted,
  localJobStore,
  runConsolidation,
  type JobStore,
} from "../../src/client/province/run-consolidation";
import * as entry from "../../src/server/province/entry";
import { fakeScriptRun } from "../fakes/script-run";
import { removeGlobals } from "../fixtures/globals";
import { filledProvince, idOnRow } from "./province-fixture";

function memoryStore(): JobStore & { jobs: Map<string, ConsolidationJob> } {
  const jobs = new Map<string, ConsolidationJob>();
  return {
    jobs,
    load: (id) => (jobs.has(id) ? (JSON.parse(JSON.stringify(jobs.get(id))) as ConsolidationJob) : null),
    save: (job) => void jobs.set(job.id, JSON.parse(JSON.stringify(job)) as ConsolidationJob),
    clear: (id) => void jobs.delete(id),
  };
}

function setup(n: number) {
  const province = filledProvince(n);
  const g = globalThis as Record<string, unknown>;
  for (const [k, v] of Object.entries(province.env.globals)) g[k] = v;
  const run = fakeScriptRun({
    provinceBegin: (...a) => entry.provinceBegin(...(a as [string])),
    provinceUnit: (...a) => entry.provinceUnit(...(a as [string, unknown, string])),
    provinceFinish: (...a) => entry.provinceFinish(...(a as [string, unknown])),
    provinceCancel: (...a) => entry.provinceCancel(...(a as [string])),
  });
  const client = createProvinceClient(run.runner);
  let clock = 1_000_000;
  const sleeps: number[] = [];
  const timing = {
    now: () => clock,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      clock += ms;
    },
  };
  return { ...province, run, client, timing, sleeps };
}

afterEach(() => removeGlobals());

describe("runConsolidation (sidebar loop)", () => {
  it("runs every unit through a pool and writes the ranking once", async () => {
    const t = setup(6);
    const progress: number[] = [];
    const store = memoryStore();
    const out = await runConsolidation(t.client, store, {
      clientId: "c1",
      pool: 4,
      ...t.timing,
      onProgress: (p) => progress.push(p.done),
    });
    expect(out.resumed).toBe(false);
    expect(out.ranking.groups.flatMap((g) => g.rows)).toHaveLength(6);
    expect(out.ranking.failed).toEqual([]);
    expect(t.run.calls.filter((c) => c.name === "provinceUnit")).toHaveLength(6);
    expect(t.run.calls.filter((c) => c.name === "provinceFinish")).toHaveLength(1);
    expect(progress.at(-1)).toBe(6);
    expect(store.jobs.size).toBe(0); // cleared once written
  });

  it("retries quota errors with back-off (from the call and from inside the server)", async () => {
    const t = setup(4);
    t.run.failNext(
      /provinceUnit/,
      "Service invoked too many times in a short time: spreadsheets. Try Utilities.sleep(1000) between calls.",
    );
    t.env.log.failOn(
      /^SpreadsheetApp\.openById$/,
      "Exception: Service invoked too many times for one day: spreadsheets.",
      1,
    );
    const out = await runConsolidation(t.client, memoryStore(), { clientId: "c1", pool: 2, ...t.timing });
    expect(out.ranking.failed).toEqual([]);
    expect(out.ranking.groups.flatMap((g) => g.rows)).toHaveLength(4);
    expect(t.run.calls.filter((c) => c.name === "provinceUnit")).toHaveLength(6);
    expect(t.sleeps.length).toBeGreaterThan(0);
    expect(Math.max(...t.sleeps)).toBeLessThanOrEqual(2000);
  });

  it("resumes after a closed sidebar: done units are not read again", async () => {
    const t = setup(6);
    const store = memoryStore();
    const controller = new AbortController();
    await expect(
      runConsolidation(t.client, store, {
        clientId: "c1",
        pool: 2,
        ...t.timing,
        signal: controller.signal,
        onProgress: (p) => {
          if (p.done >= 2) controller.abort();
        },
      }),
    ).rejects.toBeInstanceOf(ConsolidationAborted);
    const firstCalls = t.run.calls.filter((c) => c.name === "provinceUnit").length;
    const saved = [...store.jobs.values()][0]!;
    const doneBefore = saved.units.filter((u) => u.status === "done").length;
    expect(doneBefore).toBeGreaterThanOrEqual(2);
    const out = await runConsolidation(t.client, store, { clientId: "c1", pool: 2, ...t.timing });
    expect(out.resumed).toBe(true);
    expect(out.ranking.groups.flatMap((g) => g.rows)).toHaveLength(6);
    const secondCalls = t.run.calls.filter((c) => c.name === "provinceUnit").length - firstCalls;
    expect(secondCalls).toBe(6 - doneBefore);
  });

  it("refuses a second consolidation while one runs, with a clear message", async () => {
    const t = setup(2);
    await entry.provinceBegin("sidebar-A");
    await expect(
      runConsolidation(t.client, memoryStore(), { clientId: "sidebar-B", ...t.timing }),
    ).rejects.toThrow(/\[cchc:busy\] Một đợt tổng hợp khác đang chạy/);
  });

  it("lists a unit whose spreadsheet is gone and still ranks the others", async () => {
    const t = setup(3);
    t.env.world.files.delete(idOnRow(t.env, 3));
    const out = await runConsolidation(t.client, memoryStore(), { clientId: "c1", ...t.timing });
    expect(out.ranking.groups.flatMap((g) => g.rows)).toHaveLength(2);
    expect(out.ranking.failed).toEqual([
      { file: "Đơn vị!E3", unit: "Sở Số 2", error: expect.stringMatching(/^Không mở được bảng tính/) },
    ]);
  });

  it("localJobStore saves results packed and gives the same job back", async () => {
    const t = setup(3);
    const map = new Map<string, string>();
    const storage = {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
      removeItem: (k: string) => void map.delete(k),
    };
    const memory = memoryStore();
    await runConsolidation(t.client, { ...memory, clear: () => undefined }, { clientId: "c1", ...t.timing });
    const job = [...memory.jobs.values()][0]!;
    const store = localJobStore(storage);
    store.save(job);
    expect(store.load(job.id)).toEqual(job);
    expect(map.get(`cchc.province.job.${job.id}`)!.length).toBeLessThan(JSON.stringify(job).length / 2);
  });
});
