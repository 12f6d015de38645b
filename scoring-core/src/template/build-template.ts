import type { CriteriaSet } from "../criteria-set/schema";
import type { Lang } from "../messages/lang";
import type { TemplateSpec } from "./template-spec";
import { notImplemented } from "../not-implemented";

export interface TemplateOptions {
  unit: string;
  unitType?: string | null;
  year?: number;
  lang?: Lang;
  /** Include appraisal columns (lần 1, lần 2). Default true. */
  appraisal?: boolean;
}

/** A blank official scoring table for a unit, from a criteria set. */
export function buildTemplate(_set: CriteriaSet, _options: TemplateOptions): TemplateSpec {
  return notImplemented("buildTemplate");
}
