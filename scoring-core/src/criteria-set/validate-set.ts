import type { Lang } from "../messages/lang";
import type { Issue } from "../validation/issue";
import type { CriteriaSet } from "./schema";
import { notImplemented } from "../not-implemented";

/** Checks a set: children sum to parents, fields to the declared total, declared counts, codes, rules. */
export function validateCriteriaSet(_set: CriteriaSet, _lang: Lang = "vi"): Issue[] {
  return notImplemented("validateCriteriaSet");
}
