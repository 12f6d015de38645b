/**
 * Who appraises (and leads the improvement of) a criterion: the criteria set's own "Cơ quan thẩm
 * định" when the set names one (the node's, else its nearest ancestor's), and only where the set is
 * silent the built-in or configured list (field numbers → department, or words of the field's
 * title). One resolution for the ranking's lost-points sheet, the improvement plan and the rank
 * report's plan section, in every host, so the same set never gives two departments.
 */
import type { CriteriaSet, Criterion } from "../criteria-set/schema";
import { ownerOf, type FieldOwners } from "../improvement/field-owners";
import { appraiserFor, type AppraiserRule } from "./appraisers";

/** Where a department came from: the criteria set, or the built-in/configured list. */
export type AppraiserSource = "set" | "list";

export interface ResolvedAppraiser {
  department: string;
  source: AppraiserSource;
}

export interface AppraiserSources {
  /**
   * The sets the units were scored with (one per unit type, as `--framework` and the hosts' stored
   * sets): a unit's set is the one covering its unit type, else the only set given.
   */
  sets?: readonly CriteriaSet[];
  /** Fallback by field number ("1", "VI" → "6"). Tried before `rules`. */
  owners?: FieldOwners;
  /** Fallback by words of the field's title. */
  rules?: readonly AppraiserRule[];
}

export interface AppraiserQuery {
  /** The criterion's (or field's) code. */
  code: string;
  /** The unit's type ("department", "commune"…): picks its set. */
  unitType?: string | null;
  fieldCode?: string | null;
  fieldTitle?: string | null;
}

export type AppraiserResolver = (q: AppraiserQuery) => ResolvedAppraiser | null;

/** Every code of a set → its effective appraiser (own, else nearest ancestor's); silent codes absent. */
export function setAppraisers(set: CriteriaSet): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (node: Criterion, inherited: string | undefined): void => {
    const own = node.appraiser?.trim() || inherited;
    // A code met twice (a bonus item numbered like a main one) keeps its first, main-content owner.
    if (own && !out.has(node.code)) out.set(node.code, own);
    for (const c of node.children ?? []) walk(c, own);
  };
  for (const f of set.fields) walk(f, undefined);
  return out;
}

export function appraiserResolver(sources: AppraiserSources): AppraiserResolver {
  const sets = (sources.sets ?? []).map((s) => ({
    types: s.unitTypes as readonly string[],
    codes: setAppraisers(s),
  }));
  const only = sets.length === 1 ? sets[0]!.codes : null;
  const byType = new Map<string, Map<string, string> | null>();
  const setFor = (unitType: string | null | undefined): Map<string, string> | null => {
    if (!unitType) return only;
    let found = byType.get(unitType);
    if (found === undefined)
      byType.set(unitType, (found = sets.find((s) => s.types.includes(unitType))?.codes ?? only));
    return found;
  };
  return (q) => {
    const fromSet = setFor(q.unitType);
    const named = fromSet?.get(q.code) ?? (q.fieldCode ? fromSet?.get(q.fieldCode) : undefined);
    if (named) return { department: named, source: "set" };
    const listed =
      (q.fieldCode && sources.owners ? ownerOf(q.fieldCode, sources.owners) : null) ??
      (q.fieldTitle && sources.rules ? appraiserFor(q.fieldTitle, sources.rules) : null);
    return listed ? { department: listed, source: "list" } : null;
  };
}

/** Which sources the departments shown came from: "set", "list", "mixed", or null (none shown). */
export function appraiserSourcesUsed(
  sources: readonly (AppraiserSource | null | undefined)[],
): AppraiserSource | "mixed" | null {
  const seen = new Set(sources.filter((s): s is AppraiserSource => Boolean(s)));
  if (seen.size === 0) return null;
  return seen.size > 1 ? "mixed" : [...seen][0]!;
}

const SOURCE_NOTE = {
  vi: {
    set: "Cơ quan chủ trì (phụ trách) lấy theo cột “Cơ quan thẩm định” của bộ tiêu chí.",
    list: "Bộ tiêu chí không ghi cơ quan thẩm định: cơ quan chủ trì (phụ trách) lấy theo danh sách phân công lĩnh vực mặc định, có thể điều chỉnh.",
    mixed:
      "Cơ quan chủ trì (phụ trách) lấy theo cột “Cơ quan thẩm định” của bộ tiêu chí; lĩnh vực bộ tiêu chí không ghi thì theo danh sách phân công mặc định.",
  },
  en: {
    set: "Lead (owner) departments are the criteria set's “Cơ quan thẩm định” (appraiser).",
    list: "The criteria set names no appraiser: lead (owner) departments follow the default field assignment and may be changed.",
    mixed:
      "Lead (owner) departments are the criteria set's appraiser; where the set names none, the default field assignment.",
  },
} as const;

/** The note saying where the departments shown came from; null when none is shown. */
export function appraiserSourceNote(
  source: AppraiserSource | "mixed" | null,
  lang: "vi" | "en",
): string | null {
  return source === null ? null : SOURCE_NOTE[lang][source];
}
