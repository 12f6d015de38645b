import { a1, columnIndex, columnLetters } from "../../src/grid/address";

/** The letters by their definition: bijective base 26. */
function lettersByDefinition(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

describe("column letters", () => {
  it("are the same on first and repeated calls, inside and past the cached columns", () => {
    for (const col of [0, 1, 25, 26, 27, 51, 52, 701, 702, 1023, 1024, 1025, 16_383]) {
      expect(columnLetters(col)).toBe(lettersByDefinition(col));
      expect(columnLetters(col)).toBe(lettersByDefinition(col));
      expect(columnIndex(columnLetters(col))).toBe(col);
    }
    expect(columnLetters(-1)).toBe("");
    expect(a1(4, 27)).toBe("AB5");
  });
});
