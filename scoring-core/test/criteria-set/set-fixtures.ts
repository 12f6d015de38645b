/** Small criteria sets for the set tests, built through the schema like a loaded file. */
import { CriteriaSetSchema, type CriteriaSet, type CriteriaSetInput } from "../../src/criteria-set/schema";

export function makeSet(
  fields: CriteriaSetInput["fields"],
  extra: Partial<CriteriaSetInput> = {},
): CriteriaSet {
  return CriteriaSetSchema.parse(rawSet(fields, extra));
}

export function rawSet(fields: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemaVersion: 1,
    id: "t",
    name: "Bộ tiêu chí thử",
    year: 2025,
    unitTypes: ["department"],
    fields,
    classification: { bands: [{ label: "Tốt", labelEn: "Good", min: 80 }] },
    ...extra,
  };
}
