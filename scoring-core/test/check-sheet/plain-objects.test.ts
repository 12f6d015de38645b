import { checkSheetWithTable } from "../../src/check-sheet";
import { SAMPLE_SETS } from "../../src/criteria-set/samples";
import { departmentGrid } from "../fixtures/department-grid";

// The reader and the totals make their cells, nodes and rows with `new` (V8 cannot pretenure
// them), yet what they make must stay plain: reports cross google.script.run, which refuses
// class instances, and postMessage. Every object reachable from a result is checked.
function nonPlain(value: unknown, path: string, seen = new Set<object>()): string[] {
  if (typeof value !== "object" || value === null || seen.has(value)) return [];
  seen.add(value);
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) return [path];
    return value.flatMap((v, i) => nonPlain(v, `${path}[${i}]`, seen));
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  const here = proto === Object.prototype || proto === null ? [] : [path];
  return here.concat(Object.entries(value).flatMap(([k, v]) => nonPlain(v, `${path}.${k}`, seen)));
}

describe("what checkSheet hands back is plain objects and arrays", () => {
  it.each([
    ["without a set", {}],
    ["with a reference set", { set: SAMPLE_SETS[0]!, unitType: "department" }],
  ])("%s: the report, the table read and the score tree", (_name, options) => {
    const { report, table, tree } = checkSheetWithTable(departmentGrid(), options);
    expect(table).not.toBeNull();
    expect(report.nodes.length).toBeGreaterThan(10);
    expect(nonPlain(report, "report")).toEqual([]);
    expect(nonPlain(table, "table")).toEqual([]);
    expect(nonPlain(tree ?? [], "tree")).toEqual([]);
  });
});
