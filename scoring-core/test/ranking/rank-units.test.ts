import fc from "fast-check";
import { CLASSIFICATION_PRESETS } from "../../src/criteria-set/schema";
import { classify } from "../../src/ranking/classify";
import { rankUnits, tieKey } from "../../src/ranking/rank-units";
import { roundTo } from "../../src/numbers/decimal";
import { lostPoints } from "../../src/ranking/lost-points";
import { node, unitResult } from "./unit-builder";

const national = CLASSIFICATION_PRESETS["national"]!;
const five = CLASSIFICATION_PRESETS["five-level"]!;

describe("classify", () => {
  it("uses inclusive lower bounds, high to low", () => {
    expect(classify(90, national)?.label).toBe("Nhóm A");
    expect(classify(89.99, national)?.label).toBe("Nhóm B");
    expect(classify(70, national)?.label).toBe("Nhóm C");
    expect(classify(69.99, national)).toBeNull();
    expect(classify(null, national)).toBeNull();
    expect(classify(0, five)?.labelEn).toBe("Weak");
  });
  it("accepts bands written low to high", () => {
    expect(classify(85, { bands: [...national.bands].reverse() })?.label).toBe("Nhóm B");
  });
});

describe("rankUnits", () => {
  const units = [
    unitResult("Sở Y tế", 87.2449),
    unitResult("Sở Tư pháp", 87.244),
    unitResult("Sở Nội vụ", 91),
    unitResult("Sở Xây dựng", 80),
  ];

  it("dense ties on the index rounded at 2 decimals: 1, 2, 2, 3", () => {
    const r = rankUnits(units, { classification: national });
    expect(r.groups[0]!.rows.map((x) => [x.unit, x.rank, x.classification])).toEqual([
      ["Sở Nội vụ", 1, "Nhóm A"],
      ["Sở Tư pháp", 2, "Nhóm B"],
      ["Sở Y tế", 2, "Nhóm B"],
      ["Sở Xây dựng", 3, "Nhóm B"],
    ]);
  });
  it("competition ties: 1, 2, 2, 4; more decimals break the tie", () => {
    const comp = rankUnits(units, {
      classification: national,
      tieRule: { mode: "competition", decimals: 2 },
    });
    expect(comp.groups[0]!.rows.map((x) => x.rank)).toEqual([1, 2, 2, 4]);
    const fine = rankUnits(units, { classification: national, tieRule: { mode: "dense", decimals: 4 } });
    expect(fine.groups[0]!.rows.map((x) => [x.unit, x.rank])).toEqual([
      ["Sở Nội vụ", 1],
      ["Sở Y tế", 2],
      ["Sở Tư pháp", 3],
      ["Sở Xây dựng", 4],
    ]);
  });
  it("classifies on the published (rounded) index", () => {
    const r = rankUnits([unitResult("A", 89.996)], { classification: national });
    expect(r.groups[0]!.rows[0]!.classification).toBe("Nhóm A");
  });
  it("ranks within groups, in the given group order then Vietnamese alphabetical order", () => {
    const r = rankUnits(
      [
        unitResult("Xã Đông", 80, { group: "Xã" }),
        unitResult("Sở A", 70, { group: "Sở" }),
        unitResult("Phường Bắc", 90, { group: "Phường" }),
        unitResult("Huyện C", 60, { group: "Đặc khu" }),
        unitResult("Xã Tây", 85, { group: "Xã" }),
      ],
      { classification: national, groupOrder: ["Xã"] },
    );
    expect(r.groups.map((g) => g.group)).toEqual(["Xã", "Đặc khu", "Phường", "Sở"]);
    expect(r.groups[0]!.rows.map((x) => [x.unit, x.rank])).toEqual([
      ["Xã Tây", 1],
      ["Xã Đông", 2],
    ]);
  });
  it("keeps units with errors and without an index, last", () => {
    const r = rankUnits(
      [unitResult("B", null, { errors: 3 }), unitResult("A", 50, { errors: 2, warnings: 1 })],
      {
        classification: national,
        failed: [{ file: "hong.xlsx", unit: null, error: "Không tìm thấy bảng chấm điểm trong tệp." }],
      },
    );
    expect(r.groups[0]!.rows.map((x) => [x.unit, x.rank, x.errors, x.index])).toEqual([
      ["A", 1, 2, 50],
      ["B", 2, 3, null],
    ]);
    expect(r.failed).toHaveLength(1);
  });
});

