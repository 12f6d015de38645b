/**
 * Names users type (units, groups, scales) that are also Object.prototype's members, or
 * "__proto__", are data like any other name: no throw, and the same result as ordinary names.
 */
import fc from "fast-check";
import { readDesignGrids } from "../../src/survey/read-design";
import { scoreSurvey } from "../../src/survey/score-survey";
import { surveySheets } from "../../src/survey/survey-sheets";
import { rankUnits } from "../../src/ranking/rank-units";
import { CLASSIFICATION_PRESETS } from "../../src/criteria-set/schema";
import type { Classification } from "../../src/criteria-set/schema";
import { unitResult } from "../ranking/unit-builder";
import type { CellValue, Grid } from "../../src/grid/grid";

const BUILTIN = [
  "constructor",
  "toString",
  "toLocaleString",
  "hasOwnProperty",
  "valueOf",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "__defineGetter__",
  "__lookupGetter__",
  "__proto__",
];
const ORDINARY = ["Sở Tư pháp", "Sở Y tế", "Nhóm A", "Nhóm B", "thang1"];

/** Distinct built-in names: two units, two groups, one scale (a scale cannot be "__proto__"). */
const names = fc
  .uniqueArray(fc.constantFrom(...BUILTIN), { minLength: 5, maxLength: 5 })
  .map((n) => (n[4] === "__proto__" ? [n[4], n[1]!, n[2]!, n[3]!, n[0]!] : n));

const answer = fc.constantFrom("A", "B", "C", "D", "Không biết", null);
const forms = fc.array(
  fc.tuple(fc.nat(1), fc.nat(1), answer, answer), // unit, group, CH1, CH2
  { minLength: 1, maxLength: 12 },
);

function designGrids([u1, u2, g1, g2, s]: readonly string[]): Grid[] {
  return [
    {
      sheet: "Phiếu",
      values: [
        ["Mã câu hỏi", "Nội dung câu hỏi", "Tiêu chí", "Điểm tối đa", "Thang"],
        ["CH1", "Văn bản", "2.3.1", 2, s!],
        ["CH2", "Thái độ", "5.4.1", 1, s!],
      ],
    },
    { sheet: "Đơn vị", values: [["Tên đơn vị"], [u1!], [u2!]] },
    {
      sheet: "Nhóm",
      values: [
        ["Mã nhóm", "Nhóm đối tượng", "Trọng số"],
        [g1!, g1!, 2],
        [g2!, g2!, 1],
      ],
    },
    {
      sheet: "Thang",
      values: [
        ["Thang", "Phương án", "Trọng số"],
        [s!, "A", 1],
        [s!, "B", 0.5],
        [s!, "C", 0.25],
        [s!, "D", 0],
        [s!, "Không biết", ""],
      ],
    },
  ];
}

function survey(n: readonly string[], rows: readonly [number, number, CellValue, CellValue][]) {
  const { design, issues } = readDesignGrids(designGrids(n));
  expect(issues).toEqual([]);
  const values: CellValue[][] = [
    ["Nhóm đối tượng", "Đơn vị được đánh giá", "CH1. Văn bản", "CH2. Thái độ"],
    ...rows.map(([u, g, a, b]): CellValue[] => [n[2 + g]!, n[u]!, a, b]),
  ];
  const result = scoreSurvey(design!, [{ source: "tra-loi.xlsx", grids: [{ sheet: "Trả lời", values }] }]);
  return { result, sheets: surveySheets(result, "vi") };
}

/** Replaces each built-in name by its ordinary counterpart, everywhere in a JSON value. */
function renamed(value: unknown, from: readonly string[], to: readonly string[] = ORDINARY): unknown {
  const swap = (s: string) => (from.includes(s) ? to[from.indexOf(s)]! : s);
  if (typeof value === "string") return from.reduce((t, f, k) => t.split(f).join(to[k]!), value);
  if (Array.isArray(value)) return value.map((v) => renamed(v, from, to));
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [swap(k), renamed(v, from, to)]));
  return value;
}

/** A ranking's groups and rows in name order: names sort differently, ranks and points must not differ. */
function inNameOrder(r: unknown): unknown {
  type Row = { unit: string };
  const { groups, ...rest } = r as { groups: { group: string; rows: Row[] }[] };
  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    ...rest,
    groups: groups
      .map((g) => ({ ...g, rows: [...g.rows].sort((a, b) => byName(a.unit, b.unit)) }))
      .sort((a, b) => byName(a.group, b.group)),
  };
}

describe("names that are Object.prototype's members", () => {
  it("a survey (design, answers, sheets) scores them as it scores ordinary names", () => {
    fc.assert(
      fc.property(names, forms, (n, rows) => {
        const odd = survey(n, rows);
        const plain = survey(ORDINARY, rows);
        expect(renamed(JSON.parse(JSON.stringify(odd)), n)).toEqual(JSON.parse(JSON.stringify(plain)));
      }),
      { numRuns: 60 },
    );
  });

  it("a ranking with class conditions ranks them as it ranks ordinary names", () => {
    const classification: Classification = {
      ...CLASSIFICATION_PRESETS["five-level"]!,
      conditions: [{ id: "discipline", text: "Có cán bộ bị kỷ luật", highest: "Tốt" }],
    };
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...BUILTIN), { minLength: 2, maxLength: BUILTIN.length }),
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: BUILTIN.length, maxLength: BUILTIN.length }),
        fc.array(fc.boolean(), { minLength: BUILTIN.length, maxLength: BUILTIN.length }),
        fc.constantFrom(...BUILTIN),
        (units, totals, flagged, group) => {
          const plainNames = units.map((_, i) => `Đơn vị ${i + 1}`);
          const run = (list: readonly string[], g: string) => {
            const flags: Record<string, string[]> = {};
            list.forEach((u, i) => {
              if (flagged[i]) Object.defineProperty(flags, u, { value: ["discipline"], enumerable: true });
            });
            return rankUnits(
              list.map((u, i) =>
                unitResult(u, totals[i]!, { group: i % 2 === 0 ? g : "Nhóm khác", file: `f${i}.xlsx` }),
              ),
              { classification, flags, lostPoints: false },
            );
          };
          const others = units.filter((u) => u !== group);
          const odd = run(others, group);
          const back = renamed(
            JSON.parse(JSON.stringify(odd)),
            [...others, group],
            [...plainNames.slice(0, others.length), "Nhóm 1"],
          );
          const plain = JSON.parse(JSON.stringify(run(plainNames.slice(0, others.length), "Nhóm 1")));
          expect(inNameOrder(back)).toEqual(inNameOrder(plain));
        },
      ),
      { numRuns: 60 },
    );
  });
});
