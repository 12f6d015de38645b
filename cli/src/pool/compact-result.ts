/**
 * What `cchc rank` keeps of each unit while the others are read: its UnitResult with the node
 * tree packed. A unit's ~80 nodes as objects are ~16 KB; packed they are its figures by column
 * (Float32 where exact, a column equal to an earlier one kept once) and a byte of flags each,
 * with the codes, titles, levels and sections shared by every unit of the same set (~2 KB). Memory then grows by numbers, not objects, as a
 * country's 5,000 units are read.
 *
 * The ranking, the year record, the report and the feedback read `result.nodes` as before: it is
 * an enumerable getter that rebuilds the same objects (same keys, same order, same values) on
 * demand, the last few kept so repeated reads of one unit (a sort's comparator) stay cheap.
 * A tree that does not have exactly the expected keys is kept as it came (nothing is dropped).
 */
import type { NodeTotals, UnitResult } from "@cchc/scoring-core";

const LEVELS = ["field", "criterion", "subcriterion", "item"] as const;
const SECTIONS = ["main", "bonus", "penalty"] as const;
/** The keys of a node, in NodeTotalsSchema's order: a node with any other key is not packed. */
const KEYS = [
  "code",
  "title",
  "level",
  "section",
  "row",
  "max",
  "applicableMax",
  "self",
  "appraised",
  "survey",
  "final",
  "notApplicable",
  "surveyScored",
  "hasAppraisal",
] as const;
const FIGURES = 7; // row (null as NaN), max, applicableMax, self, appraised, survey, final

/** Codes, titles, levels and sections of a criteria tree: one per distinct tree in the run. */
interface Shape {
  codes: string[];
  titles: string[];
  levels: NodeTotals["level"][];
  sections: NodeTotals["section"][];
}

/**
 * How each figure column of a unit is kept, 4 bits a column (column c at bits 4c): all +0, as
 * Float32 (every value exactly a float), as Float64, or the same values as an earlier column
 * (SAME + k). A unit not yet appraised has appraised = self, one without survey points survey
 * = 0, and maxima and row numbers are floats: about 2 KB a unit instead of 4.5.
 */
const ZERO = 0;
const F32 = 1;
const F64 = 2;
const SAME = 3;

interface Packed {
  shape: Shape;
  layout: number;
  /** The Float32 columns, then the Float64 ones, each in column order, one value per node. */
  f32: Float32Array | null;
  f64: Float64Array | null;
  /** notApplicable | surveyScored << 1 | hasAppraisal << 2 */
  flags: Uint8Array;
}

/** Whether two columns of n values (column-major in `v`) hold the same numbers, -0 and NaN included. */
function sameColumn(v: Float64Array, a: number, b: number, n: number): boolean {
  for (let i = 0; i < n; i++) if (!Object.is(v[a * n + i], v[b * n + i])) return false;
  return true;
}

/** How many unpacked trees are kept: a comparator reads two units over and over. */
const RECENT = 4;

/**
 * A string of its own: text cut out of a sheet's XML can keep the whole XML alive (V8 sliced
 * strings), which would hold every workbook read so far.
 */
function flat(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}

export class ResultPacker {
  private readonly shapes = new Map<string, Shape>();
  private readonly strings = new Map<string, string>();
  /**
   * The last few unpacked trees, in fixed slots replaced in turn. Not a Map: trees dropped from
   * a Map (delete, then set) were still promoted by the young-generation GC, so reading every
   * unit once made as much old-space garbage as the trees weigh.
   */
  private readonly recentKeys: (Packed | null)[] = new Array<Packed | null>(RECENT).fill(null);
  private readonly recentTrees: (NodeTotals[] | null)[] = new Array<NodeTotals[] | null>(RECENT).fill(null);
  private nextSlot = 0;

  private share(s: string): string {
    const hit = this.strings.get(s);
    if (hit !== undefined) return hit;
    const own = flat(s);
    this.strings.set(own, own);
    return own;
  }

  private shapeOf(nodes: readonly NodeTotals[]): Shape {
    let key = "";
    for (const n of nodes) key += `${n.code}\u0001${n.title}\u0001${n.level}\u0001${n.section}\u0002`;
    const hit = this.shapes.get(key);
    if (hit) return hit;
    const shape: Shape = {
      codes: nodes.map((n) => this.share(n.code)),
      titles: nodes.map((n) => this.share(n.title)),
      levels: nodes.map((n) => n.level),
      sections: nodes.map((n) => n.section),
    };
    this.shapes.set(flat(key), shape);
    return shape;
  }

  private packable(nodes: readonly NodeTotals[]): boolean {
    return nodes.every((n) => {
      const keys = Object.keys(n);
      return (
        keys.length === KEYS.length &&
        keys.every((k, i) => k === KEYS[i]) &&
        LEVELS.includes(n.level) &&
        SECTIONS.includes(n.section) &&
        typeof n.code === "string" &&
        typeof n.title === "string" &&
        (n.row === null || typeof n.row === "number")
      );
    });
  }

