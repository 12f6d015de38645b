/** Classification beyond bands: tie-break order, top-class quota, conditions, total range. */
import fc from "fast-check";
import { CLASSIFICATION_PRESETS, type Classification } from "../../src/criteria-set/schema";
import { applyClassRules, clampTotal, orderedBands } from "../../src/ranking/classify";
import { rankUnits } from "../../src/ranking/rank-units";
import { node, unitResult } from "./unit-builder";

const five = CLASSIFICATION_PRESETS["five-level"]!;
const rowsOf = (r: ReturnType<typeof rankUnits>) =>
  r.groups[0]!.rows.map((x) => [x.unit, x.rank, x.classification]);

describe("class rules", () => {
  it("tie-break: total, then bonus, then a named item", () => {
    const withTotals = (name: string, bonus: number, item: number) =>
      unitResult(name, 85, {
        totals: { ...unitResult(name, 85).totals, bonus },
        nodes: [node("2.1", "criterion", 5, item)],
      });
    const units = [withTotals("Sở A", 1, 3), withTotals("Sở B", 2, 1), withTotals("Sở C", 1, 4)];
    const plain = rankUnits(units, { classification: five, lostPoints: false });
    expect(rowsOf(plain).map((r) => r[1])).toEqual([1, 1, 1]);
    const broken = rankUnits(units, {
      classification: { ...five, tieBreak: ["final", "bonus", { criterion: "2.1" }] },
      lostPoints: false,
    });
    expect(rowsOf(broken)).toEqual([
      ["Sở B", 1, "Tốt"],
      ["Sở C", 2, "Tốt"],
      ["Sở A", 3, "Tốt"],
    ]);
  });

  it("quota: at most 20 % of a group in the top class, the rest drop a class", () => {
    const units = [95, 94, 93, 92, 91, 90, 85, 80, 60, 50].map((i, k) => unitResult(`Sở ${k}`, i));
    const r = rankUnits(units, { classification: { ...five, topQuotaPercent: 20 }, lostPoints: false });
    expect(r.groups[0]!.rows.map((x) => x.classification)).toEqual([
      "Xuất sắc",
      "Xuất sắc",
      "Tốt",
      "Tốt",
      "Tốt",
      "Tốt",
      "Tốt",
      "Tốt",
      "Trung bình",
      "Trung bình",
    ]);
  });

  it("quota: units tied at the cut all drop, so the quota is never exceeded", () => {
    const bands = applyClassRules(
      [
        { band: orderedBands(five)[0]!, rank: 1 },
        { band: orderedBands(five)[0]!, rank: 2 },
        { band: orderedBands(five)[0]!, rank: 2 },
        { band: orderedBands(five)[1]!, rank: 3 },
      ],
      { ...five, topQuotaPercent: 50 },
    );
    expect(bands.map((b) => b?.label)).toEqual(["Xuất sắc", "Tốt", "Tốt", "Tốt"]);
  });

  it("conditions cap or lower a unit's class", () => {
    const classification: Classification = {
      ...five,
      conditions: [
        { id: "discipline", text: "Có cán bộ bị kỷ luật", highest: "Tốt" },
        { id: "late", text: "Nộp báo cáo chậm", lowerBy: 1 },
      ],
    };
    const r = rankUnits([unitResult("Sở A", 95), unitResult("Sở B", 95), unitResult("Sở C", 75)], {
      classification,
      flags: { "Sở A": ["discipline"], "Sở C": ["late", "discipline"] },
      lostPoints: false,
    });
    expect(rowsOf(r)).toEqual([
      ["Sở A", 1, "Tốt"],
      ["Sở B", 1, "Xuất sắc"],
      ["Sở C", 2, "Trung bình"],
    ]);
  });

  it("a unit named like a built-in key has no conditions unless flagged", () => {
    const classification: Classification = {
      ...five,
      conditions: [{ id: "discipline", text: "Có cán bộ bị kỷ luật", highest: "Tốt" }],
    };
    const r = rankUnits([unitResult("constructor", 95), unitResult("toString", 95)], {
      classification,
      flags: { toString: ["discipline"] },
      lostPoints: false,
    });
    expect(rowsOf(r)).toEqual([
      ["constructor", 1, "Xuất sắc"],
      ["toString", 1, "Tốt"],
    ]);
  });

  it("never raises a class, and the top class stays within its quota", () => {
    const bands = orderedBands(five);
    fc.assert(
      fc.property(
        fc.array(fc.record({ b: fc.integer({ min: -1, max: 4 }), flag: fc.boolean() }), { maxLength: 30 }),
        fc.integer({ min: 0, max: 100 }),
        (spec, pct) => {
          const sorted = [...spec].sort((x, y) => (x.b < 0 ? 99 : x.b) - (y.b < 0 ? 99 : y.b));
          const inputs = sorted.map((s, i) => ({
            band: s.b < 0 ? null : bands[s.b]!,
            rank: i + 1,
            flags: s.flag ? ["x"] : [],
          }));
          const out = applyClassRules(inputs, {
            ...five,
            topQuotaPercent: pct,
            conditions: [{ id: "x", highest: "Khá" }],
          });
          out.forEach((b, i) => {
            const before = inputs[i]!.band;
            if (before === null) expect(b).toBeNull();
            else expect(bands.indexOf(b!)).toBeGreaterThanOrEqual(bands.indexOf(before));
          });
          const top = out.filter((b) => b === bands[0]).length;
          expect(top).toBeLessThanOrEqual(Math.floor((inputs.length * pct) / 100));
        },
      ),
    );
  });

  it("clamps the total to the declared range", () => {
    const range = { min: 0, max: 100 };
    expect([clampTotal(102.5, range), clampTotal(-1, range), clampTotal(99.75, range)]).toEqual([
      100, 0, 99.75,
    ]);
    expect(clampTotal(120, undefined)).toBe(120);
  });
});
