/**
 * What `cchc rank` keeps of each unit while the others are read: its UnitResult with the node
 * tree packed. A unit's ~80 nodes as objects are ~16 KB; packed they are its figures by column
 * (hundredths in 16 or 32 bits or Float32 where exact, a column equal to an earlier one kept once)
 * and a byte of flags each, in one run-wide store (FigureStore), with the codes, titles, levels
 * and sections shared by every unit of the same set, and row numbers and maxima equal to the
 * set's first unit's kept once (see TEMPLATE; ~0.7 KB a unit). Memory then grows by numbers,
 * not objects, as a country's 5,000 units are read.
 *
 * The ranking, the year record, the report and the feedback read `result.nodes` as before: it is
 * an enumerable getter that rebuilds the same objects (same keys, same order, same values) on
 * demand, the last few kept so repeated reads of one unit (a sort's comparator) stay cheap.
 * A tree that does not have exactly the expected keys is kept as it came (nothing is dropped).
 *
 * Around the tree (keepOutcome), what a unit would otherwise keep as its own copy is shared: its
 * name and file as the units list has them, the set id, the totals' basis, and equal appraisal
 * states; its totals are one object with every field in place (a deserialized one keeps most of
 * them in a second array).
 */
import { ownString, setOwn, type AppraisalState, type NodeTotals, type UnitResult } from "@cchc/scoring-core";
import type { UnitFileMeta, UnitOutcome } from "@cchc/scoring-core/workflow";
import { Pieces } from "./pieces";

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
/** A unit's totals in TableTotalsSchema's order: kept as one object with its fields in place. */
const TOTALS_KEYS = [
  "max",
  "applicableMax",
  "selfMax",
  "surveyMax",
  "self",
  "appraised",
  "survey",
  "bonus",
  "penalty",
  "final",
  "index",
  "appraisalRound",
  "basis",
  "surveyGiven",
] as const;
const APPRAISAL_KEYS = ["status", "openItems", "flaggedItems", "notAppraised"] as const;
/** Distinct appraisal states kept once each (beyond: each unit keeps its own). */
const APPRAISALS = 1024;
/** A unit without issues: one frozen object for all of them (its readers copy it). */
const NO_ISSUES: Record<string, number> = Object.freeze({}) as Record<string, number>;

/** Codes, titles, levels and sections of a criteria tree: one per distinct tree in the run. */
export interface Shape {
  codes: string[];
  titles: string[];
  levels: NodeTotals["level"][];
  sections: NodeTotals["section"][];
}

/**
 * How each figure column of a unit is kept, 4 bits a column (column c at bits 4c): all +0, as
 * Float32 (every value exactly a float), as Float64, the same values as an earlier column
 * (SAME + k), or as hundredths (every value exactly k / 100) in 16 or 32 bits. A unit not yet
 * appraised has appraised = self, one without survey points survey = 0, row numbers and maxima
 * are floats and scores hundredths: about 1 KB a unit instead of 4.5.
 */
const ZERO = 0;
const F32 = 1;
const F64 = 2;
const SAME = 3; // 3…8: SAME + k, k < FIGURES - 1
const C16 = 10;
const C32 = 11;
/**
 * Kept on the main thread only: the same bytes as this column of the first unit of the same
 * shape (its template's row numbers and maxima), kept once per shape instead of once a unit.
 */
const TEMPLATE = 12;
/** The columns that may be a template's: row numbers and maxima. */
const TEMPLATED = [0, 1];

/** Bytes a value of a column kept this way takes (0: nothing stored). */
function width(code: number): number {
  return code === F64 ? 8 : code === F32 || code === C32 ? 4 : code === C16 ? 2 : 0;
}

/** A packed tree's bytes: n flags, then each stored column at an offset that is a multiple of 8. */
function blobBytes(layout: number, n: number): number {
  let at = align8(n);
  for (let c = 0; c < FIGURES; c++) at += align8(width((layout >> (4 * c)) & 15) * n);
  return at;
}

function align8(x: number): number {
  return (x + 7) & ~7;
}

export interface Packed {
  /** The packer whose store holds it (what the shared `nodes` getter reads through). */
  packer: ResultPacker;
  shape: Shape;
  layout: number;
  /** Where its bytes are in the run's FigureStore (see blobBytes). */
  at: number;
}

/**
 * A unit tree packed by a worker, in place of `result.nodes` in the outcome it posts: its shape
 * by a number of that worker's, the shape itself only in the first outcome using it (replies on
 * one port arrive in order), and its bytes (see blobBytes) in one transferred buffer. The main
 * thread copies them into its store and never builds (nor promotes) the ~80 node objects.
 */
