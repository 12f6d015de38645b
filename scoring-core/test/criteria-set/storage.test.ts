import fc from "fast-check";
import { SAMPLE_SETS } from "../../src/criteria-set/samples/index";
import { readStoredSet, serialiseSet } from "../../src/criteria-set/storage";

describe("a criteria set stored in chunks", () => {
  it("round-trips every sample at any chunk size, each chunk within the size", () => {
    fc.assert(
      fc.property(fc.constantFrom(...SAMPLE_SETS), fc.integer({ min: 1000, max: 40_000 }), (set, size) => {
        const chunks = serialiseSet(set, size);
        expect(chunks.slice(1).every((c) => c.length <= size)).toBe(true);
        const back = readStoredSet(chunks, "test");
        expect(back.ok && back.set).toEqual(set);
        expect(back.ok && back.header).toMatchObject({ id: set.id, year: set.year });
      }),
      { numRuns: 30 },
    );
  });

  it("says a set cut short, missing or damaged is unreadable, naming where it was", () => {
    const chunks = serialiseSet(SAMPLE_SETS[0]!, 2000);
    const cases: (string | null)[][] = [
      [],
      ["not json"],
      chunks.slice(0, -1),
      [chunks[0]!, ...chunks.slice(1, -1), chunks.at(-1)!.slice(0, -3)],
      [
        chunks[0]!,
        ...chunks.slice(1).map((c, i) => (i === 0 ? c.replace('"schemaVersion":1', '"schemaVersion":9') : c)),
      ],
    ];
    for (const c of cases) {
      const r = readStoredSet(c, "trang ẩn _cchc_set");
      expect(r.ok).toBe(false);
      expect(r.issues[0]!.code).toBe("set-unreadable");
      expect(r.issues[0]!.message).toContain("trang ẩn _cchc_set");
    }
  });
});
