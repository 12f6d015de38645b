import { growth, growthLine, median, slope, slopeLine, spread, t95 } from "../../bench/spread";

describe("bench: peak RSS growth told apart from run-to-run noise", () => {
  it("median and spread", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(spread([151, 160, 155])).toBe(9);
    expect(spread([150])).toBe(0);
  });

  it("one round cannot tell", () => {
    const g = growth(1000, 4556, [153], [158]);
    expect(g.verdict).toBe("one round");
    expect(growthLine(1000, 4556, g)).toContain("cannot tell");
  });

  it("grows only when every round grew by more than runs of one size differ", () => {
    expect(growth(1000, 4556, [151, 152, 151], [160, 159, 161]).verdict).toBe("grows");
    expect(growth(1000, 4556, [151, 157, 154], [158, 160, 159]).verdict).toBe(
      "grew every round, within the noise",
    );
    expect(growth(1000, 4556, [151, 160, 154], [158, 157, 155]).verdict).toBe(
      "unclear: rounds disagree in sign",
    );
    expect(growth(1000, 4556, [160, 161], [155, 156]).verdict).toBe("shrank");
  });

  it("growth per 1,000 files from the rounds' median", () => {
    const g = growth(1000, 4556, [150, 152, 151], [157, 158, 160]);
    expect(g.deltas).toEqual([7, 6, 9]);
    expect(g.median).toBe(7);
    expect(g.perThousand).toBeCloseTo((7 / 3556) * 1000, 9);
    expect(g.noise).toBe(3);
    expect(growthLine(1000, 4556, g)).toBe(
      "peak RSS 1,000 → 4,556 files: +7.0 MB median (rounds: +7.0, +6.0, +9.0), +2.0 MB per 1,000 files; runs of one size differ by up to 3.0 MB: grows",
    );
  });

  it("rounds must pair up", () => {
    expect(() => growth(1000, 4556, [150, 151], [157])).toThrow();
  });
});

describe("bench: growth per 1,000 files with a 95 % interval", () => {
  it("Student's t quantiles", () => {
    expect(t95(1)).toBe(12.706);
    expect(t95(10)).toBe(2.228);
    expect(t95(30)).toBe(2.042);
    expect(t95(1000)).toBeCloseTo(1.962, 3);
    expect(t95(0)).toBe(Number.POSITIVE_INFINITY);
  });

  it("each round its own level: a shift shared by a round's runs does not count", () => {
    // Exactly +1 MB per 1,000 files, rounds 10 MB apart: the slope is exact, no scatter.
    const s = slope(
      [1000, 3000, 5000],
      [
        [150, 152, 154],
        [160, 162, 164],
      ],
    );
    expect(s.perThousand).toBeCloseTo(1, 12);
    expect(s.sd).toBeCloseTo(0, 12);
    expect(s.runs).toBe(6);
    expect(s.verdict).toBe("grows");
  });

  it("flat only when the whole interval is inside ±0.5 MB per 1,000", () => {
    const sizes = [1000, 2500, 5000];
    const flat = slope(sizes, [
      [155, 155.5, 155],
      [154, 154, 154.5],
      [156, 155.5, 156],
      [155, 155, 155],
    ]);
    expect(Math.abs(flat.perThousand)).toBeLessThan(0.2);
    expect(flat.high).toBeLessThan(0.5);
    expect(flat.low).toBeGreaterThan(-0.5);
    expect(flat.verdict).toBe("flat");
    const noisy = slope(sizes, [
      [150, 158, 152],
      [157, 151, 156],
    ]);
    expect(noisy.verdict).toBe("cannot tell: more rounds needed");
    expect(
      slope(sizes, [
        [160, 158, 150],
        [161, 157, 151],
      ]).verdict,
    ).toBe("shrinks");
  });

  it("a growth the interval puts inside the band is flat; one that may pass it says so", () => {
    const sizes = [1000, 3000, 5000];
    // +0,2 MB per 1,000 files in every round, a little scatter: the interval leaves out 0 but
    // stays inside ±0,5 (the inputs' own lists grow so).
    const small = slope(sizes, [
      [150, 150.4, 150.8],
      [151, 151.45, 151.8],
      [149, 149.4, 149.75],
      [152, 152.4, 152.8],
    ]);
    expect(small.low).toBeGreaterThan(0);
    expect(small.high).toBeLessThan(0.5);
    expect(small.verdict).toBe("flat");
    // About +0,5 per 1,000 with more scatter: above 0 for sure, maybe above the band too.
    const edge = slope(sizes, [
      [150, 151.4, 152],
      [151, 151.6, 153],
      [149, 150.5, 151.2],
    ]);
    expect(edge.low).toBeGreaterThan(0);
    expect(edge.high).toBeGreaterThan(0.5);
    expect(edge.verdict).toBe("grows, perhaps within the band: more rounds needed");
    const down = slope(sizes, [
      [152, 150.6, 150],
      [153, 151.4, 151],
      [151.2, 150.5, 149],
    ]);
    expect(down.verdict).toBe("shrinks, perhaps within the band: more rounds needed");
  });

  it("the interval from the residuals (hand computed)", () => {
    // Rounds centred: x = −1, +1 (2 sizes, 1,000 and 3,000), y deltas 2 and 4 → slope 1.5,
    // residuals ±0.5 each round, df = 4 − 2 − 1 = 1, se = sqrt(1 / 1 / 4) = 0.5.
    const s = slope(
      [1000, 3000],
      [
        [100, 102],
        [100, 104],
      ],
    );
    expect(s.perThousand).toBeCloseTo(1.5, 12);
    expect(s.high - s.perThousand).toBeCloseTo(12.706 * 0.5, 9);
    expect(slopeLine([1000, 3000], s)).toContain("+1.50 MB, 95 % interval");
  });

  it("a missing run is left out; a round with one size says nothing", () => {
    const s = slope(
      [1000, 3000],
      [
        [100, 102],
        [100, Number.NaN],
        [101, 103],
      ],
    );
    expect(s.runs).toBe(4);
    expect(() => slope([1000, 3000], [[100, Number.NaN]])).toThrow();
  });
});
