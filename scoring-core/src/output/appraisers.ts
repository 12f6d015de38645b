/**
 * Which department appraises a field ("cơ quan thẩm định"), for the lost-points sheet: units
 * turn to it for their improvement plans. Provinces assign fields by decision; the default
 * follows the usual assignment (as in Sơn La's QĐ 152/QĐ-UBND, 2014: Nội vụ for direction,
 * organisation, civil servants and one-stop shops; Tư pháp for institutions and procedures;
 * Tài chính for public finance; the technology departments for modernisation). A province
 * with another assignment passes its own list.
 */
import { foldText } from "../grid/fold-text";

export interface AppraiserRule {
  /** Words of the field's title (folded: no diacritics, lower case), e.g. "tai chinh cong". */
  match: string;
  department: string;
}

export const DEFAULT_APPRAISERS: readonly AppraiserRule[] = [
  { match: "chi dao", department: "Sở Nội vụ" },
  { match: "the che", department: "Sở Tư pháp" },
  { match: "van ban quy pham", department: "Sở Tư pháp" },
  { match: "thu tuc hanh chinh", department: "Sở Tư pháp" },
  { match: "to chuc bo may", department: "Sở Nội vụ" },
  { match: "cong chuc", department: "Sở Nội vụ" },
  { match: "tai chinh", department: "Sở Tài chính" },
  { match: "hien dai hoa", department: "Sở Khoa học và Công nghệ" },
  { match: "chinh phu dien tu", department: "Sở Khoa học và Công nghệ" },
  { match: "chinh phu so", department: "Sở Khoa học và Công nghệ" },
  { match: "mot cua", department: "Sở Nội vụ" },
  { match: "tac dong", department: "Sở Nội vụ" },
  { match: "dieu tra", department: "Sở Nội vụ" },
];

/** The department for a field title, or null when no rule matches (the cell stays empty). */
export function appraiserFor(fieldTitle: string, rules: readonly AppraiserRule[]): string | null {
  const folded = foldText(fieldTitle);
  for (const r of rules) if (folded.includes(foldText(r.match))) return r.department;
  return null;
}
