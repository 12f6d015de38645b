/** A small reference criteria set for tests. */
import { CriteriaSetSchema, type CriteriaSet, type CriteriaSetInput } from "../../src/criteria-set/schema";

export function buildSet(
  fields: CriteriaSetInput["fields"],
  extra: Partial<CriteriaSetInput> = {},
): CriteriaSet {
  return CriteriaSetSchema.parse({
    schemaVersion: 1,
    id: "test-set",
    name: "Bộ tiêu chí thử",
    year: 2023,
    unitTypes: ["department", "commune"],
    fields,
    classification: { bands: [{ label: "Tốt", labelEn: "Good", min: 80 }] },
    ...extra,
  });
}
