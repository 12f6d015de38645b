import { evaluateTemplateFormulas } from "../../src/template/evaluate-formulas";
import type { Grid } from "../../src/grid/grid";

const grid = (values: Grid["values"], formulas: Grid["formulas"]): Grid => ({ sheet: "S", values, formulas });

describe("evaluateTemplateFormulas", () => {
  it("calculates SUM/MIN/MAX, + and − over references, exactly, in dependency order", () => {
    const g = evaluateTemplateFormulas(
      grid(
        [
          [0.1, 0.2, null, null, null],
          ["text", null, null, null, null],
        ],
        [
          [null, null, "=SUM(A1,B1,A2)", "=MIN(SUM(C1,E1),0.5)", "=C1+B1-$A$1"],
          [null, null, "=MAX(SUM(A1,B1),-3)", "=-D1", null],
        ],
      ),
    );
    expect(g.values[0]).toEqual([0.1, 0.2, 0.3, 0.5, 0.4]);
    expect(g.values[1]).toEqual(["text", null, 0.3, -0.5, null]);
  });

  it("leaves what it does not understand, and cycles, as null instead of guessing", () => {
    const g = evaluateTemplateFormulas(
      grid([[1, null, null, null, null]], [[null, "=VLOOKUP(A1,A1:A2,1)", "=D1", "=C1", "=A1*2"]]),
    );
    expect(g.values[0]).toEqual([1, null, null, null, null]);
  });

  it("does not change the grid it was given", () => {
    const input = grid([[1, null]], [[null, "=SUM(A1)"]]);
    evaluateTemplateFormulas(input);
    expect(input.values[0]).toEqual([1, null]);
  });
});
