// Reference: src/table/title-info.ts as it was before the session-4 fast path (commit f71f642), kept
// unchanged so test/table/read-fast-path.test.ts can read every grid with both readers.
/** The unit and the year named in the title rows above a scoring table. */
import type { Grid } from "../../../src/grid/grid";
import { cleanText } from "../../../src/grid/fold-text";
import { foldCached } from "../../../src/grid/fold-cache";

export interface TitleInfo {
  unit: string | null;
  year: number | null;
}

const EXPLICIT_UNIT = /^(?:ten )?(?:don vi|co quan)(?: duoc danh gia| tu danh gia| cham diem)?\s*:\s*\S/;
/** A unit's own name line (not the province above it, not the national motto). */
const UNIT_LINE =
  /^(?:so (?!\d|lieu|tt|thu tu|ky hieu)[a-z]|ubnd (?:xa|phuong|thi tran|dac khu|huyen|quan|thi xa|thanh pho) |uy ban nhan dan (?:xa|phuong|thi tran|dac khu|huyen|quan|thi xa|thanh pho) |ban (?:quan ly|dan toc|to chuc|tuyen giao)|van phong (?:ubnd|uy ban|hdnd|doan)|thanh tra (?:tinh|thanh pho)|bo chi huy|cong an (?:tinh|thanh pho)|cuc |chi cuc |dai phat thanh|truong |benh vien |trung tam )/;
const YEAR = /\bnam (20\d\d)\b/;

export function readTitleInfo(grid: Grid, beforeRow: number): TitleInfo {
  let unit: string | null = null;
  let explicit = false;
  let year: number | null = null;
  for (let r = 0; r < beforeRow && r < grid.values.length; r++) {
    const row = grid.values[r];
    if (!row) continue;
    for (const v of row) {
      if (typeof v !== "string" || v.length < 3 || v.length > 200) continue;
      const f = foldCached(v);
      if (year === null) {
        const y = YEAR.exec(f);
        if (y) year = Number(y[1]);
      }
      if (explicit) continue;
      if (EXPLICIT_UNIT.test(f)) {
        unit = cleanText(v.slice(v.indexOf(":") + 1));
        explicit = true;
      } else if (unit === null && UNIT_LINE.test(f)) {
        unit = cleanText(v);
      }
    }
  }
  return { unit: unit === "" ? null : unit, year };
}