export interface WireNodes {
  wire: 1;
  shapeId: number;
  shape: Shape | null;
  layout: number;
  blob: Uint8Array;
}

function isWire(nodes: unknown): nodes is WireNodes {
  return typeof nodes === "object" && nodes !== null && (nodes as Partial<WireNodes>).wire === 1;
}

/** What a shape is found by: equal trees give equal keys. */
function shapeKey(shape: Shape): string {
  let key = "";
  for (let i = 0; i < shape.codes.length; i++)
    key += `${shape.codes[i]}\u0001${shape.titles[i]}\u0001${shape.levels[i]}\u0001${shape.sections[i]}\u0002`;
  return key;
}

function shapeFrom(nodes: readonly NodeTotals[]): Shape {
  return {
    codes: nodes.map((n) => n.code),
    titles: nodes.map((n) => n.title),
    levels: nodes.map((n) => n.level),
    sections: nodes.map((n) => n.section),
  };
}

/** Whether two columns of n values (column-major in `v`) hold the same numbers, -0 and NaN included. */
function sameColumn(v: Float64Array, a: number, b: number, n: number): boolean {
  for (let i = 0; i < n; i++) if (!Object.is(v[a * n + i], v[b * n + i])) return false;
  return true;
}

/** x as hundredths that read back exactly (k / 100 is x, -0 excluded), or null. */
function hundredths(x: number): number | null {
  const k = Math.round(x * 100);
  return k >= -2147483648 && k <= 2147483647 && Object.is((k | 0) / 100, x) ? k | 0 : null;
}

/** How column c (of n values, column-major in `v`) is best kept. */
function columnCode(v: Float64Array, c: number, n: number): number {
  for (let k = 0; k < c; k++) if (sameColumn(v, c, k, n)) return SAME + k;
  let zero = true;
  let c16 = true;
  let c32 = true;
  let float = true;
  for (let i = c * n; i < (c + 1) * n; i++) {
    const x = v[i]!;
    if (!Object.is(x, 0)) zero = false;
    const k = hundredths(x);
    if (k === null) c16 = c32 = false;
    else if (k < -32768 || k > 32767) c16 = false;
    if (!Object.is(Math.fround(x), x)) float = false;
  }
  return zero ? ZERO : c16 ? C16 : float ? F32 : c32 ? C32 : F64;
}

/** A tree's figures by column and its flags (see ZERO…C32) in one buffer: all of a packed tree but its shape. */
function packFigures(nodes: readonly NodeTotals[]): { layout: number; blob: Uint8Array } {
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
  let layout = 0;
  for (let c = 0; c < FIGURES; c++) layout |= columnCode(v, c, n) << (4 * c);
  const blob = new Uint8Array(blobBytes(layout, n));
  blob.set(flags);
  let at = align8(n);
  for (let c = 0; c < FIGURES; c++) {
    const code = (layout >> (4 * c)) & 15;
    const column = v.subarray(c * n, (c + 1) * n);
    if (code === F32) new Float32Array(blob.buffer, at, n).set(column);
    else if (code === F64) new Float64Array(blob.buffer, at, n).set(column);
    else if (code === C16 || code === C32) {
      const out = code === C16 ? new Int16Array(blob.buffer, at, n) : new Int32Array(blob.buffer, at, n);
      for (let i = 0; i < n; i++) out[i] = hundredths(column[i]!)!;
    }
    at += align8(width(code) * n);
  }
  return { layout, blob };
}

