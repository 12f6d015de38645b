/**
 * `cchc rank --framework set.json --report`: the set's "Cơ quan thẩm định" leads the lost-points
 * sheet and the report's plan; the built-in list only where the set names none.
 */
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { strFromU8, unzipSync } from "fflate";
import { runPlan } from "../../src/commands/plan";
import { rankFiles } from "../../src/commands/rank";
import { memoryConsole } from "../../src/io/console";
import { pendingOutputs } from "../../src/output/pending";
import { put, tempDir } from "../support/files";

const SAMPLES = join(__dirname, "../../samples");
const dir = tempDir("cchc-appraisers-");
const UNITS = ["so-tu-phap.xlsx", "so-y-te.xlsx", "so-tai-chinh.xlsx"].map((f) =>
  join(SAMPLES, "don-vi/so-ban-nganh", f),
);

interface Node {
  code: string;
  appraiser?: string;
  children?: Node[];
}

/** The sample department set, field 1 appraised by the office of the UBND, field 2 silent. */
function provinceSet(): string {
  const set = JSON.parse(readFileSync(join(SAMPLES, "bo-tieu-chi/sample-department-2025.json"), "utf8")) as {
    fields: Node[];
  };
  const strip = (n: Node): void => {
    delete n.appraiser;
    n.children?.forEach(strip);
  };
  set.fields.forEach(strip);
  for (const f of set.fields) if (f.code !== "2") f.appraiser = "Văn phòng UBND tỉnh";
  return put(dir, "bo-tieu-chi-tinh.json", JSON.stringify(set));
}

async function rank(name: string, frameworks: string[]) {
  const out = join(dir, `${name}.xlsx`);
  const report = join(dir, `${name}.docx`);
  rankFiles({ inputs: UNITS, out, report, frameworks, quiet: true, lang: "vi" }, memoryConsole());
  await pendingOutputs();
  const wb = XLSX.read(readFileSync(out), { type: "buffer" });
  const lostName = wb.SheetNames.find((n) => n.startsWith("Mất điểm"))!;
  const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[lostName]!, { header: 1, defval: null });
  const lost = new Map<string, unknown>();
  for (const r of rows) if (typeof r[1] === "string" && /^\d+(\.\d+)+$/.test(r[1])) lost.set(r[1], r[10]);
  const doc = strFromU8(unzipSync(new Uint8Array(readFileSync(report)))["word/document.xml"]!);
  return { lost, doc, out };
}

/** `cchc plan <ranking> [--framework …] --json`: field → [owner, ownerSource]. */
function planOwners(ranking: string, frameworks: string[]): Map<string, [unknown, unknown]> {
  const io = memoryConsole();
  const args = [ranking, "--out", join(dir, `ke-hoach-${frameworks.length}.xlsx`), "--json", "--force"];
  runPlan([...args, ...frameworks.flatMap((f) => ["--framework", f])], io);
  const json = JSON.parse(io.stdout.join("")) as {
    plan: { fields: { code: string; owner: unknown; ownerSource: unknown }[] };
  };
  return new Map(json.plan.fields.map((f) => [f.code, [f.owner, f.ownerSource]]));
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("rank with a set naming its appraisers", () => {
  it("takes the lost-points and plan departments from the set, the list where it is silent", async () => {
    const sample = await rank("mau", [join(SAMPLES, "bo-tieu-chi/sample-department-2025.json")]);
    const own = await rank("tinh", [provinceSet()]);
    const field1 = [...own.lost.keys()].filter((c) => c.startsWith("1."));
    expect(field1.length).toBeGreaterThan(0);
    for (const c of field1) {
      expect(own.lost.get(c)).toBe("Văn phòng UBND tỉnh");
      expect(sample.lost.get(c)).toBe("Sở Nội vụ");
    }
    // Field 2 is silent in the set: the built-in list's department.
    for (const [c, who] of own.lost) if (c.startsWith("2.")) expect(who).toBe("Sở Tư pháp");
    expect(own.doc).toContain("Văn phòng UBND tỉnh");
    expect(sample.doc).not.toContain("Văn phòng UBND tỉnh");
    expect(own.doc).toContain("cột “Cơ quan thẩm định” của bộ tiêu chí");

    // `cchc plan` on the ranking: the same resolution with --framework, the list without.
    const set = join(dir, "bo-tieu-chi-tinh.json");
    expect(planOwners(own.out, [set]).get("1")).toEqual(["Văn phòng UBND tỉnh", "set"]);
    expect(planOwners(own.out, [set]).get("2")).toEqual(["Sở Tư pháp", "list"]);
    expect(planOwners(own.out, []).get("1")).toEqual(["Sở Nội vụ", "list"]);
  });
});
