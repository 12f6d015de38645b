/**
 * The set's "Cơ quan thẩm định" (node, else nearest ancestor) leads the lost-points sheet, the
 * improvement plan and the rank report's plan; the built-in list only where the set is silent.
 */
import { scoreWorkbook } from "../../src/consolidation/score-workbook";
import { CLASSIFICATION_PRESETS, type CriteriaSet, type Criterion } from "../../src/criteria-set/schema";
import { SAMPLE_DEPARTMENT_2025 } from "../../src/criteria-set/samples";
import { improvementPlan } from "../../src/improvement/improvement-plan";
import { planReportModel } from "../../src/improvement/plan-report";
import { rankingSheets } from "../../src/output/ranking-sheets";
import { reportModel } from "../../src/output/report-model";
import { appraiserResolver, setAppraisers } from "../../src/output/resolve-appraiser";
import type { SheetBlock } from "../../src/output/sheet-block";
import { rankUnits } from "../../src/ranking/rank-units";
import { publishedReport } from "../../src/workflow/published-report";
import { rankingYearRecord } from "../../src/years/ranking-record";
import { departmentGrid } from "../fixtures/department-grid";

/** The sample set with appraisers unlike the built-in list: field 1 by the office, 1.2 by Xây dựng; field 2 silent. */
function provinceSet(): CriteriaSet {
  const set = structuredClone(SAMPLE_DEPARTMENT_2025) as CriteriaSet;
  const strip = (n: Criterion): void => {
    delete n.appraiser;
    for (const c of n.children ?? []) strip(c);
  };
  set.fields.forEach(strip);
  for (const f of set.fields) if (f.code !== "2") f.appraiser = "Văn phòng UBND tỉnh";
  set.fields.find((f) => f.code === "1")!.children!.find((c) => c.code === "1.2")!.appraiser = "Sở Xây dựng";
  return set;
}

function scored() {
  const units = ["Sở Tư pháp", "Sở Y tế"].map((unit, i) => {
    const out = scoreWorkbook(
      [departmentGrid({ stage: "appraised" })],
      { unit, group: "Sở, ban, ngành", file: `${i}.xlsx` },
      { survey: { total: 15.5 } },
    );
    if (!out.ok) throw new Error(out.error);
    return out.result;
  });
  const ranking = rankUnits(units, { classification: CLASSIFICATION_PRESETS["national"]! });
  return { units, ranking };
}

const bodyOf = (b: SheetBlock) => b.rows.slice(Math.max(...b.headerRows) + 1);

/** Lost-points rows: code → appraiser (last column). */
function lostAppraisers(sets?: CriteriaSet[]): Map<string, unknown> {
  const { units, ranking } = scored();
  const lost = rankingSheets(ranking, "vi", { units, ...(sets ? { sets } : {}) }).find(
    (b) => b.kind === "lost-points",
  )!;
  return new Map(bodyOf(lost).map((r) => [String(r[1]), r[r.length - 1]]));
}

