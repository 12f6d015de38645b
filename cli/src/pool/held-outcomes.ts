/**
 * `cchc rank`'s scored files, held as numbers until every file is read, then handed to the
 * collector in file order: the same calls with the same values, made after scoring instead of
 * during it (the collector only gathers; it ranks at `finish`). While a country's 5,000 files
 * are read, a unit then keeps no objects of its own (its outcome, result, totals, issue counts
 * and the collector's entry were ~0.5 KB a unit): its numbers, booleans and nulls are slots of a
 * run-wide Float64Array (a kind byte each), its objects' keys one shared layout per distinct
 * key list, its repeated strings (group, types, set id, basis) one table entry each, its unit
 * name and file the units list's strings when equal. Anything else (a packed tree, a shared or
 * frozen object, an array, a string of its own) is kept by reference.
 *
 * Read back, every object has the same keys in the same order with the same values (-0, NaN and
 * undefined included); the kept result's `nodes` getter and packed tree are put back as they were.
 */
import { rebuildKept, packedOf, setOwn, type Packed } from "./compact-result";
import type { FileMeta, ScoredFile } from "./score-file";

const NUM = 0;
const NULL = 1;
const TRUE = 2;
const FALSE = 3;
const UNDEFINED = 4;
/** A string of the shared table (its index). */
const SHARED = 5;
/** A value kept by reference (its index in `refs`). */
const REF = 6;
/** The file's unit name / file name as the units list has them (FileMeta). */
const META_UNIT = 7;
const META_FILE = 8;
/** A plain object written in place: its layout's keys follow (see Layout). */
const OBJECT = 9;
/** A kept result's packed tree (its index in `refs`), read through the shared `nodes` getter. */
const PACKED = 10;

/** Strings written once to the shared table: values repeated from unit to unit. */
const SHARED_KEYS = new Set(["group", "unitType", "type", "setId", "basis", "status"]);
/** Plain objects are written in place to this depth (the held file, its outcome, its result, the totals). */
const DEPTH = 4;

/** A plain object's keys in order, and the layouts of those written in place. */
interface Layout {
  keys: string[];
  kids: (Layout | null)[];
  /** A kept result: its tree packed (see compact-result.ts). */
  packed: boolean;
}

/** Slots in a piece of the store: pieces are added, never copied, as units are held. */
const PIECE = 1 << 15;

function plain(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== "object" || Array.isArray(v) || Object.isFrozen(v)) return false;
  return Object.getPrototypeOf(v) === Object.prototype;
}

export class HeldOutcomes {
  private readonly values: Float64Array[] = [];
  private readonly kinds: Uint8Array[] = [];
  private top = PIECE;
  private readonly refs: unknown[] = [];
  private readonly strings: string[] = [];
  private readonly stringIds = new Map<string, number>();
  private readonly layouts = new Map<string, Layout>();
  /** Per file: where its slots start and its layout (-1: not held). */
  private readonly starts: number[] = [];
  private readonly roots: (Layout | undefined)[] = [];

  constructor(private readonly metas: readonly FileMeta[]) {}

  private slot(kind: number, value = 0): void {
    if (this.top === PIECE) {
      this.values.push(new Float64Array(PIECE));
      this.kinds.push(new Uint8Array(PIECE));
      this.top = 0;
    }
    this.values[this.values.length - 1]![this.top] = value;
    this.kinds[this.kinds.length - 1]![this.top] = kind;
    this.top++;
  }

  private position(): number {
    return (this.values.length - 1) * PIECE + this.top;
  }

  private shared(s: string): number {
    let id = this.stringIds.get(s);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(s);
      this.stringIds.set(s, id);
    }
    return id;
  }

  private ref(v: unknown): number {
    this.refs.push(v);
    return this.refs.length - 1;
  }

  /**
   * Writes `o`'s values; returns its layout and that layout's signature (its keys as JSON, its
   * kids' signatures in brackets), by which equal layouts are kept once.
   */
  private writeObject(
    o: Record<string, unknown>,
    meta: FileMeta,
    depth: number,
  ): { sig: string; layout: Layout } {
    const packed = packedOf(o);
    const layout: Layout = { keys: [], kids: [], packed: packed !== null };
    let sig = packed ? "P" : "O";
    for (const key of Object.keys(o)) {
      layout.keys.push(key);
      sig += JSON.stringify(key);
      if (key === "nodes" && packed) {
        this.slot(PACKED, this.ref(packed));
        continue;
      }
      const v = o[key];
      if (typeof v === "number") this.slot(NUM, v);
      else if (v === null) this.slot(NULL);
      else if (v === true) this.slot(TRUE);
      else if (v === false) this.slot(FALSE);
      else if (v === undefined) this.slot(UNDEFINED);
      else if (typeof v === "string") {
        if (key === "unit" && v === meta.unit) this.slot(META_UNIT);
        else if (key === "file" && v === meta.file) this.slot(META_FILE);
        else if (SHARED_KEYS.has(key)) this.slot(SHARED, this.shared(v));
        else this.slot(REF, this.ref(v));
      } else if (depth > 1 && plain(v)) {
        this.slot(OBJECT);
        const kid = this.writeObject(v, meta, depth - 1);
        layout.kids.push(kid.layout);
        sig += `[${kid.sig}]`;
      } else this.slot(REF, this.ref(v));
    }
    return { sig, layout };
  }

  /** Holds file i's scored outcome (and its mtime). */
  hold(i: number, scored: ScoredFile): void {
    this.starts[i] = this.position();
    const { sig, layout } = this.writeObject(
      scored as unknown as Record<string, unknown>,
      this.metas[i]!,
      DEPTH,
    );
    let shared = this.layouts.get(sig);
    if (!shared) this.layouts.set(sig, (shared = layout));
    this.roots[i] = shared;
  }

  /** File i's outcome, as it was held. */
  take(i: number): ScoredFile {
    const root = this.roots[i];
    if (!root) throw new Error(`cchc: outcome ${i} not held`);
    const at = { slot: this.starts[i]! };
    return this.readObject(root, this.metas[i]!, at) as unknown as ScoredFile;
  }

  private readObject(layout: Layout, meta: FileMeta, at: { slot: number }): Record<string, unknown> {
    const entries: [string, unknown][] = [];
    let packed: Packed | null = null;
    let kid = 0;
    for (const key of layout.keys) {
      const piece = Math.floor(at.slot / PIECE);
      const k = at.slot % PIECE;
      at.slot++;
      const kind = this.kinds[piece]![k]!;
      const value = this.values[piece]![k]!;
      switch (kind) {
        case NUM:
          entries.push([key, value]);
          break;
        case NULL:
          entries.push([key, null]);
          break;
        case TRUE:
          entries.push([key, true]);
          break;
        case FALSE:
          entries.push([key, false]);
          break;
        case UNDEFINED:
          entries.push([key, undefined]);
          break;
        case SHARED:
          entries.push([key, this.strings[value]]);
          break;
        case META_UNIT:
          entries.push([key, meta.unit]);
          break;
        case META_FILE:
          entries.push([key, meta.file]);
          break;
        case OBJECT:
          entries.push([key, this.readObject(layout.kids[kid++]!, meta, at)]);
          break;
        case PACKED:
          packed = this.refs[value] as Packed;
          entries.push([key, undefined]);
          break;
        default:
          entries.push([key, this.refs[value]]);
      }
    }
    if (layout.packed && packed) return rebuildKept(entries, packed) as unknown as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, value] of entries) setOwn(out, key, value);
    return out;
  }
}
