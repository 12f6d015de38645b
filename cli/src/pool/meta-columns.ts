/**
 * Every file's meta (what the units list says of it) for `cchc rank`'s workers, as columns: each
 * worker kept one object per file with its own copies of the file name, group and unit type
 * (structured clone shares no strings): ≈ 0.27 KB a file, 1.2 MB at 4,556 files in each worker.
 * As columns, the group and unit type are indexes into one small table, the file name is taken
 * from the file's path when it is its base name (else kept), the survey points are a number; a
 * meta is made again, with the same keys in the same order and the same values, when its file is
 * scored.
 */
import type { FileMeta } from "./score-file";

export interface MetaColumns {
  /** The file's name where it is not its path's base name (else null). */
  names: (string | null)[];
  units: (string | null)[];
  /** Index in `table` of the group and the unit type (-1: null). */
  groups: Int32Array;
  unitTypes: Int32Array;
  table: string[];
  /** The list's survey points (NaN: null; null as NaN is told apart by `surveyNull`). */
  surveys: Float64Array;
  surveyNull: Uint8Array;
}

/** The base name of a path, as the core's fileMeta takes it. */
function baseName(path: string): string {
  return path.replace(/\\/g, "/").split("/").pop() ?? path;
}

export function metaColumns(files: readonly string[], metaOf: (i: number) => FileMeta): MetaColumns {
  const table: string[] = [];
  const ids = new Map<string, number>();
  const id = (s: string | null): number => {
    if (s === null) return -1;
    let k = ids.get(s);
    if (k === undefined) {
      k = table.length;
      table.push(s);
      ids.set(s, k);
    }
    return k;
  };
  const n = files.length;
  const cols: MetaColumns = {
    names: new Array<string | null>(n).fill(null),
    units: new Array<string | null>(n).fill(null),
    groups: new Int32Array(n),
    unitTypes: new Int32Array(n),
    table,
    surveys: new Float64Array(n),
    surveyNull: new Uint8Array(n),
  };
  for (let i = 0; i < n; i++) {
    const m = metaOf(i);
    if (m.file !== baseName(files[i]!)) cols.names[i] = m.file;
    cols.units[i] = m.unit;
    cols.groups[i] = id(m.group);
    cols.unitTypes[i] = id(m.unitType);
    cols.surveys[i] = m.listedSurvey ?? Number.NaN;
    cols.surveyNull[i] = m.listedSurvey === null ? 1 : 0;
  }
  return cols;
}

/** File i's meta, made from the columns: the object metaOf(i) gave. */
export function metaFrom(cols: MetaColumns, files: readonly string[], i: number): FileMeta {
  const group = cols.groups[i]!;
  const unitType = cols.unitTypes[i]!;
  return {
    file: cols.names[i] ?? baseName(files[i]!),
    unit: cols.units[i]!,
    group: group < 0 ? null : cols.table[group]!,
    unitType: unitType < 0 ? null : cols.table[unitType]!,
    listedSurvey: cols.surveyNull[i] === 1 ? null : cols.surveys[i]!,
  };
}
