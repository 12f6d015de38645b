import type { CriteriaSet } from "../schema";

/** Sample criteria sets, clearly labelled as samples (not an official decision). */
export const SAMPLE_SETS: CriteriaSet[] = [];

export function getSampleSet(id: string): CriteriaSet | undefined {
  return SAMPLE_SETS.find((s) => s.id === id);
}