  private pack(nodes: readonly NodeTotals[]): Packed {
    const n = nodes.length;
    // Column-major: column c's value for node i at c * n + i.
    const v = new Float64Array(n * FIGURES);
    const flags = new Uint8Array(n);
    nodes.forEach((node, i) => {
      v[i] = node.row === null ? Number.NaN : node.row;
      v[n + i] = node.max;
      v[2 * n + i] = node.applicableMax;
      v[3 * n + i] = node.self;
      v[4 * n + i] = node.appraised;
      v[5 * n + i] = node.survey;
      v[6 * n + i] = node.final;
      flags[i] = (node.notApplicable ? 1 : 0) | (node.surveyScored ? 2 : 0) | (node.hasAppraisal ? 4 : 0);
    });
    const codes: number[] = [];
    for (let c = 0; c < FIGURES; c++) {
      let code = -1;
      for (let k = 0; k < c && code < 0; k++) if (sameColumn(v, c, k, n)) code = SAME + k;
      if (code < 0) {
        let zero = true;
        let float = true;
        for (let i = c * n; i < (c + 1) * n; i++) {
          if (!Object.is(v[i], 0)) zero = false;
          if (!Object.is(Math.fround(v[i]!), v[i])) float = false;
        }
        code = zero ? ZERO : float ? F32 : F64;
      }
      codes.push(code);
    }
    const count = (kind: number) => codes.filter((c) => c === kind).length * n;
    const f32 = count(F32) > 0 ? new Float32Array(count(F32)) : null;
    const f64 = count(F64) > 0 ? new Float64Array(count(F64)) : null;
    let at32 = 0;
    let at64 = 0;
    let layout = 0;
    codes.forEach((code, c) => {
      layout |= code << (4 * c);
      const column = v.subarray(c * n, (c + 1) * n);
      if (code === F32) f32!.set(column, at32++ * n);
      if (code === F64) f64!.set(column, at64++ * n);
    });
    return { shape: this.shapeOf(nodes), layout, f32, f64, flags };
  }

  /** The figures of a packed tree, column-major, in a buffer reused from one call to the next. */
  private scratch = new Float64Array(0);
  private figures(p: Packed): Float64Array {
    const n = p.flags.length;
    if (this.scratch.length < n * FIGURES) this.scratch = new Float64Array(n * FIGURES);
    const v = this.scratch;
    let at32 = 0;
    let at64 = 0;
    for (let c = 0; c < FIGURES; c++) {
      const code = (p.layout >> (4 * c)) & 15;
      if (code === ZERO) v.fill(0, c * n, (c + 1) * n);
      else if (code === F32) v.set(p.f32!.subarray(n * at32++, n * at32), c * n);
      else if (code === F64) v.set(p.f64!.subarray(n * at64++, n * at64), c * n);
      else v.copyWithin(c * n, (code - SAME) * n, (code - SAME + 1) * n);
    }
    return v;
  }

  private unpack(p: Packed): NodeTotals[] {
    for (let k = 0; k < RECENT; k++) if (this.recentKeys[k] === p) return this.recentTrees[k]!;
    const { shape, flags } = p;
    const v = this.figures(p);
    const n = flags.length;
    const nodes: NodeTotals[] = shape.codes.map((code, i) => {
      const row = v[i]!;
      return {
        code,
        title: shape.titles[i]!,
        level: shape.levels[i]!,
        section: shape.sections[i]!,
        row: Number.isNaN(row) ? null : row,
        max: v[n + i]!,
        applicableMax: v[2 * n + i]!,
        self: v[3 * n + i]!,
        appraised: v[4 * n + i]!,
        survey: v[5 * n + i]!,
        final: v[6 * n + i]!,
        notApplicable: (flags[i]! & 1) !== 0,
        surveyScored: (flags[i]! & 2) !== 0,
        hasAppraisal: (flags[i]! & 4) !== 0,
      };
    });
    this.recentKeys[this.nextSlot] = p;
    this.recentTrees[this.nextSlot] = nodes;
    this.nextSlot = (this.nextSlot + 1) % RECENT;
    return nodes;
  }

  /** The result to keep: same keys in the same order, strings of its own, nodes packed. */
  compact(result: UnitResult): UnitResult {
    const out = {} as Record<string, unknown>;
    const packed = this.packable(result.nodes) ? this.pack(result.nodes) : null;
    for (const [k, v] of Object.entries(result)) {
      if (k === "nodes" && packed) {
        Object.defineProperty(out, "nodes", {
          enumerable: true,
          configurable: true,
          get: () => this.unpack(packed),
        });
      } else if (k === "unit" || k === "file") out[k] = typeof v === "string" ? flat(v) : v;
      else if (k === "group" || k === "unitType") out[k] = typeof v === "string" ? this.share(v) : v;
      else out[k] = v;
    }
    return out as UnitResult;
  }
}
