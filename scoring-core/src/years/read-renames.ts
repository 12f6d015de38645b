/**
 * A reorganisation's mapping of old unit names to new ones, from a sheet with an "old" and a
 * "new" column ("Tên cũ" | "Tên mới", "Đơn vị cũ" | "Đơn vị sau sắp xếp", "Old" | "New"),
 * found by its header like every table the tool reads. Rows with one side empty are reported.
 */
import type { Grid } from "../grid/grid";
import { foldText } from "../grid/fold-text";

export interface RenamesRead {
  renames: Map<string, string>;
  /** 1-based rows with a name on one side only. */
  incompleteRows: number[];
  /** False when no header with both columns was found. */
  found: boolean;
}

const OLD = /\b(cu|truoc sap xep|truoc khi sap xep|old|former|previous)\b/;
const NEW = /\b(moi|sau sap xep|sau khi sap xep|new|current)\b/;

export function readRenames(grid: Grid): RenamesRead {
  for (let r = 0; r < Math.min(grid.values.length, 20); r++) {
    const row = grid.values[r] ?? [];
    let oldCol = -1;
    let newCol = -1;
    row.forEach((v, c) => {
      if (typeof v !== "string") return;
      const f = foldText(v);
      if (oldCol < 0 && OLD.test(f)) oldCol = c;
      else if (newCol < 0 && NEW.test(f)) newCol = c;
    });
    if (oldCol < 0 || newCol < 0) continue;
    const renames = new Map<string, string>();
    const incompleteRows: number[] = [];
    for (let i = r + 1; i < grid.values.length; i++) {
      const cells = grid.values[i] ?? [];
      const from = typeof cells[oldCol] === "string" ? (cells[oldCol] as string).trim() : "";
      const to = typeof cells[newCol] === "string" ? (cells[newCol] as string).trim() : "";
      if (from === "" && to === "") continue;
      if (from === "" || to === "") {
        incompleteRows.push((grid.origin?.row ?? 0) + i + 1);
        continue;
      }
      renames.set(from, to);
    }
    return { renames, incompleteRows, found: true };
  }
  return { renames: new Map(), incompleteRows: [], found: false };
}
