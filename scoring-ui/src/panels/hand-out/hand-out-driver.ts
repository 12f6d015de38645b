/**
 * What a host that hands out tables gives the Phát bảng panel: a loop that creates the units'
 * tables chunk by chunk (Sheets: runHandOut over provinceHandOut), reports progress after each
 * chunk and stops between chunks when asked. Rows that already have a table are skipped, so a
 * second run continues where a stopped one left off.
 */
export interface HandOutProgress {
  created: number;
  failed: number;
  /** Units still without a table, as the last chunk counted them. */
  remaining: number;
}

export interface HandOutFailure {
  unit: string;
  reason: string;
}

export interface HandOutOutcome extends HandOutProgress {
  /** Units that had a table before this run. */
  skipped: number;
  failures: HandOutFailure[];
  /** A chunk made nothing although units remain (usually the day's quota): run again later. */
  stalled: boolean;
  cancelled: boolean;
}

export interface HandOutDriver {
  run(onProgress: (p: HandOutProgress) => void, signal: AbortSignal): Promise<HandOutOutcome>;
}