/** Column c of n values (column-major in `v`) read back from the bytes kept with `code` at `at`. */
function readColumn(
  v: Float64Array,
  c: number,
  n: number,
  code: number,
  buffer: ArrayBuffer,
  at: number,
): void {
  if (code === ZERO) v.fill(0, c * n, (c + 1) * n);
  else if (code === F32) v.set(new Float32Array(buffer, at, n), c * n);
  else if (code === F64) v.set(new Float64Array(buffer, at, n), c * n);
  else if (code === C16 || code === C32) {
    const k = code === C16 ? new Int16Array(buffer, at, n) : new Int32Array(buffer, at, n);
    for (let i = 0; i < n; i++) v[c * n + i] = k[i]! / 100;
  } else v.copyWithin(c * n, (code - SAME) * n, (code - SAME + 1) * n);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Every packed tree's bytes, one after the other in 256 KB pieces: a few large buffers for the
 * whole run instead of three small ones a unit (each with its own objects and allocation). Full
 * pieces are deflated until they are read (see pieces.ts).
 */
class FigureStore {
  private static readonly PIECE = 256 * 1024;
  private readonly pieces = new Pieces(FigureStore.PIECE);
  private last: ArrayBuffer | null = null;
  private top = FigureStore.PIECE;

  /** Copies `blob` in; returns where it is. */
  put(blob: Uint8Array): number {
    const size = align8(blob.length);
    if (size > FigureStore.PIECE) throw new Error(`cchc: packed tree of ${size} bytes`);
    if (this.last === null || this.top + size > FigureStore.PIECE) {
      this.last = this.pieces.add();
      this.top = 0;
    }
    const at = (this.pieces.length - 1) * FigureStore.PIECE + this.top;
    new Uint8Array(this.last, this.top, blob.length).set(blob);
    this.top += size;
    return at;
  }

  /** The piece holding the bytes at `at`, and their offset in it. */
  piece(at: number): { buffer: ArrayBuffer; offset: number } {
    return { buffer: this.pieces.get(Math.floor(at / FigureStore.PIECE)), offset: at % FigureStore.PIECE };
  }
}

/** Whether a tree has exactly the expected keys and kinds (else it is kept as it came). */
function isPackable(nodes: readonly NodeTotals[]): boolean {
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

/** Whether `o` has exactly these own keys, in this order. */
function hasKeys(o: object, keys: readonly string[]): boolean {
  const own = Object.keys(o);
  return own.length === keys.length && own.every((k, i) => k === keys[i]);
}

function isEmptyRecord(o: Record<string, number>): boolean {
  return Object.getPrototypeOf(o) === Object.prototype && Object.keys(o).length === 0;
}

/** `given` when it is the same text as `s` (one string kept for both), else a copy of `s` of its own. */
function sameOrOwn(s: string, given: string | null | undefined): string {
  return given === s ? given : ownString(s);
}

/** How many unpacked trees are kept: a comparator reads two units over and over. */
const RECENT = 4;

/**
 * Where a kept result's packed tree is: a symbol, non-enumerable, so keys, JSON and spreads see
 * the result as scored. Its `nodes` getter is one shared function (not a closure per unit):
 * results then share their hidden classes instead of each getting its own (and, past V8's
 * transition limit, a dictionary of properties).
 */
const PACKED = Symbol("cchc.packed");

interface KeptResult {
  [PACKED]: Packed;
}

/** A kept result's packed tree (null: not a kept result, or its tree kept as it came). */
export function packedOf(o: object): Packed | null {
  return (o as Partial<KeptResult>)[PACKED] ?? null;
}

/**
 * A kept result made again from its entries in order (the "nodes" entry's value unused) and its
 * packed tree: the same object keep() makes (see HeldOutcomes).
 */
export function rebuildKept(entries: readonly [string, unknown][], packed: Packed): UnitResult {
  const out = {} as Record<string, unknown>;
  for (const [k, v] of entries) {
    if (k === "nodes") Object.defineProperty(out, "nodes", NODES);
    else setOwn(out, k, v);
  }
  Object.defineProperty(out, PACKED, { value: packed });
  return out as UnitResult;
}

/** The `nodes` property of every kept result: one shared getter. */
const NODES: PropertyDescriptor = { enumerable: true, configurable: true, get: packedNodes };

function packedNodes(this: KeptResult): NodeTotals[] {
  const packed = this[PACKED];
  return packed.packer.unpack(packed);
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
    const own = ownString(s);
    this.strings.set(own, own);
    return own;
  }

  /** Every shape of this run, by number (see packedCode). */
  private readonly shapeList: Shape[] = [];
  private readonly shapeIds = new Map<Shape, number>();

  /** A packed tree as three integers (its shape's number, its layout, its place in the store). */
  packedCode(p: Packed): [number, number, number] {
    let id = this.shapeIds.get(p.shape);
    if (id === undefined) {
      id = this.shapeList.length;
      this.shapeList.push(p.shape);
      this.shapeIds.set(p.shape, id);
    }
    return [id, p.layout, p.at];
  }

  /** The packed tree of packedCode's integers. */
  packedFrom(shape: number, layout: number, at: number): Packed {
    return { packer: this, shape: this.shapeList[shape]!, layout, at };
  }

  /** The one shape of this run equal to `given` (its strings shared). */
  private intern(given: Shape): Shape {
    const key = shapeKey(given);
    const hit = this.shapes.get(key);
    if (hit) return hit;
    const shape: Shape = {
      codes: given.codes.map((s) => this.share(s)),
      titles: given.titles.map((s) => this.share(s)),
      levels: [...given.levels],
      sections: [...given.sections],
    };
    this.shapes.set(ownString(key), shape);
    return shape;
  }

  private shapeOf(nodes: readonly NodeTotals[]): Shape {
    return this.intern(shapeFrom(nodes));
  }

  private readonly store = new FigureStore();
  /** Per shape, each templated column as first seen: its code and bytes (see TEMPLATE). */
  private readonly templates = new Map<Shape, ({ code: number; bytes: Uint8Array } | undefined)[]>();

  private pack(nodes: readonly NodeTotals[]): Packed {
    const { layout, blob } = packFigures(nodes);
    return this.put(this.shapeOf(nodes), layout, blob);
  }

  /** A packed tree kept in the store, without the columns equal to its shape's template. */
  private put(shape: Shape, layout: number, blob: Uint8Array): Packed {
    const n = shape.codes.length;
    let refs = this.templates.get(shape);
    if (!refs) this.templates.set(shape, (refs = []));
    let kept = layout;
    const parts: Uint8Array[] = [blob.subarray(0, align8(n))];
    let at = align8(n);
    for (let c = 0; c < FIGURES; c++) {
      const code = (layout >> (4 * c)) & 15;
      const size = align8(width(code) * n);
      const bytes = blob.subarray(at, at + size);
      at += size;
      if (size === 0) continue;
      if (TEMPLATED.includes(c)) {
        const ref = refs[c];
        if (!ref) refs[c] = { code, bytes: bytes.slice() };
        if (!ref || (ref.code === code && sameBytes(ref.bytes, bytes))) {
          kept = (kept & ~(15 << (4 * c))) | (TEMPLATE << (4 * c));
          continue;
        }
      }
      parts.push(bytes);
    }
    if (kept === layout) return { packer: this, shape, layout, at: this.store.put(blob) };
    const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
    let to = 0;
    for (const p of parts) {
      out.set(p, to);
      to += p.length;
    }
    return { packer: this, shape, layout: kept, at: this.store.put(out) };
  }

  /** The figures of a packed tree, column-major, in a buffer reused from one call to the next. */
  private scratch = new Float64Array(0);
  private figures(p: Packed): Float64Array {
    const n = p.shape.codes.length;
    if (this.scratch.length < n * FIGURES) this.scratch = new Float64Array(n * FIGURES);
    const v = this.scratch;
    const { buffer, offset } = this.store.piece(p.at);
    let at = offset + align8(n);
    for (let c = 0; c < FIGURES; c++) {
      const code = (p.layout >> (4 * c)) & 15;
      if (code === TEMPLATE) {
        const ref = this.templates.get(p.shape)![c]!;
        readColumn(v, c, n, ref.code, ref.bytes.buffer as ArrayBuffer, ref.bytes.byteOffset);
      } else readColumn(v, c, n, code, buffer, at);
      at += align8(width(code) * n);
    }
    return v;
  }

  /** The nodes of a packed tree, as they were scored (the last few kept). */
  unpack(p: Packed): NodeTotals[] {
    for (let k = 0; k < RECENT; k++) if (this.recentKeys[k] === p) return this.recentTrees[k]!;
    const { shape } = p;
    const v = this.figures(p);
    const n = shape.codes.length;
    const { buffer, offset } = this.store.piece(p.at);
    const flags = new Uint8Array(buffer, offset, n);
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
  compact(result: UnitResult, meta: UnitFileMeta | null = null): UnitResult {
    return this.keep(result, isPackable(result.nodes) ? this.pack(result.nodes) : null, meta);
  }

  /**
   * The outcome to keep while the other files are read (the same values): its result kept (see
   * compact and receive; `shapes`: it came from that worker), and what the ranking holds besides
   * shared where it is the same for many units: the set id, "no issues", equal appraisal states.
   */
  keepOutcome(outcome: UnitOutcome, meta: UnitFileMeta | null, shapes?: Map<number, Shape>): UnitOutcome {
    if (!outcome.ok) return outcome;
    const result = shapes ? this.receive(outcome.result, shapes, meta) : this.compact(outcome.result, meta);
    return {
      ...outcome,
      result,
      setId: outcome.setId === null ? null : this.share(outcome.setId),
      issueCodes: isEmptyRecord(outcome.issueCodes) ? NO_ISSUES : outcome.issueCodes,
      appraisal: this.appraisalOf(outcome.appraisal),
    };
  }

  private readonly appraisals = new Map<string, AppraisalState>();

  /** One frozen object per distinct appraisal state (status and counts), up to APPRAISALS of them. */
  private appraisalOf(a: AppraisalState | null): AppraisalState | null {
    if (a === null || !hasKeys(a, APPRAISAL_KEYS) || typeof a.status !== "string") return a;
    const counts = [a.openItems, a.flaggedItems, a.notAppraised];
    if (!counts.every((x) => Number.isSafeInteger(x) && !Object.is(x, -0))) return a;
    const key = `${a.status}|${counts.join("|")}`;
    const hit = this.appraisals.get(key);
    if (hit) return hit;
    if (this.appraisals.size >= APPRAISALS) return a;
    const own = Object.freeze({
      status: this.share(a.status) as AppraisalState["status"],
      openItems: a.openItems,
      flaggedItems: a.flaggedItems,
      notAppraised: a.notAppraised,
    });
    this.appraisals.set(ownString(key), own);
    return own;
  }

  /**
   * The totals as one object with every field in place (a deserialized one keeps most of its
   * fields in a second array) and its basis shared; any other shape is kept as it came.
   */
  private totalsOf(t: UnitResult["totals"]): UnitResult["totals"] {
    if (!hasKeys(t, TOTALS_KEYS) || typeof t.basis !== "string") return t;
    return {
      max: t.max,
      applicableMax: t.applicableMax,
      selfMax: t.selfMax,
      surveyMax: t.surveyMax,
      self: t.self,
      appraised: t.appraised,
      survey: t.survey,
      bonus: t.bonus,
      penalty: t.penalty,
      final: t.final,
      index: t.index,
      appraisalRound: t.appraisalRound,
      basis: this.share(t.basis) as UnitResult["totals"]["basis"],
      surveyGiven: t.surveyGiven,
    };
  }

  /**
   * The result to keep from one a worker posted (see WirePacker): the same as `compact` of the
   * result the worker scored. `shapes` is that worker's shapes by id, filled here.
   */
  receive(result: UnitResult, shapes: Map<number, Shape>, meta: UnitFileMeta | null = null): UnitResult {
    const nodes: unknown = result.nodes;
    if (!isWire(nodes)) return this.compact(result, meta);
    if (nodes.shape) shapes.set(nodes.shapeId, this.intern(nodes.shape));
    const shape = shapes.get(nodes.shapeId);
    if (!shape) throw new Error(`cchc: worker tree shape ${nodes.shapeId} not sent`);
    return this.keep(result, this.put(shape, nodes.layout, nodes.blob), meta);
  }

  /**
   * `meta`: what the units list says of the file: its unit name and file name, when the result
   * has the same, are kept as that one string (else as a string of the result's own).
   */
  private keep(result: UnitResult, packed: Packed | null, meta: UnitFileMeta | null): UnitResult {
    const out = {} as Record<string, unknown>;
    for (const [k, v] of Object.entries(result)) {
      if (k === "nodes" && packed) {
        Object.defineProperty(out, "nodes", NODES);
      } else if (k === "unit" || k === "file")
        out[k] = typeof v === "string" ? sameOrOwn(v, k === "unit" ? meta?.unit : meta?.file) : v;
      else if (k === "group" || k === "unitType" || k === "type")
        out[k] = typeof v === "string" ? this.share(v) : v;
      else if (k === "totals" && v !== null && typeof v === "object")
        out[k] = this.totalsOf(v as UnitResult["totals"]);
      else out[k] = v;
    }
    if (packed) Object.defineProperty(out, PACKED, { value: packed });
    return out as UnitResult;
  }
}

/**
 * The worker side of the packing: the tree of each outcome it posts packed in place of
 * `result.nodes` (a WireNodes), and the buffers to transfer. Each distinct shape gets a number,
 * sent with its codes, titles, levels and sections once.
 */
export class WirePacker {
  private readonly ids = new Map<string, number>();

  /** The outcome to post and what to transfer with it (nothing: posted as it is). */
  wire(outcome: UnitOutcome): { outcome: UnitOutcome; transfer: ArrayBuffer[] } {
    if (!outcome.ok || !isPackable(outcome.result.nodes)) return { outcome, transfer: [] };
    const given = shapeFrom(outcome.result.nodes);
    const key = shapeKey(given);
    let shapeId = this.ids.get(key);
    const first = shapeId === undefined;
    if (shapeId === undefined) {
      shapeId = this.ids.size;
      this.ids.set(key, shapeId);
    }
    const { layout, blob } = packFigures(outcome.result.nodes);
    const nodes: WireNodes = { wire: 1, shapeId, shape: first ? given : null, layout, blob };
    const transfer: ArrayBuffer[] = [blob.buffer as ArrayBuffer];
    // Same keys in the same order: only the nodes' value changes.
    const result = { ...outcome.result, nodes: nodes as unknown as NodeTotals[] };
    return { outcome: { ...outcome, result }, transfer };
  }
}
