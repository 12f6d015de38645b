/**
 * `cchc rank --json` written in pieces: the pieces joined are JSON.stringify(value, null, 2)
 * exactly, whatever the value (toJSON, undefined, functions, holes, "__proto__" keys, line
 * separators and escapes in strings) and however deep the walk goes.
 */
import fc from "fast-check";
import { LazyJsonArray, prettyJsonPieces } from "../../src/json/pretty-pieces";
import { memoryConsole, outJson, type Console } from "../../src/io/console";

const joined = (v: unknown, depth?: number): string => [...prettyJsonPieces(v, depth)].join("");

/** Values JSON.stringify treats specially, beside plain JSON. */
const odd = fc.constantFrom<unknown>(
  undefined,
  () => 1,
  Symbol("s"),
  new Date(Date.UTC(2026, 0, 2)),
  { toJSON: (key: string) => `key:${key}` },
  { toJSON: () => undefined },
  { toJSON: () => ({ a: [1, { b: 2 }] }) },
  Object.assign(Object.create(null) as object, { x: 1 }),
  new Map([[1, 2]]),
  // Boxed primitives: JSON writes their value, not their (empty) keys.
  Object(3) as unknown,
  Object("s") as unknown,
  Object(false) as unknown,
  -0,
  Number.NaN,
  "dòng\nmới\u2028\u001b[31m\u009b",
);

const value = fc.letrec((tie) => ({
  any: fc.oneof({ depthSize: "small" }, fc.jsonValue(), odd, tie("arr"), tie("obj")),
  arr: fc.array(tie("any"), { maxLength: 5 }),
  obj: fc.dictionary(fc.oneof(fc.string(), fc.constantFrom("__proto__", "toJSON", "0", "")), tie("any"), {
    maxKeys: 5,
  }),
})).any;

describe("prettyJsonPieces", () => {
  it("joins to JSON.stringify(value, null, 2), at any depth", () => {
    fc.assert(
      fc.property(value, fc.integer({ min: 0, max: 4 }), (v, depth) => {
        const expected = JSON.stringify(v, null, 2) as string | undefined;
        expect(joined(v, depth)).toBe(expected ?? "");
      }),
      { numRuns: 400 },
    );
  });

  it("walks arrays with holes and objects whose values JSON drops", () => {
    // eslint-disable-next-line no-sparse-arrays -- a hole is what is tested
    const v = { a: [1, , undefined, () => 0, { b: undefined }], c: undefined, d: {}, e: [] };
    expect(joined(v, 3)).toBe(JSON.stringify(v, null, 2));
    expect(joined({ only: undefined }, 2)).toBe("{}");
  });

  it("writes a ranking-sized value in pieces, each unit's text whole", () => {
    const units = Array.from({ length: 3000 }, (_, i) => ({ unit: `Xã ${i}`, final: i / 3, status: null }));
    const pieces = [...prettyJsonPieces({ units, failed: [] })];
    expect(pieces.length).toBeGreaterThan(3000);
    expect(pieces.join("")).toBe(JSON.stringify({ units, failed: [] }, null, 2));
  });
});

describe("LazyJsonArray", () => {
  it("is written as the array it stands for, by the pieces and by JSON.stringify", () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 6 }), fc.integer({ min: 0, max: 4 }), (items, depth) => {
        const lazy = { a: new LazyJsonArray(items.length, (i) => items[i]), b: 1 };
        const held = { a: items, b: 1 };
        const expected = JSON.stringify(held, null, 2);
        expect(JSON.stringify(lazy, null, 2)).toBe(expected);
        expect(joined(lazy, depth)).toBe(expected);
      }),
      { numRuns: 200 },
    );
    expect(joined(new LazyJsonArray(0, () => 1))).toBe("[]");
  });

  it("makes each item only when the pieces reach it", () => {
    let made = 0;
    const units = new LazyJsonArray(1000, (i) => {
      made++;
      return { unit: `Xã ${i}` };
    });
    const pieces = prettyJsonPieces({ units, failed: [] })[Symbol.iterator]();
    pieces.next();
    pieces.next();
    expect(made).toBe(1);
    while (!pieces.next().done);
    expect(made).toBe(1000);
  });
});

describe("outJson", () => {
  it("writes what `out` would write, in pieces when the console can", () => {
    const units = Array.from({ length: 2000 }, (_, i) => ({ unit: `Phường ${i}`, index: i * 1.5 }));
    const value = { units, issues: [{ code: "x" }] };
    const whole = memoryConsole();
    outJson(whole, value);
    const written: string[] = [];
    const piecewise: Console = { ...memoryConsole(), write: (t) => void written.push(t) };
    outJson(piecewise, value);
    expect(whole.stdout).toEqual([`${JSON.stringify(value, null, 2)}\n`]);
    expect(written.length).toBeGreaterThan(1);
    expect(written.join("")).toBe(whole.stdout[0]);
  });
});
