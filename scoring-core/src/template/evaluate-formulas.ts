/**
 * Calculates the formulas a template holds, so a filled template carries the values a
 * spreadsheet would show (readers such as SheetJS see cached values, not formulas). Only the
 * small language buildTemplate writes is understood: numbers, A1 references, + and −, and
 * SUM/MIN/MAX. Anything else stays null rather than being guessed. Sums are exact (decimal.ts);
 * SUM ignores text and blanks, as spreadsheets do.
 */
import { parseA1 } from "../grid/address";
import type { CellValue, Grid } from "../grid/grid";
import { add, sub, sum } from "../numbers/decimal";

type Token =
  { t: "num"; v: number } | { t: "ref"; v: string } | { t: "fn"; v: string } | { t: "op"; v: string };

function tokenize(src: string): Token[] | null {
  const out: Token[] = [];
  const re = /\s*(?:(\d+(?:\.\d+)?)|(\$?[A-Z]{1,3}\$?\d+)(?![A-Z(])|([A-Z]+)(?=\()|([-+(),]))/gy;
  let m: RegExpExecArray | null;
  let pos = 0;
  while (pos < src.length) {
    re.lastIndex = pos;
    m = re.exec(src);
    if (!m) return /^\s*$/.test(src.slice(pos)) ? out : null;
    pos = re.lastIndex;
    if (m[1] !== undefined) out.push({ t: "num", v: Number(m[1]) });
    else if (m[2] !== undefined) out.push({ t: "ref", v: m[2].replace(/\$/g, "") });
    else if (m[3] !== undefined) out.push({ t: "fn", v: m[3] });
    else out.push({ t: "op", v: m[4]! });
  }
  return out;
}

/** A reference loop: every cell on it stays null. */
class CycleError extends Error {}

/** Numbers in a cell as a formula argument sees them: text and blanks are not numbers. */
type Arg = number | null;

export function evaluateTemplateFormulas(grid: Grid): Grid {
  const values = grid.values.map((r) => [...r]);
  const state = new Map<string, "busy" | "done">();

  const cellNumber = (ref: string): Arg => {
    const at = parseA1(ref);
    if (!at) throw new Error("bad ref");
    const { row, col } = at;
    const f = grid.formulas?.[row]?.[col];
    if (typeof f === "string" && f.startsWith("=")) evalCell(row, col, f);
    const v = values[row]?.[col];
    return typeof v === "number" ? v : null;
  };

  const evalCell = (row: number, col: number, formula: string) => {
    const key = `${row}:${col}`;
    const s = state.get(key);
    if (s === "done") return;
    if (s === "busy") throw new CycleError("cycle");
    state.set(key, "busy");
    while (values.length <= row) values.push([]);
    let result: CellValue = null;
    try {
      const tokens = tokenize(formula.slice(1));
      if (tokens) {
        let i = 0;
        const peek = () => tokens[i];
        const expect = (v: string) => {
          const tk = tokens[i++];
          if (!tk || tk.t !== "op" || tk.v !== v) throw new Error(`expected ${v}`);
        };
        const primary = (): Arg => {
          const tk = tokens[i++];
          if (!tk) throw new Error("end");
          if (tk.t === "num") return tk.v;
          if (tk.t === "ref") return cellNumber(tk.v);
          if (tk.t === "op" && tk.v === "-") return -(primary() ?? 0);
          if (tk.t === "op" && tk.v === "(") {
            const v = expr();
            expect(")");
            return v;
          }
          if (tk.t === "fn") {
            expect("(");
            const args: Arg[] = [];
            if (!(peek()?.t === "op" && peek()!.v === ")")) {
              args.push(expr());
              while (peek()?.t === "op" && peek()!.v === ",") {
                i++;
                args.push(expr());
              }
            }
            expect(")");
            const nums = args.filter((a): a is number => a !== null);
            if (tk.v === "SUM") return sum(nums);
            if (tk.v === "MIN") return nums.length ? Math.min(...nums) : 0;
            if (tk.v === "MAX") return nums.length ? Math.max(...nums) : 0;
            throw new Error(`function ${tk.v}`);
          }
          throw new Error("token");
        };
        const expr = (): Arg => {
          let v = primary();
          while (peek()?.t === "op" && (peek()!.v === "+" || peek()!.v === "-")) {
            const op = tokens[i++]!.v;
            const rhs = primary() ?? 0;
            v = op === "+" ? add(v ?? 0, rhs) : sub(v ?? 0, rhs);
          }
          return v;
        };
        const v = expr();
        if (i === tokens.length) result = v ?? 0;
      }
    } catch (e) {
      result = null;
      if (e instanceof CycleError) {
        values[row]![col] = null;
        state.set(key, "done");
        throw e;
      }
    }
    values[row]![col] = result;
    state.set(key, "done");
  };

  grid.formulas?.forEach((r, row) =>
    r?.forEach((f, col) => {
      if (typeof f !== "string" || !f.startsWith("=")) return;
      try {
        evalCell(row, col, f);
      } catch {
        // a cycle: its cells are already null
      }
    }),
  );
  return { ...grid, values };
}
