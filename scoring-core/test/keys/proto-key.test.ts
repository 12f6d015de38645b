import fc from "fast-check";
import { loadCriteriaSet } from "../../src/criteria-set/load";
import { protoKeyPath } from "../../src/keys/proto-key";
import { parseSurveyDesign } from "../../src/survey/design-schema";
import { rawSet } from "../criteria-set/set-fixtures";

// JSON.parse keeps "__proto__" as an own key; zod drops it by assignment, value unchecked.
describe('a "__proto__" key in hand-edited JSON', () => {
  it("is found with its path, wherever it sits", () => {
    expect(protoKeyPath(JSON.parse('{"a":[{"b":1},{"c":{"__proto__":2}}]}'))).toEqual([
      "a",
      1,
      "c",
      "__proto__",
    ]);
    expect(protoKeyPath(JSON.parse('{"__proto__":null}'))).toEqual(["__proto__"]);
    expect(protoKeyPath({ a: { constructor: 1, toString: 2 } })).toBeNull();
    expect(protoKeyPath([1, "x", null])).toBeNull();
    const cyclic: Record<string, unknown> = {};
    cyclic["self"] = cyclic;
    expect(protoKeyPath(cyclic)).toBeNull();
  });

  it("finds the key in any JSON document that has one, and never in one that has none", () => {
    const key = fc.oneof(fc.string(), fc.constantFrom("__proto__", "constructor", "toString"));
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        fc.oneof(fc.integer(), fc.string(), fc.boolean(), fc.constant(null)),
        fc.array(tie("value"), { maxLength: 3 }),
        // Keys unique per object: with a repeated key JSON.parse keeps only the last value, so
        // the text could show a "__proto__" the decoded value no longer has (a case of its own below).
        fc.uniqueArray(fc.tuple(key, tie("value")), { maxLength: 3, selector: (e) => e[0] }),
      ),
    })).value;
    const text = (v: unknown): string =>
      Array.isArray(v) && v.every((e) => Array.isArray(e) && e.length === 2 && typeof e[0] === "string")
        ? `{${v.map(([k, x]) => `${JSON.stringify(k)}:${text(x)}`).join(",")}}`
        : Array.isArray(v)
          ? `[${v.map(text).join(",")}]`
          : JSON.stringify(v);
    fc.assert(
      fc.property(json, (v) => {
        const source = text(v);
        const path = protoKeyPath(JSON.parse(source));
        expect(path !== null).toBe(source.includes('"__proto__":'));
        if (path !== null) {
          // The path leads to the key: every step exists as an own key or index.
          let at: unknown = JSON.parse(source);
          for (const step of path.slice(0, -1)) at = (at as Record<string | number, unknown>)[step];
          expect(Object.prototype.hasOwnProperty.call(at, "__proto__")).toBe(true);
        }
      }),
    );
  });

  it("follows JSON.parse when a key repeats: only the last value is kept, and searched", () => {
    expect(protoKeyPath(JSON.parse('{"a":{"__proto__":0},"a":""}'))).toBeNull();
    expect(protoKeyPath(JSON.parse('{"a":"","a":[{"__proto__":0}]}'))).toEqual(["a", 0, "__proto__"]);
  });

  it("refuses a criteria set whose maxima name a unit type “__proto__” (zod dropped it silently)", () => {
    const raw = JSON.stringify(
      rawSet([{ code: "1", title: "A", max: 10, maxByUnitType: { department: 10, __proto__: "x" } }]),
    ).replace('"maxByUnitType":{"department":10}', '"maxByUnitType":{"department":10,"__proto__":"x"}');
    expect(raw).toContain('"__proto__":"x"');
    const r = loadCriteriaSet(raw);
    expect(r.ok).toBe(false);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({
      code: "set-schema",
      params: { path: "fields[0].maxByUnitType.__proto__" },
    });
    expect(r.issues[0]!.message).toContain('"__proto__"');
    expect(loadCriteriaSet(raw, "en").issues[0]!.message).toContain("JavaScript reserves it");
  });

  it("refuses a survey design whose scales include “__proto__”, naming where", () => {
    const r = parseSurveyDesign(
      JSON.parse('{"questions":[],"scales":{"__proto__":{"kind":"numeric","min":1,"max":5}}}'),
    );
    expect(r).toEqual({
      ok: false,
      path: "scales.__proto__",
      reason: expect.stringContaining('"__proto__"'),
    });
  });
});
