import fc from "fast-check";
import { claimFile, NEXT, SLOTS, STOP, TAKEN } from "../../src/pool/claims";

function counters(next = 0, taken = 0): Int32Array {
  const c = new Int32Array(new SharedArrayBuffer(4 * SLOTS));
  c[NEXT] = next;
  c[TAKEN] = taken;
  return c;
}

describe("claiming files in the rank pool", () => {
  it("hands out each file once, in order, up to the last", () => {
    const c = counters();
    const got: number[] = [];
    for (let i = claimFile(c, 5, 10); i >= 0; i = claimFile(c, 5, 10)) got.push(i);
    expect(got).toEqual([0, 1, 2, 3, 4]);
  });

  it("never claims a file `window` or more past the one being taken (the main thread hears -2)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 1, max: 8 }), (taken, window) => {
        const c = counters(taken, taken);
        const got: number[] = [];
        for (let i = claimFile(c, 1000, window, true); i >= 0; i = claimFile(c, 1000, window, true))
          got.push(i);
        expect(got.length).toBe(window);
        expect(Math.max(...got)).toBe(taken + window - 1);
        expect(claimFile(c, 1000, window, true)).toBe(-2);
      }),
    );
  });

  it("claims nothing once the pool is stopping", () => {
    const c = counters();
    c[STOP] = 1;
    expect(claimFile(c, 5, 10)).toBe(-1);
    expect(claimFile(c, 5, 10, true)).toBe(-1);
  });
});
