/**
 * The consolidation loop the sidebar drives: a pool of a few google.script.run calls, one per
 * unit, over the core's job functions. The job's state is saved after every step, so a closed
 * sidebar (or a failure) resumes where it stopped; quota errors are retried with the core's
 * back-off; a unit that fails for good is listed, never dropped. One final call ranks and
 * writes the tool's sheets.
 */
import {
  createJob,
  isComplete,
  isRetryableError,
  jobOutcome,
  jobProgress,
  markRunning,
  nextUnits,
  recordFailure,
  packResults,
  recordSuccess,
  unpackResults,
  type ConsolidationJob,
  type PackedResults,
  type JobProgress,
  type JobUnitSpec,
} from "@cchc/scoring-core/province";
import type { SkippedFile, SurveySummary, UnitFeedbackSource, UnitResult } from "@cchc/scoring-core";
import type { FinishReply } from "../../server/province/consolidate";
import type { ProvinceClient } from "./api";

export interface JobStore {
  load(jobId: string): ConsolidationJob | null;
  save(job: ConsolidationJob): void;
  clear(jobId: string): void;
}

export interface RunProgress extends JobProgress {
  current: string | null;
  resumed: boolean;
}

export interface RunOptions {
  clientId: string;
  /** Concurrent server calls (Apps Script allows 10 from one page; 3–4 is kind to quotas). */
  pool?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  onProgress?: (p: RunProgress) => void;
  signal?: AbortSignal;
}

