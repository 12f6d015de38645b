/**
 * A resumable consolidation job as plain JSON state, driven by a host's loop (the Sheets
 * sidebar calls the server once per unit with a small pool; the Excel pane loops over files).
 * Pure functions: the state can be saved after every step (document properties, localStorage)
 * and a closed sidebar or a failure resumes where it stopped. Nothing here knows a host.
 */
import type { FailedUnit, UnitResult } from "../reports/schemas";

export type JobUnitStatus = "pending" | "running" | "done" | "failed";

export interface JobUnit {
  /** Stable key: the unit's spreadsheet id or file name. */
  key: string;
  unit: string;
  group: string;
  unitType: string | null;
  status: JobUnitStatus;
  attempts: number;
  /** Epoch ms before which a retry must not start (back-off after a quota error). */
  notBefore: number;
  error: string | null;
  result: UnitResult | null;
}

export interface ConsolidationJob {
  id: string;
  createdAt: number;
  units: JobUnit[];
  maxAttempts: number;
  /** First back-off in ms; doubles per attempt, capped at maxBackoffMs. */
  backoffMs: number;
  maxBackoffMs: number;
}

export interface JobSpecUnit {
  key: string;
  unit: string;
  group: string;
  unitType?: string | null;
}

export function createJob(
  id: string,
  units: JobSpecUnit[],
  now: number,
  options: { maxAttempts?: number; backoffMs?: number; maxBackoffMs?: number } = {},
): ConsolidationJob {
  return {
    id,
    createdAt: now,
    maxAttempts: options.maxAttempts ?? 4,
    backoffMs: options.backoffMs ?? 2000,
    maxBackoffMs: options.maxBackoffMs ?? 60000,
    units: units.map((u) => ({
      key: u.key,
      unit: u.unit,
      group: u.group,
      unitType: u.unitType ?? null,
      status: "pending",
      attempts: 0,
      notBefore: 0,
      error: null,
      result: null,
    })),
  };
}

/**
 * Units to start now, up to `slots`: pending ones whose back-off has passed. Units left
 * "running" by a closed sidebar are treated as pending (their call's result never arrived).
 */
export function nextUnits(job: ConsolidationJob, slots: number, now: number, resumed = false): JobUnit[] {
  const out: JobUnit[] = [];
  for (const u of job.units) {
    if (out.length >= slots) break;
    const ready = u.status === "pending" || (resumed && u.status === "running");
    if (ready && u.notBefore <= now) out.push(u);
  }
  return out;
}

function update(job: ConsolidationJob, key: string, change: (u: JobUnit) => JobUnit): ConsolidationJob {
  return { ...job, units: job.units.map((u) => (u.key === key ? change(u) : u)) };
}

export function markRunning(job: ConsolidationJob, key: string): ConsolidationJob {
  return update(job, key, (u) => ({ ...u, status: "running", attempts: u.attempts + 1 }));
}

export function recordSuccess(job: ConsolidationJob, key: string, result: UnitResult): ConsolidationJob {
  return update(job, key, (u) => ({ ...u, status: "done", error: null, result }));
}

/**
 * A failed call. Retryable failures (quota, timeouts) go back to pending with exponential
 * back-off until maxAttempts; others (cannot open, no scoring sheet) fail for good.
 */
export function recordFailure(
  job: ConsolidationJob,
  key: string,
  error: string,
  retryable: boolean,
  now: number,
): ConsolidationJob {
  return update(job, key, (u) => {
    if (retryable && u.attempts < job.maxAttempts) {
      const wait = Math.min(job.maxBackoffMs, job.backoffMs * 2 ** Math.max(0, u.attempts - 1));
      return { ...u, status: "pending", error, notBefore: now + wait };
    }
    return { ...u, status: "failed", error };
  });
}

/** Quota and transient errors from Apps Script / Office worth retrying. */
export function isRetryableError(message: string): boolean {
  return /too many times|quota|rate limit|timed? ?out|timeout|service unavailable|try again|internal error|503|429/i.test(
    message,
  );
}

export interface JobProgress {
  total: number;
  done: number;
  failed: number;
  pending: number;
  running: number;
  /** Earliest time a waiting retry may start (0 if none waits). */
  nextRetryAt: number;
}

export function jobProgress(job: ConsolidationJob): JobProgress {
  const p: JobProgress = {
    total: job.units.length,
    done: 0,
    failed: 0,
    pending: 0,
    running: 0,
    nextRetryAt: 0,
  };
  for (const u of job.units) {
    if (u.status === "done") p.done++;
    else if (u.status === "failed") p.failed++;
    else if (u.status === "running") p.running++;
    else {
      p.pending++;
      if (u.notBefore > 0 && (p.nextRetryAt === 0 || u.notBefore < p.nextRetryAt))
        p.nextRetryAt = u.notBefore;
    }
  }
  return p;
}

export function isComplete(job: ConsolidationJob): boolean {
  return job.units.every((u) => u.status === "done" || u.status === "failed");
}

/** Results and failures, ready for rankUnits: no unit is ever dropped silently. */
export function jobOutcome(job: ConsolidationJob): { results: UnitResult[]; failed: FailedUnit[] } {
  const results: UnitResult[] = [];
  const failed: FailedUnit[] = [];
  for (const u of job.units) {
    if (u.status === "done" && u.result) results.push(u.result);
    else failed.push({ file: u.key, unit: u.unit, error: u.error ?? "not processed" });
  }
  return { results, failed };
}
