import fc from "fast-check";
import { buildYearRecord, yearRecordSource } from "../../src/years/year-record";
import { readYearRecord, yearRecordRowStream, yearRecordRows } from "../../src/years/year-record-sheet";
import { rankUnits } from "../../src/ranking/rank-units";
import { CLASSIFICATION_PRESETS } from "../../src/criteria-set/schema";
import { node, unitResult } from "../ranking/unit-builder";
import { record, unitYear } from "./records";

describe("year record", () => {
  it("keeps each unit's rank, fields and applicable leaves from the ranking", () => {
    const a = unitResult("Sở A", 90, {
      nodes: [
        node("1", "field", 10, 8),
        node("1.1", "criterion", 10, 8),
        node("1.1.1", "subcriterion", 6, 6),
        node("1.1.2", "subcriterion", 4, 2),
        node("1.1.3", "subcriterion", 2, 0, { notApplicable: true }),
      ],
    });
    const b = unitResult("Sở B", 70, { nodes: [node("1", "field", 10, 5), node("1.1", "criterion", 10, 5)] });
    const report = rankUnits([a, b], { classification: CLASSIFICATION_PRESETS["five-level"]! });
    const rec = buildYearRecord({ year: 2025, report, units: [a, b] });
    const ra = rec.units.find((u) => u.unit === "Sở A")!;
    expect(ra.rank).toBe(1);
    expect(ra.fields).toEqual([{ code: "1", title: expect.any(String), points: 8, max: 10 }]);
    expect(ra.leaves.map((l) => l.code)).toEqual(["1.1.1", "1.1.2"]);
    expect(rec.units.find((u) => u.unit === "Sở B")!.leaves.map((l) => l.code)).toEqual(["1.1"]);
  });

  it("as a source, makes each unit as it is read, once per read of its nodes, the same rows", () => {
    const units = ["Sở A", "Sở B", "Sở C"].map((name, i) =>
      unitResult(name, 90 - i * 10, {
        nodes: [
          node("1", "field", 10, 8 - i),
          node("1.1", "criterion", 10, 8 - i, { hasAppraisal: i === 1 }),
          node("1.1.1", "subcriterion", 6, 6 - i),
          node("1.1.2", "subcriterion", 4, 2, { notApplicable: i === 2 }),
        ],
      }),
    );
    // Each read of `nodes` counted, as a host that keeps them packed rebuilds them on each read.
    let reads = 0;
    const counted = units.map((u) => {
      const { nodes, ...rest } = u;
      return Object.defineProperty({ ...rest }, "nodes", {
        enumerable: true,
        get: () => {
          reads++;
          return nodes;
        },
      }) as typeof u;
    });
    const report = rankUnits(units, { classification: CLASSIFICATION_PRESETS["five-level"]! });
    const source = yearRecordSource({ year: 2025, report, units: counted });
    expect(reads).toBe(0);
    const it = source.units[Symbol.iterator]();
    it.next();
    expect(reads).toBe(1);
    reads = 0;
    const want = yearRecordRows(buildYearRecord({ year: 2025, report, units }));
    expect([...yearRecordRowStream(source)]).toEqual(want);
    expect(reads).toBe(3);
  });

  it("survives its tool sheet: rows → grid → the same record, chunks never start like a formula", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 40 }), { maxLength: 30 }),
        fc.integer({ min: 1, max: 9 }),
        (names, k) => {
          const units = names.map((n, i) =>
            unitYear({ unit: `=${n}`.repeat(k), rank: i + 1, index: i * 1.25 }),
          );
          const rec = record(2025, units);
          const rows = yearRecordRows(rec);
          for (const row of rows.slice(1)) expect(row[0]!.startsWith("j:")).toBe(true);
          const read = readYearRecord({ sheet: "x", values: rows });
          expect(read).toEqual({ ok: true, record: rec });
        },
      ),
      { numRuns: 40 },
    );
  });

  it("splits a large record into cells below Excel's 32,767-character limit", () => {
    const units = Array.from({ length: 400 }, (_, i) => unitYear({ unit: `Ủy ban nhân dân xã số ${i}` }));
    const rows = yearRecordRows(record(2025, units));
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows) expect(row[0]!.length).toBeLessThanOrEqual(32_767);
  });

  it("says why a damaged or foreign sheet cannot be read, without throwing", () => {
    expect(readYearRecord({ sheet: "Xếp hạng", values: [["STT", "Đơn vị"]] })).toMatchObject({
      ok: false,
      reason: "no-record",
    });
    const rows = yearRecordRows(record(2025, [unitYear({ unit: "Sở A" })]));
    rows[1]![0] = rows[1]![0]!.slice(0, 20);
    expect(readYearRecord({ sheet: "x", values: rows })).toMatchObject({ ok: false, reason: "unreadable" });
  });
});
