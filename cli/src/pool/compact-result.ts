/**
 * What `cchc rank` keeps of each unit while the others are read: its UnitResult with the node
 * tree packed. A unit's ~80 nodes as objects are ~16 KB; packed they are one Float64Array of
 * their figures and a byte of flags each, with the codes, titles, levels and sections shared by
 * every unit of the same criteria set (~5 KB). Memory then grows by numbers, not objects, as a
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

interface Packed {
  shape: Shape;
  figures: Float64Array;
  /** notApplicable | surveyScored << 1 | hasAppraisal << 2 */
  flags: Uint8Array;
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
    const figures = new Float64Array(nodes.length * FIGURES);
    const flags = new Uint8Array(nodes.length);
    nodes.forEach((n, i) => {
      const at = i * FIGURES;
      figures[at] = n.row === null ? Number.NaN : n.row;
      figures[at + 1] = n.max;
      figures[at + 2] = n.applicableMax;
      figures[at + 3] = n.self;
      figures[at + 4] = n.appraised;
      figures[at + 5] = n.survey;
      figures[at + 6] = n.final;
      flags[i] = (n.notApplicable ? 1 : 0) | (n.surveyScored ? 2 : 0) | (n.hasAppraisal ? 4 : 0);
    });
    return { shape: this.shapeOf(nodes), figures, flags };
  }

  private unpack(p: Packed): NodeTotals[] {
    for (let k = 0; k < RECENT; k++) if (this.recentKeys[k] === p) return this.recentTrees[k]!;
    const { shape, figures, flags } = p;
    const nodes: NodeTotals[] = shape.codes.map((code, i) => {
      const at = i * FIGURES;
      const row = figures[at]!;
      return {
        code,
        title: shape.titles[i]!,
        level: shape.levels[i]!,
        section: shape.sections[i]!,
        row: Number.isNaN(row) ? null : row,
        max: figures[at + 1]!,
        applicableMax: figures[at + 2]!,
        self: figures[at + 3]!,
        appraised: figures[at + 4]!,
        survey: figures[at + 5]!,
        final: figures[at + 6]!,
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
