import type { CriteriaSet } from "../schema";
import { SAMPLE_COMMUNE_2025 } from "./commune-2025";
import { SAMPLE_DEPARTMENT_2025 } from "./department-2025";

export { SAMPLE_COMMUNE_2025, SAMPLE_DEPARTMENT_2025 };

/** Sample criteria sets, clearly labelled as samples (not an official decision). */
export const SAMPLE_SETS: CriteriaSet[] = [SAMPLE_DEPARTMENT_2025, SAMPLE_COMMUNE_2025];

export function getSampleSet(id: string): CriteriaSet | undefined {
  return SAMPLE_SETS.find((s) => s.id === id);
}