describe("rankUnits properties", () => {
  const unitsArb = fc
    .array(
      fc.record({
        name: fc.constantFrom("Sở A", "Sở B", "Sở C", "Sở Đ", "Sở E", "Xã A", "Xã B"),
        idx: fc.option(
          fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
          { nil: null },
        ),
        group: fc.constantFrom("Sở", "Xã"),
        errors: fc.integer({ min: 0, max: 3 }),
      }),
      { maxLength: 40 },
    )
    .map((xs) =>
      xs.map((x, i) =>
        unitResult(`${x.name} ${i % 5}`, x.idx, { group: x.group, errors: x.errors, file: `${i}.xlsx` }),
      ),
    );

  it("shuffling the input never changes ranks or order", () => {
    fc.assert(
      fc.property(unitsArb, fc.func(fc.integer()), (units, f) => {
        const shuffled = [...units]
          .map((u, i) => ({ u, k: f(i) }))
          .sort((a, b) => a.k - b.k)
          .map((x) => x.u);
        const a = rankUnits(units, { classification: national });
        const b = rankUnits(shuffled, { classification: national });
        expect(b.groups).toEqual(a.groups);
      }),
    );
  });

  it("dense ranks step by one on each new index; competition ranks equal 1 + the units strictly ahead", () => {
    fc.assert(
      fc.property(unitsArb, (units) => {
        const dense = rankUnits(units, { classification: national, tieRule: { mode: "dense", decimals: 2 } });
        const comp = rankUnits(units, {
          classification: national,
          tieRule: { mode: "competition", decimals: 2 },
        });
        for (const g of dense.groups) {
          g.rows.forEach((row, i) => {
            if (i === 0) expect(row.rank).toBe(1);
            else {
              const prev = g.rows[i - 1]!;
              const same =
                (row.index === null && prev.index === null) ||
                (row.index !== null &&
                  prev.index !== null &&
                  Math.round(row.index * 100) === Math.round(prev.index * 100));
              expect(row.rank).toBe(same ? prev.rank : prev.rank! + 1);
            }
          });
        }
        for (const g of comp.groups) {
          for (const row of g.rows) {
            const ahead = g.rows.filter(
              (o) =>
                o.index !== null &&
                (row.index === null || Math.round(o.index * 100) > Math.round(row.index * 100)),
            ).length;
            expect(row.rank).toBe(ahead + 1);
          }
        }
      }),
    );
  });
});

describe("lostPoints", () => {
  it("sums lost points per leaf, skips parents, N/A and bonus items, orders by points lost", () => {
    const nodesA = [
      node("1", "field", 3, 2),
      node("1.1", "criterion", 1, 1),
      node("1.2", "criterion", 2, 1),
      node("2", "field", 1, 0.5),
      node("3", "field", 2, 1, { section: "bonus" }),
    ];
    const nodesB = [
      node("1", "field", 3, 1.5),
      node("1.1", "criterion", 1, 0.25),
      node("1.2", "criterion", 2, 1.25),
      node("2", "field", 1, 0, { notApplicable: true, applicableMax: 0 }),
    ];
    const rows = lostPoints([unitResult("A", 50, { nodes: nodesA }), unitResult("B", 50, { nodes: nodesB })]);
    expect(rows.map((r) => [r.code, r.units, r.unitsLosing, r.lost, r.averageLost, r.lostPercent])).toEqual([
      ["1.2", 2, 2, 1.75, 0.875, 43.75],
      ["1.1", 2, 1, 0.75, 0.375, 37.5],
      ["2", 1, 1, 0.5, 0.5, 50],
    ]);
  });
});

describe("tieKey", () => {
  it("equals roundTo at the tie decimals, half away from zero", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        fc.integer({ min: 0, max: 4 }),
        (x, d) => {
          expect(tieKey(x, d)).toBe(Math.round(roundTo(x, d) * 10 ** d));
        },
      ),
    );
    expect(tieKey(87.245, 2)).toBe(8725);
    expect(tieKey(1.005, 2)).toBe(101);
    expect(tieKey(87.2449, 2)).toBe(tieKey(87.244, 2));
  });
});