describe("the criteria set's appraiser", () => {
  it("resolves node, then nearest ancestor, then the list, and says which", () => {
    const set = provinceSet();
    const codes = setAppraisers(set);
    expect(codes.get("1.2.1")).toBe("Sở Xây dựng");
    expect(codes.get("1.1.1")).toBe("Văn phòng UBND tỉnh");
    expect(codes.has("2.1")).toBe(false);
    const resolve = appraiserResolver({ sets: [set], owners: { "2": "Sở Tư pháp" } });
    expect(resolve({ code: "1.2.1", fieldCode: "1" })).toEqual({ department: "Sở Xây dựng", source: "set" });
    expect(resolve({ code: "2.1", fieldCode: "2" })).toEqual({ department: "Sở Tư pháp", source: "list" });
    // A unit of a type no set covers, with several sets given: the list.
    const commune = { ...set, id: "x", unitTypes: ["commune" as const] };
    const two = appraiserResolver({ sets: [set, commune], owners: { "1": "Sở Nội vụ" } });
    expect(two({ code: "1.1", unitType: "district", fieldCode: "1" })).toEqual({
      department: "Sở Nội vụ",
      source: "list",
    });
    expect(two({ code: "1.1", unitType: "department", fieldCode: "1" })?.source).toBe("set");
  });

  it("leads the lost-points sheet; the built-in list only where the set is silent", () => {
    const before = lostAppraisers();
    const after = lostAppraisers([provinceSet()]);
    const some = (m: Map<string, unknown>, prefix: string) => [...m].find(([c]) => c.startsWith(prefix));
    const c11 = some(after, "1.1")!;
    const c12 = some(after, "1.2")!;
    expect(c11[1]).toBe("Văn phòng UBND tỉnh");
    expect(c12[1]).toBe("Sở Xây dựng");
    expect(before.get(c11[0])).toBe("Sở Nội vụ");
    // Field 2 names no appraiser in the set: the built-in list's department, as before.
    for (const [code, who] of after) if (code.startsWith("2.")) expect(who).toBe(before.get(code));
  });

  it("leads the plan's owners and tasks, and the plan and rank report say the source", () => {
    const { units, ranking } = scored();
    const record = rankingYearRecord({ ranking, units, heading: null });
    const plain = improvementPlan(record);
    const withSet = improvementPlan(record, { sets: [provinceSet()] });
    expect(plain.ownerSource).toBe("list");
    expect(withSet.ownerSource).toBe("mixed");
    const f1 = withSet.fields.find((f) => f.code === "1")!;
    expect([f1.owner, f1.ownerSource]).toEqual(["Văn phòng UBND tỉnh", "set"]);
    expect(plain.fields.find((f) => f.code === "1")!.owner).toBe("Sở Nội vụ");
    const f2 = withSet.fields.find((f) => f.code === "2")!;
    expect([f2.owner, f2.ownerSource]).toEqual(["Sở Tư pháp", "list"]);
    const c12 = withSet.criteria.find((c) => c.code.startsWith("1.2") && c.lost > 0)!;
    expect(c12.owner).toBe("Sở Xây dựng");
    for (const t of withSet.tasks.filter((x) => x.code.startsWith("1.")))
      expect(t.lead).toMatch(/Văn phòng UBND tỉnh|Sở Xây dựng/);

    const texts = (blocks: { kind: string; text?: string; items?: string[] }[]) =>
      blocks.flatMap((b) => [b.text ?? "", ...(b.items ?? [])]).join("\n");
    expect(texts(planReportModel(withSet, "vi").blocks)).toContain(
      "theo cột “Cơ quan thẩm định” của bộ tiêu chí",
    );
    expect(texts(planReportModel(plain, "vi").blocks)).toContain("danh sách phân công lĩnh vực mặc định");

    const report = reportModel(ranking, "vi", { units, sets: [provinceSet()] });
    const s4 = report.blocks.findIndex((b) => b.kind === "section" && b.text.startsWith("IV."));
    const table = report.blocks.slice(s4).find((b) => b.kind === "table") as { rows: string[][] };
    // Field 1's row names the set's appraiser; no row keeps the built-in list's for it.
    expect(table.rows.some((r) => r.includes("Văn phòng UBND tỉnh"))).toBe(true);
    expect(texts(report.blocks.slice(s4) as never)).toContain("cột “Cơ quan thẩm định” của bộ tiêu chí");
    // The hosts' Word report (Excel pane, Sheets province) through the run they keep.
    const run = { lang: "vi" as const, ranking, units, heading: {}, decimals: 2 };
    const tables = (m: ReturnType<typeof publishedReport>) =>
      JSON.stringify(m.blocks.filter((b) => b.kind === "table"));
    expect(tables(publishedReport({ ...run, sets: [provinceSet()] }))).toContain("Văn phòng UBND tỉnh");
    expect(tables(publishedReport(run))).not.toContain("Văn phòng UBND tỉnh");
  });
});
