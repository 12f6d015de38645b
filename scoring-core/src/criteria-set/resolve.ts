/**
 * Which set a host uses: the id in the settings, looked up among the sets stored in the workbook
 * (imported by the user, handed out by the province) and then the samples. An id that names no
 * set is a `set-not-found` error — never silently "no set", which would skip every set check.
 */
import type { Lang } from "../messages/lang";
import { makeIssue, type Issue } from "../issues/issue";
import { SAMPLE_SETS } from "./samples/index";
import type { CriteriaSet } from "./schema";

/** What a pane shows of the set in use. */
export interface SetInUse {
  id: string;
  name: string;
  year: number;
  unitTypes: string[];
  sample: boolean;
  /** The decision that issued it ("Quyết định số 12/QĐ-UBND ngày 10/01/2025"), when known. */
  decision: string | null;
  /** "stored" (in this workbook) or "sample" (bundled). */
  origin: "stored" | "sample";
}

export function setInUse(set: CriteriaSet, origin: SetInUse["origin"]): SetInUse {
  const { decision, date } = set.source;
  return {
    id: set.id,
    name: set.name,
    year: set.year,
    unitTypes: set.unitTypes,
    sample: set.sample,
    decision: decision ? (date ? `${decision} (${date})` : decision) : null,
    origin,
  };
}

export type ResolveSetResult =
  { ok: true; set: CriteriaSet | null; inUse: SetInUse | null } | { ok: false; issue: Issue };

/** The set for an id (null/empty id: no set, on purpose); stored sets win over samples of the same id. */
export function resolveCriteriaSet(
  id: string | null | undefined,
  stored: readonly CriteriaSet[],
  lang: Lang = "vi",
): ResolveSetResult {
  if (!id) return { ok: true, set: null, inUse: null };
  const own = stored.find((s) => s.id === id);
  if (own) return { ok: true, set: own, inUse: setInUse(own, "stored") };
  const sample = SAMPLE_SETS.find((s) => s.id === id);
  if (sample) return { ok: true, set: sample, inUse: setInUse(sample, "sample") };
  const available = [...stored, ...SAMPLE_SETS].map((s) => s.id).join(", ");
  return { ok: false, issue: makeIssue("set-not-found", { params: { id, available } }, lang) };
}
