import { growth, growthLine, median, spread } from "../../bench/spread";

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
