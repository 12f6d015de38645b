/**
 * The pieces of `cchc rank`'s run-wide byte stores (the packed figures, compact-result.ts; the
 * held outcomes, held-outcomes.ts): fixed-size pieces written one after the other, in one buffer
 * (see add). A piece is deflated (zlib level 1) as soon as the next one is started, and inflated
 * back, for good, the first time it is read. The stores are written while the files are read and
 * read once scoring is over, so what every unit keeps takes ≈ 4× less (1,000 distinct bench
 * workbooks: 768 KB → 112 KB) through the part of the run where both threads' heaps are at their
 * largest; ≈ 3 ms of CPU for a country's 3 MB. Read back, a piece has the same bytes at the same
 * offsets.
 */
import { deflateRawSync, inflateRawSync } from "node:zlib";

export class Pieces {
  /** A piece as written (ArrayBuffer), or deflated (Uint8Array). */
  private readonly list: (ArrayBuffer | Uint8Array)[] = [];

  constructor(readonly size: number) {}

  get length(): number {
    return this.list.length;
  }

  /**
   * Starts the next piece (zeroed) and returns it; the one before is deflated. The piece being
   * written is one buffer for the whole run: the one before is deflated from it, then it is
   * zeroed and is the next (what a caller kept of the buffer is then the new piece's). A new
   * buffer for each piece left every full piece allocated until scoring was over: a piece is
   * filled over many files, so its ArrayBuffer is in the old generation when it is dropped, and
   * V8 frees its 256 KB (outside its heap) only at a full GC, which the main thread does not run
   * while it scores (≈ 3.5 MB at 5,000 bench files). Detaching it instead (a transfer)
   * would free it, but V8 then drops its optimised typed-array code on that thread (its
   * "array buffer detaching" protector): ≈ 5 % more CPU.
   */
  add(): ArrayBuffer {
    const last = this.list.length - 1;
    const before = this.list[last];
    let piece: ArrayBuffer;
    if (before instanceof ArrayBuffer) {
      this.list[last] = new Uint8Array(deflateRawSync(new Uint8Array(before), { level: 1 }));
      piece = before;
      new Uint8Array(piece).fill(0);
    } else piece = new ArrayBuffer(this.size);
    this.list.push(piece);
    return piece;
  }

  /** Piece k as written (inflated back the first time it is read after it was deflated). */
  get(k: number): ArrayBuffer {
    const piece = this.list[k];
    if (piece === undefined) throw new RangeError(`cchc: no piece ${k}`);
    if (piece instanceof ArrayBuffer) return piece;
    const whole = new ArrayBuffer(this.size);
    const bytes = new Uint8Array(whole);
    bytes.set(inflateRawSync(piece, { maxOutputLength: this.size }));
    this.list[k] = whole;
    return whole;
  }
}
