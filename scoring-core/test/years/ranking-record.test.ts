/** The one record builder every host writes with its ranking: its year, its hidden block, its chunks. */
import fc from "fast-check";
import {
  mostCommonYear,
  readYearRecord,
  rankingRecordWrite,
  YEAR_RECORD_KEY,
  YEAR_RECORD_SHEET,
  type RankingReport,
} from "../../src";

const emptyRanking = (): RankingReport =>
  ({ groups: [], failed: [], skipped: [], issues: [] }) as unknown as RankingReport;

describe("rankingRecordWrite", () => {
  it("takes the heading's year, else the tables' most common year, else none", () => {
    const year = (heading: { year: number | null } | null, years: number[]) => {
      const { block } = rankingRecordWrite({
        ranking: emptyRanking(),
        units: [],
        heading: heading && { ...heading, province: null },
        years,
      });
      const read = readYearRecord({ sheet: block.name, values: block.rows });
      return read.ok ? read.record.year : "unreadable";
    };
    expect(year({ year: 2024 }, [2025, 2025])).toBe(2024);
    expect(year({ year: null }, [2024, 2025, 2025])).toBe(2025);
    expect(year(null, [])).toBeNull();
  });

  it("is a hidden block under the record's name and stable key", () => {
    const w = rankingRecordWrite({ ranking: emptyRanking(), units: [] });
    expect(w.key).toBe(YEAR_RECORD_KEY);
    expect(w.block.name).toBe(YEAR_RECORD_SHEET);
    expect(w.block.hidden).toBe(true);
  });

  it("mostCommonYear: the most frequent, ties to the later year", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 2000, max: 2100 }), { minLength: 1, maxLength: 30 }), (ys) => {
        const best = mostCommonYear(ys)!;
        const count = (y: number) => ys.filter((x) => x === y).length;
        for (const y of ys) {
          expect(count(y)).toBeLessThanOrEqual(count(best));
          if (count(y) === count(best)) expect(y).toBeLessThanOrEqual(best);
        }
      }),
    );
  });
});
