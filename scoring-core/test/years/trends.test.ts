import { buildTrends } from "../../src/years/trends";
import { readRenames } from "../../src/years/read-renames";
import { record, unitYear } from "./records";

const f = (code: string, points: number, max: number) => ({ code, title: `Lĩnh vực ${code}`, points, max });

describe("trends across years", () => {
  const y2023 = record(2023, [
    unitYear({ unit: "Sở Tư pháp tỉnh Mẫu", index: 80, rank: 2, fields: [f("1", 8, 10)] }),
    unitYear({ unit: "Sở Kế hoạch và Đầu tư", index: 70, rank: 3 }),
    unitYear({ unit: "Sở Tài chính", index: 90, rank: 1 }),
    unitYear({ unit: "UBND huyện Cũ", group: "Huyện", index: 75, rank: 1 }),
  ]);
  const y2024 = record(2024, [
    unitYear({ unit: "Sở Tư pháp", index: 85.5, rank: 1, fields: [f("1", 12, 15)] }),
    unitYear({ unit: "Sở Kế hoạch và Đầu tư", index: 72, rank: 3 }),
    unitYear({ unit: "Sở Tài chính", index: 84, rank: 2 }),
  ]);
  const y2025 = record(2025, [
    unitYear({ unit: "Sở Tư pháp", index: 81.25, rank: 2, fields: [f("1", 9, 10)] }),
    // KH&ĐT merged into Tài chính in 2025.
    unitYear({ unit: "Sở Tài chính", index: 88, rank: 1 }),
    unitYear({ unit: "Ủy ban nhân dân xã Mới", group: "Xã", index: 60, rank: 1 }),
  ]);

  it("matches units by name variants and gives each year's index, rank and change (hand-checked)", () => {
    const t = buildTrends([y2025, y2023, y2024], { renames: { "Sở Kế hoạch và Đầu tư": "Sở Tài chính" } });
    expect(t.years).toEqual([2023, 2024, 2025]);
    const tp = t.units.find((u) => u.unit === "Sở Tư pháp")!;
    expect(tp.years.map((y) => [y.year, y.index, y.rank, y.change])).toEqual([
      [2023, 80, 2, null],
      [2024, 85.5, 1, 5.5],
      [2025, 81.25, 2, -4.25],
    ]);
    expect(tp.formerNames).toEqual(["Sở Tư pháp tỉnh Mẫu"]);
    expect(tp.totalChange).toBe(1.25);
    // Field 1 as a share of its maximum: 8/10, 12/15, 9/10 although the maximum changed.
    expect(tp.fields).toEqual([{ code: "1", title: "Lĩnh vực 1", shares: [80, 80, 90] }]);
  });

  it("shows a merger as its predecessors' figures, not an invented index", () => {
    const t = buildTrends([y2023, y2024, y2025], { renames: { "Sở Kế hoạch và Đầu tư": "Sở Tài chính" } });
    const tc = t.units.find((u) => u.unit === "Sở Tài chính")!;
    expect(tc.years[0]).toMatchObject({ index: null, rank: null });
    expect(tc.years[0]!.mergedFrom.map((m) => [m.unit, m.index])).toEqual([
      ["Sở Kế hoạch và Đầu tư", 70],
      ["Sở Tài chính", 90],
    ]);
    expect(tc.years[2]).toMatchObject({ index: 88, change: null });
  });

  it("lists units with no successor instead of dropping them, and who fell most", () => {
    const t = buildTrends([y2023, y2024, y2025]);
    expect(t.unmatched).toEqual(
      expect.arrayContaining([
        { unit: "UBND huyện Cũ", group: "Huyện", year: 2023 },
        { unit: "Sở Kế hoạch và Đầu tư", group: "Sở, ban, ngành", year: 2023 },
        { unit: "Sở Kế hoạch và Đầu tư", group: "Sở, ban, ngành", year: 2024 },
      ]),
    );
    expect(t.unmatched).toHaveLength(3);
    expect(t.fellMost).toEqual([{ unit: "Sở Tư pháp", group: "Sở, ban, ngành", change: -4.25 }]);
    const xa = t.units.find((u) => u.unit === "Ủy ban nhân dân xã Mới")!;
    expect(xa.years.map((y) => y.index)).toEqual([null, null, 60]);
  });
});

describe("a reorganisation's renames sheet", () => {
  it("finds the old and new columns by their header and reports half-filled rows", () => {
    const read = readRenames({
      sheet: "Sắp xếp",
      values: [
        ["DANH SÁCH ĐƠN VỊ SAU SẮP XẾP"],
        ["STT", "Tên đơn vị cũ", "Tên đơn vị mới"],
        [1, "Sở Kế hoạch và Đầu tư", "Sở Tài chính"],
        [2, "UBND huyện A", ""],
        [3, null, null],
      ],
    });
    expect(read.found).toBe(true);
    expect([...read.renames]).toEqual([["Sở Kế hoạch và Đầu tư", "Sở Tài chính"]]);
    expect(read.incompleteRows).toEqual([4]);
  });
});
