import fc from "fast-check";
import {
  createJob,
  isComplete,
  isRetryableError,
  jobOutcome,
  jobProgress,
  markRunning,
  nextUnits,
  recordFailure,
  recordSuccess,
  type ConsolidationJob,
} from "../../src/province/consolidation-job";
import type { UnitResult } from "../../src/reports/schemas";

const units = Array.from({ length: 5 }, (_, i) => ({
  key: `id${i}`,
  unit: `Đơn vị ${i}`,
  group: "Sở, ban, ngành",
}));

function result(unit: string): UnitResult {
  const totals = {
    max: 100,
    applicableMax: 100,
    selfMax: 77.5,
    surveyMax: 22.5,
    self: 70,
    appraised: 68,
    survey: 20,
    bonus: 0,
    penalty: 0,
    final: 88,
    index: 88,
  };
  return {
    unit,
    group: "Sở, ban, ngành",
    unitType: null,
    file: null,
    totals: { ...totals, appraisalRound: 0, basis: "self" as const, surveyGiven: true },
    nodes: [],
    errors: 0,
    warnings: 0,
  };
}

describe("consolidation job", () => {
  it("hands out at most `slots` pending units and tracks progress", () => {
    let job = createJob("j", units, 0);
    const first = nextUnits(job, 3, 0);
    expect(first.map((u) => u.key)).toEqual(["id0", "id1", "id2"]);
    for (const u of first) job = markRunning(job, u.key);
    expect(nextUnits(job, 3, 0).map((u) => u.key)).toEqual(["id3", "id4"]);
    job = recordSuccess(job, "id0", result("Đơn vị 0"));
    expect(jobProgress(job)).toMatchObject({ total: 5, done: 1, running: 2, pending: 2 });
  });

  it("retries quota errors with exponential back-off, then fails for good", () => {
    let job = createJob("j", units.slice(0, 1), 0, { maxAttempts: 3, backoffMs: 1000 });
    job = markRunning(job, "id0");
    job = recordFailure(job, "id0", "Service invoked too many times", true, 10_000);
    expect(job.units[0]).toMatchObject({ status: "pending", notBefore: 11_000 });
    expect(nextUnits(job, 1, 10_500)).toHaveLength(0);
    expect(nextUnits(job, 1, 11_000)).toHaveLength(1);
    job = markRunning(job, "id0");
    job = recordFailure(job, "id0", "quota", true, 20_000);
    expect(job.units[0]!.notBefore).toBe(22_000);
    job = markRunning(job, "id0");
    job = recordFailure(job, "id0", "quota", true, 30_000);
    expect(job.units[0]!.status).toBe("failed");
    expect(isComplete(job)).toBe(true);
  });

  it("never retries a permanent failure", () => {
    let job = markRunning(createJob("j", units.slice(0, 1), 0), "id0");
    job = recordFailure(job, "id0", "Không mở được bảng tính", false, 0);
    expect(job.units[0]!.status).toBe("failed");
  });

  it("resumes units left running by a closed sidebar", () => {
    let job = createJob("j", units.slice(0, 2), 0);
    job = markRunning(job, "id0");
    const saved = JSON.parse(JSON.stringify(job)) as ConsolidationJob;
    expect(nextUnits(saved, 5, 0).map((u) => u.key)).toEqual(["id1"]);
    expect(nextUnits(saved, 5, 0, true).map((u) => u.key)).toEqual(["id0", "id1"]);
  });

  it("recognises retryable host errors", () => {
    expect(isRetryableError("Exception: Service invoked too many times for one day: spreadsheets.")).toBe(
      true,
    );
    expect(isRetryableError("Exceeded maximum execution time")).toBe(false);
    expect(isRetryableError("Requested entity was not found.")).toBe(false);
    expect(isRetryableError("HTTP 429 rate limit")).toBe(true);
  });

  it("whatever happens, every unit ends up ranked or listed as failed (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant("ok"), fc.constant("quota"), fc.constant("fatal")), {
          minLength: 1,
          maxLength: 60,
        }),
        fc.integer({ min: 1, max: 6 }),
        (outcomes, pool) => {
          const spec = outcomes.map((_, i) => ({ key: `k${i}`, unit: `U${i}`, group: "g" }));
          let job = createJob("p", spec, 0, { maxAttempts: 3, backoffMs: 1 });
          let now = 0;
          for (let step = 0; step < 10_000 && !isComplete(job); step++) {
            now += 10;
            for (const u of nextUnits(job, pool, now)) {
              job = markRunning(job, u.key);
              const i = Number(u.key.slice(1));
              const o = outcomes[i]!;
              if (o === "ok") job = recordSuccess(job, u.key, result(u.unit));
              else job = recordFailure(job, u.key, o, o === "quota", now);
            }
          }
          const { results, failed } = jobOutcome(job);
          return isComplete(job) && results.length + failed.length === outcomes.length;
        },
      ),
    );
  });
});
