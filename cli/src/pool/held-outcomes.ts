/**
 * `cchc rank`'s scored files, held as numbers until every file is read, then handed to the
 * collector in file order: the same calls with the same values, made after scoring instead of
 * during it (the collector only gathers; it ranks at `finish`). While a country's 5,000 files
 * are read, a unit then keeps no objects of its own (its outcome, result, totals, issue counts
 * and the collector's entry were ~0.5 KB a unit): each value is a kind byte in a run-wide byte
 * store, followed by its number (as a 32-bit integer when it is one, else 64-bit) or an index;
 * its objects' keys are one shared layout per distinct key list, its repeated strings (group,
 * types, set id, basis) one table entry each, its unit name and file the units list's strings
 * when equal, a packed tree three integers (see ResultPacker.packedCode). A frozen object (shared
 * by the packer) is kept once by identity; anything else (an array, a string of its own) by
 * reference.
 *
 * Read back, every object has the same keys in the same order with the same values (-0, NaN and
 * undefined included); the kept result's `nodes` getter and packed tree are put back as they were.
 */
import { setOwn } from "@cchc/scoring-core";
import { rebuildKept, packedOf, type Packed, type ResultPacker } from "./compact-result";
import type { FileMeta, ScoredFile } from "./score-file";
import { Pieces } from "./pieces";

/** A number that is not a 32-bit integer (or is -0): 8 bytes follow. */
const NUM = 0;
const NULL = 1;
const TRUE = 2;
const FALSE = 3;
const UNDEFINED = 4;
/** A string of the shared table: its index follows (4 bytes, as for every kind below). */
const SHARED = 5;
/** A value kept by reference: its index in `refs`. */
const REF = 6;
/** The file's unit name / file name as the units list has them (FileMeta): nothing follows. */
const META_UNIT = 7;
const META_FILE = 8;
/** A plain object written in place (nothing follows): its layout's values come next. */
const OBJECT = 9;
/** A kept result's packed tree: its shape, layout and place (three 4-byte integers). */
const PACKED = 10;
/** A 32-bit integer (not -0): 4 bytes follow. */
const INT = 11;
/** A frozen object, kept once by identity: its index in `frozen`. */
const FROZEN = 12;

/** The most one value takes in the store: a kind byte and three integers. */
const MOST = 13;

/** Kinds followed by one 4-byte integer. */
const WITH_INT = new Set([SHARED, REF, INT, FROZEN]);

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

/** Bytes in a piece of the store: pieces are added, never copied, as units are held. */
const PIECE = 1 << 18;

function plain(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== "object" || Array.isArray(v) || Object.isFrozen(v)) return false;
  return Object.getPrototypeOf(v) === Object.prototype;
}

export class HeldOutcomes {
  /** Full pieces are deflated until they are read (see pieces.ts). */
  private readonly pieces = new Pieces(PIECE);
  /** The piece last written or read (its index; -1: none). */
  private viewed = -1;
  private current = new DataView(new ArrayBuffer(0));
  /** Where the next value goes: a piece's index times PIECE plus the offset in it. */
  private top = 0;
  private readonly refs: unknown[] = [];
  private readonly frozen: object[] = [];
  private readonly frozenIds = new Map<object, number>();
  private readonly strings: string[] = [];
  private readonly stringIds = new Map<string, number>();
  private readonly layouts = new Map<string, Layout>();
  /** Per file: where its values start, and its layout. */
  private readonly starts: number[] = [];
  private readonly roots: (Layout | undefined)[] = [];

  constructor(
    private readonly metaOf: (i: number) => FileMeta,
    private readonly packer: ResultPacker,
  ) {}

  /** Where a value may be written or read from `at` (the next piece when this one is too full). */
  private static fit(at: number): number {
    return (at % PIECE) + MOST > PIECE ? (Math.floor(at / PIECE) + 1) * PIECE : at;
  }

  /** The piece for position `at`, added when writing past the last one. */
  private view(at: number): DataView {
    const k = Math.floor(at / PIECE);
    while (this.pieces.length <= k) {
      this.pieces.add();
      this.viewed = -1;
    }
    if (k !== this.viewed) {
      this.current = new DataView(this.pieces.get(k));
      this.viewed = k;
    }
    return this.current;
  }

  /** Writes a kind byte and its integers. */
  private slot(kind: number, ...ints: number[]): void {
    const at = HeldOutcomes.fit(this.top);
    const view = this.view(at);
    let o = at % PIECE;
    view.setUint8(o++, kind);
    for (const x of ints) {
      view.setInt32(o, x, true);
      o += 4;
    }
    this.top = at + (o - (at % PIECE));
  }

  private number(v: number): void {
    if ((v | 0) === v && !Object.is(v, -0)) {
      this.slot(INT, v);
      return;
    }
    const at = HeldOutcomes.fit(this.top);
    const view = this.view(at);
    view.setUint8(at % PIECE, NUM);
    view.setFloat64((at % PIECE) + 1, v, true);
    this.top = at + 9;
  }

  private frozenId(o: object): number {
    let id = this.frozenIds.get(o);
    if (id === undefined) {
      id = this.frozen.length;
      this.frozen.push(o);
      this.frozenIds.set(o, id);
    }
    return id;
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
        this.slot(PACKED, ...this.packer.packedCode(packed));
        continue;
      }
      const v = o[key];
      if (typeof v === "number") this.number(v);
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
      } else if (typeof v === "object" && Object.isFrozen(v)) this.slot(FROZEN, this.frozenId(v));
      else this.slot(REF, this.ref(v));
    }
    return { sig, layout };
  }

  /** Holds file i's scored outcome (and its mtime). */
  hold(i: number, scored: ScoredFile): void {
    this.starts[i] = this.top;
    const { sig, layout } = this.writeObject(
      scored as unknown as Record<string, unknown>,
      this.metaOf(i),
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
    return this.readObject(root, this.metaOf(i), at) as unknown as ScoredFile;
  }

  private readObject(layout: Layout, meta: FileMeta, at: { slot: number }): Record<string, unknown> {
    const entries: [string, unknown][] = [];
    let packed: Packed | null = null;
    let kid = 0;
    for (const key of layout.keys) {
      const start = HeldOutcomes.fit(at.slot);
      const view = this.view(start);
      const o = start % PIECE;
      const kind = view.getUint8(o);
      const int = (k: number) => view.getInt32(o + 1 + 4 * k, true);
      at.slot = start + 1 + (kind === NUM ? 8 : kind === PACKED ? 12 : WITH_INT.has(kind) ? 4 : 0);
      const value = kind === NUM ? view.getFloat64(o + 1, true) : WITH_INT.has(kind) ? int(0) : 0;
      switch (kind) {
        case NUM:
        case INT:
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
          packed = this.packer.packedFrom(int(0), int(1), int(2));
          entries.push([key, undefined]);
          break;
        case FROZEN:
          entries.push([key, this.frozen[value]]);
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