export class ConsolidationAborted extends Error {
  constructor() {
    super("[cchc:server-error] cancelled");
    this.name = "ConsolidationAborted";
  }
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Units a closed sidebar left "running" never reported back: they start again. */
function reopen(job: ConsolidationJob): ConsolidationJob {
  return { ...job, units: job.units.map((u) => (u.status === "running" ? { ...u, status: "pending" } : u)) };
}

export async function runConsolidation(
  client: ProvinceClient,
  store: JobStore,
  options: RunOptions,
): Promise<
  FinishReply & {
    resumed: boolean;
    survey?: SurveySummary;
    results: UnitResult[];
    feedback: UnitFeedbackSource[];
  }
> {
  const pool = Math.max(1, options.pool ?? 4);
  /** Per unit key, what its feedback needs (not saved with the job: it is large). */
  const feedback = new Map<string, UnitFeedbackSource>();
  /** Per unit key, a file the core recognised as the tool's output or a blank template (in memory, like feedback). */
  const skipped = new Map<string, SkippedFile>();
  const now = options.now ?? (() => Date.now());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const begin = await client.provinceBegin(options.clientId);
  const specs = new Map<string, JobUnitSpec>(begin.units.map((u) => [u.key, u]));
  const stored = store.load(begin.jobId);
  const resumed = stored !== null;
  let job = stored ? reopen(stored) : createJob(begin.jobId, begin.units, now());
  const save = () => {
    try {
      store.save(job);
    } catch {
      // Storage full or unavailable: the run goes on; only resuming is lost.
    }
  };
  let current: string | null = null;
  const report = () => options.onProgress?.({ ...jobProgress(job), current, resumed });
  save();
  report();

  const running = new Map<string, Promise<void>>();
  let fatal: unknown = null;
  const start = (key: string) => {
    const unit = job.units.find((u) => u.key === key)!;
    const spec: JobUnitSpec = specs.get(key) ?? {
      key,
      spreadsheetId: key,
      unit: unit.unit,
      group: unit.group,
      unitType: unit.unitType,
      survey: null,
      row: 0,
    };
    job = markRunning(job, key);
    current = unit.unit;
    const p = client
      .provinceUnit(begin.jobId, spec, begin.criteriaSetId)
      .then(
        (reply) => {
          job = reply.ok
            ? recordSuccess(job, key, reply.result)
            : recordFailure(job, key, reply.error, reply.retryable, now());
          if (!reply.ok && reply.skip)
            skipped.set(key, {
              file: fileOf(spec, key, begin.spreadsheetColumn),
              unit: reply.skip.unit ?? unit.unit,
              kind: reply.skip.kind,
              duplicateOf: null,
              reason: reply.error,
            });
          // Kept in memory only: a resumed run has no feedback for the units done before.
          if (reply.ok && reply.feedback)
            feedback.set(key, {
              report: reply.feedback.report,
              result: reply.result,
              notes: reply.feedback.notes,
            });
        },
        (e: unknown) => {
          const text = message(e);
          // The job was taken over or ended on the server: stop, do not mark every unit failed.
          if (/\[cchc:busy\]/.test(text)) fatal = e;
          else job = recordFailure(job, key, text, isRetryableError(text), now());
        },
      )
      .finally(() => {
        running.delete(key);
        save();
        report();
      });
    running.set(key, p);
  };

  while (!isComplete(job) || running.size > 0) {
    if (fatal) throw fatal instanceof Error ? fatal : new Error(String(fatal));
    if (options.signal?.aborted) {
      await Promise.allSettled(running.values());
      save();
      throw new ConsolidationAborted();
    }
    const free = pool - running.size;
    const ready = free > 0 ? nextUnits(job, free, now()).filter((u) => !running.has(u.key)) : [];
    for (const u of ready) start(u.key);
    if (running.size > 0) await Promise.race(running.values());
    else if (!isComplete(job)) {
      // Everything left waits for its back-off.
      const wait = Math.max(0, jobProgress(job).nextRetryAt - now());
      await sleep(wait);
    }
  }
  if (fatal) throw fatal instanceof Error ? fatal : new Error(String(fatal));
  const outcome = jobOutcome(job);
  const failed = [
    ...begin.failed,
    ...outcome.failed
      .filter((f) => !skipped.has(f.file))
      .map((f) => ({
        ...f,
        file: fileOf(specs.get(f.file) ?? null, f.file, begin.spreadsheetColumn),
      })),
  ];
  // Packed: 300 units' results are ~6,5 MB as plain JSON, ~1 MB packed.
  const done = await client.provinceFinish(begin.jobId, {
    packed: packResults(outcome.results),
    failed,
    skipped: [...skipped.values()],
    surveyInputs: begin.surveyInputs ?? [],
  });
  store.clear(begin.jobId);
  // The survey begin scored from the responses sheets: the sidebar shows its design and issues.
  // The results stay with the sidebar for the Word report and feedback (the server keeps none).
  return {
    ...done,
    resumed,
    ...(begin.survey ? { survey: begin.survey } : {}),
    results: outcome.results,
    feedback: [...feedback.values()],
  };
}

function fileOf(spec: JobUnitSpec | null, key: string, column: string): string {
  return spec && spec.row > 0 ? `Đơn vị!${column}${spec.row}` : key;
}

interface SavedJob {
  job: ConsolidationJob;
  keys: string[];
  packed: PackedResults;
}

/**
 * localStorage, keyed by the job id (the server hands the same id back to the same client).
 * Results are saved packed, so 300 units stay well inside the browser's ~5 MB.
 */
export function localJobStore(storage: Pick<Storage, "getItem" | "setItem" | "removeItem">): JobStore {
  const key = (id: string) => `cchc.province.job.${id}`;
  return {
    load(id) {
      try {
        const text = storage.getItem(key(id));
        if (!text) return null;
        const saved = JSON.parse(text) as SavedJob;
        const results = unpackResults(saved.packed);
        const byKey = new Map(saved.keys.map((k, i) => [k, results[i] ?? null]));
        return {
          ...saved.job,
          units: saved.job.units.map((u) => ({ ...u, result: byKey.get(u.key) ?? null })),
        };
      } catch {
        return null;
      }
    },
    save(job) {
      const done = job.units.filter((u) => u.result !== null);
      const saved: SavedJob = {
        job: { ...job, units: job.units.map((u) => ({ ...u, result: null })) },
        keys: done.map((u) => u.key),
        packed: packResults(done.map((u) => u.result!)),
      };
      storage.setItem(key(job.id), JSON.stringify(saved));
    },
    clear(id) {
      storage.removeItem(key(id));
    },
  };
}

/** A client id that survives a closed sidebar (same browser), so its job resumes. */
export function clientIdFrom(storage: Pick<Storage, "getItem" | "setItem">): string {
  const k = "cchc.province.client";
  let id = storage.getItem(k);
  if (!id) {
    id = `c${Math.random().toString(36).slice(2, 12)}`;
    storage.setItem(k, id);
  }
  return id;
}
