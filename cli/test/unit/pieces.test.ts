/**
 * The run-wide stores' pieces (cli/src/pool/pieces.ts): a piece reads back with the bytes it was
 * given, at the same offsets, whether it was deflated meanwhile or not; a full piece is kept
 * deflated until it is read.
 */
import fc from "fast-check";
import { Pieces } from "../../src/pool/pieces";

describe("Pieces", () => {
  it("gives back every piece's bytes as written, read in any order", () => {
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ minLength: 0, maxLength: 64 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.nat(5)),
        (written, reads) => {
          const pieces = new Pieces(64);
          for (const bytes of written) new Uint8Array(pieces.add()).set(bytes);
          for (const k of [...reads.filter((r) => r < written.length), ...written.keys()]) {
            const expected = new Uint8Array(64);
            expected.set(written[k]!);
            const got = pieces.get(k);
            expect(got.byteLength).toBe(64);
            expect(new Uint8Array(got)).toEqual(expected);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it("keeps full pieces deflated until read, and the last one as it is written", () => {
    const pieces = new Pieces(1 << 16);
    const first = pieces.add();
    new Uint8Array(first).fill(7, 0, 1000);
    const written = new Uint8Array(first).slice();
    const second = pieces.add();
    // The buffer being written is the run's one: deflated from, zeroed, and the next piece.
    expect(second).toBe(first);
    expect(new Uint8Array(second)).toEqual(new Uint8Array(1 << 16));
    // The last piece is the buffer being written: later writes are seen by readers.
    expect(pieces.get(1)).toBe(second);
    new Uint8Array(second)[5] = 9;
    expect(new Uint8Array(pieces.get(1))[5]).toBe(9);
    // The first was deflated when the second was started: read back, a new buffer, same bytes.
    const back = pieces.get(0);
    expect(back).not.toBe(first);
    expect(new Uint8Array(back)).toEqual(written);
    // Inflated for good: read again, the same buffer.
    expect(pieces.get(0)).toBe(back);
    expect(() => pieces.get(2)).toThrow(RangeError);
  });
});
