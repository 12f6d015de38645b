/**
 * The hand-out loop the sidebar drives: one google.script.run call per chunk of a few tables
 * (each far below the 6-minute limit), progress after every chunk, until no unit remains —
 * 300 units in one click instead of ~38 runs of a menu item. The server skips rows that
 * already have a link, so a stop (closed sidebar, quota, Hủy) loses nothing and a second run
 * continues where the first stopped.
 */
import type { HandOutReply } from "../../server/province/hand-out";
import type { ProvinceClient } from "./api";

export interface HandOutProgress {
  created: number;
  failed: number;
  /** Units still to hand out, as the last chunk counted them. */
  remaining: number;
}

export interface HandOutSummary extends HandOutProgress {
  skipped: number;
  failures: HandOutReply["failed"];
  /** True when a chunk made no table although units remain (quota): run again later. */
  stalled: boolean;
  cancelled: boolean;
}

export async function runHandOut(
  client: Pick<ProvinceClient, "provinceHandOut">,
  options: { chunk?: number; onProgress?: (p: HandOutProgress) => void; signal?: AbortSignal } = {},
): Promise<HandOutSummary> {
  const sum: HandOutSummary = {
    created: 0,
    failed: 0,
    remaining: 0,
    skipped: 0,
    failures: [],
    stalled: false,
    cancelled: false,
  };
  for (let first = true; ; first = false) {
    if (options.signal?.aborted) {
      sum.cancelled = true;
      return sum;
    }
    const r = await client.provinceHandOut(options.chunk);
    sum.created += r.created.length;
    // A row that failed is noted on the sheet and not retried in this run; count it once.
    const known = new Set(sum.failures.map((f) => f.row));
    for (const f of r.failed) if (!known.has(f.row)) sum.failures.push(f);
    sum.failed = sum.failures.length;
    if (first) sum.skipped = r.skipped;
    sum.remaining = r.remaining;
    options.onProgress?.({ created: sum.created, failed: sum.failed, remaining: sum.remaining });
    if (r.remaining <= 0) return sum;
    if (r.created.length === 0) {
      sum.stalled = true;
      return sum;
    }
  }
}
