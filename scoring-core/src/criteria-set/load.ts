import type { Lang } from "../messages/lang";
import type { Issue } from "../validation/issue";
import type { CriteriaSet } from "./schema";
import { notImplemented } from "../not-implemented";

export type LoadSetResult = { ok: true; set: CriteriaSet; issues: Issue[] } | { ok: false; issues: Issue[] };

/** Parses JSON (already decoded) into a criteria set; schema errors become `set-schema` issues. */
export function loadCriteriaSet(_json: unknown, _lang: Lang = "vi"): LoadSetResult {
  return notImplemented("loadCriteriaSet");
}
