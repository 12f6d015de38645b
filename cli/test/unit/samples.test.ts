/** The sample province generator: deterministic bytes, the sizes the issue asks for, labelled. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { createHash } from "node:crypto";
import { generate } from "../../scripts/samples/generate";
import { mulberry32 } from "../../scripts/samples/prng";
import { tempDir } from "../support/files";

function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = createHash("sha256").update(readFileSync(p)).digest("hex");
    }
  };
  walk(dir);
  return out;
}

describe("sample province", () => {
  it("is the same bytes on every run, with ≥ 20 departments, ≥ 40 communes and the broken files", () => {
    const a = tempDir("cchc-samples-a-");
    const b = tempDir("cchc-samples-b-");
    const ga = generate(a);
    generate(b);
    const ta = tree(a);
    expect(tree(b)).toEqual(ta);
    const files = Object.keys(ta);
    expect(files.filter((f) => f.startsWith("don-vi/so-ban-nganh/")).length).toBeGreaterThanOrEqual(20);
    expect(files.filter((f) => f.startsWith("don-vi/xa-phuong/")).length).toBeGreaterThanOrEqual(40);
    expect(files.filter((f) => f.startsWith("don-vi/loi/")).length).toBeGreaterThanOrEqual(3);
    expect(files).toEqual(expect.arrayContaining(["danh-sach-don-vi.xlsx", "dieu-tra-xa-hoi-hoc.xlsx"]));
    expect(ga.units.some((u) => u.unit.startsWith("="))).toBe(true);
  });

  it("mulberry32 is seeded and uniform enough", () => {
    const r1 = mulberry32(42);
    const r2 = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => r1());
    expect(Array.from({ length: 1000 }, () => r2())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.05);
  });

  it("the committed samples say they are sample data", () => {
    const readme = readFileSync(join(__dirname, "..", "..", "samples", "README.md"), "utf8");
    expect(readme).toMatch(/DỮ LIỆU MẪU/);
    expect(readme).toMatch(/sample data/);
  });
});
