import { addToPool, pooledPeaks, type PooledRound } from "../../bench/pool";
import { slope } from "../../bench/spread";

const round = (rss: number[], at = "2026-12-07T03:00:00.000Z"): PooledRound => ({
  at,
  load: 1.5,
  rss,
  scoring: rss.map((x) => x - 1),
  writing: rss.map(() => null),
});
const SIZES = [1000, 2500, 5000];

describe("bench: rounds pooled across runs (--pool)", () => {
  it("a new file starts with this run's rounds", () => {
    const pool = addToPool(null, SIZES, "aaa", [round([150, 151, 152])]);
    expect(pool).toEqual({ sizes: SIZES, builds: { aaa: [round([150, 151, 152])] } });
  });

  it("later runs of the same build add rounds; other builds' rounds are kept apart", () => {
    let pool = addToPool(null, SIZES, "aaa", [round([150, 150.75, 152])]);
    pool = addToPool(JSON.parse(JSON.stringify(pool)), SIZES, "bbb", [round([160, 160, 160])]);
    pool = addToPool(JSON.parse(JSON.stringify(pool)), SIZES, "aaa", [round([140, 140.75, 142])]);
    expect(pooledPeaks(pool, "aaa", (r) => r.rss)).toEqual([
      [150, 150.75, 152],
      [140, 140.75, 142],
    ]);
    expect(pooledPeaks(pool, "bbb", (r) => r.rss)).toEqual([[160, 160, 160]]);
    // Each round its own level: the 10 MB between the two runs does not count as growth.
    const s = slope(
      SIZES,
      pooledPeaks(pool, "aaa", (r) => r.rss),
    );
    expect(s.perThousand).toBeCloseTo(0.5, 12);
    expect(s.runs).toBe(6);
  });

  it("peaks not measured are NaN for the slope, never 0", () => {
    const pool = addToPool(null, SIZES, "aaa", [round([150, 151, 152])]);
    expect(pooledPeaks(pool, "aaa", (r) => r.writing)).toEqual([[NaN, NaN, NaN]]);
    expect(pooledPeaks(pool, "zzz", (r) => r.rss)).toEqual([]);
  });

  it("refuses a file made for other sizes, or one that is not a pool", () => {
    const pool = addToPool(null, [1000, 4556], "aaa", [round([150, 151])]);
    expect(() => addToPool(pool, SIZES, "aaa", [round([150, 151, 152])])).toThrow(/1000 \/ 4556/);
    expect(() => addToPool({ rounds: [] }, SIZES, "aaa", [])).toThrow(/not a pool file/);
    expect(() => addToPool([], SIZES, "aaa", [])).toThrow(/not a pool file/);
    const broken = { sizes: SIZES, builds: { aaa: [{ ...round([1, 2, 3]), rss: [1, 2] }] } };
    expect(() => addToPool(broken, SIZES, "aaa", [])).toThrow(/not a pool file/);
    expect(() => addToPool(null, SIZES, "aaa", [round([150, 151])])).toThrow(/one peak per size/);
  });
});
