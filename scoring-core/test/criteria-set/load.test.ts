import { loadCriteriaSet } from "../../src/criteria-set/load";
import { SAMPLE_DEPARTMENT_2025 } from "../../src/criteria-set/samples";
import { rawSet } from "./set-fixtures";

describe("loadCriteriaSet", () => {
  it("loads a valid set with no issues, filling schema defaults", () => {
    const r = loadCriteriaSet(rawSet([{ code: "1", title: "A", max: 1 }]));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.issues).toEqual([]);
    expect(r.set.tieRule).toEqual({ mode: "dense", decimals: 2 });
    expect(r.set.sample).toBe(false);
  });

  it("reports schema errors with the zod path and a reason in the user's language", () => {
    const raw = rawSet([
      { code: "1", title: "A", max: 1 },
      { code: "2", title: "B", max: 1 },
      { code: "3", title: "C", max: 1, children: [{ code: "3.1", title: "D", max: "1" }] },
    ]);
    const r = loadCriteriaSet(raw);
    expect(r.ok).toBe(false);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({
      code: "set-schema",
      severity: "error",
      sheet: null,
      params: { path: "fields[2].children[0].max" },
    });
    expect(r.issues[0]!.message).toBe("Tệp bộ tiêu chí không hợp lệ tại fields[2].children[0].max: cần số.");
    const en = loadCriteriaSet(raw, "en");
    expect(en.issues[0]!.message).toMatch(
      /^The criteria-set file is invalid at fields\[2\]\.children\[0\]\.max: .*number/,
    );
  });

  it("names a bad code, a bad rule kind and a missing field", () => {
    const r = loadCriteriaSet(
      rawSet([
        { code: "I", title: "A", max: 1 },
        { code: "2", title: "B", max: 1, rule: { kind: "magic" } },
        { code: "3", max: 1 },
      ]),
    );
    expect(r.ok).toBe(false);
    const paths = r.issues.map((i) => i.params["path"]);
    expect(paths).toEqual(
      expect.arrayContaining(["fields[0].code", "fields[1].rule.kind", "fields[2].title"]),
    );
    expect(r.issues.find((i) => i.params["path"] === "fields[0].code")!.params["reason"]).toBe(
      "mã phải có dạng 1, 1.2 hoặc 1.2.3",
    );
  });

  it("reports the root for something that is not a set, and undecodable JSON text", () => {
    expect(loadCriteriaSet(42).issues[0]!.params["path"]).toBe("(gốc)");
    const bad = loadCriteriaSet("{ not json", "en");
    expect(bad.ok).toBe(false);
    expect(bad.issues[0]!.message).toMatch(/^The criteria-set file is invalid at \(root\): not valid JSON/);
  });

  it("decodes JSON text and round-trips a sample set", () => {
    const r = loadCriteriaSet(JSON.stringify(SAMPLE_DEPARTMENT_2025));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.set).toEqual(SAMPLE_DEPARTMENT_2025);
      expect(r.issues).toEqual([]);
    }
  });

  it("stays ok with the set's own problems, and returns them", () => {
    const r = loadCriteriaSet(
      rawSet([{ code: "1", title: "A", max: 2, children: [{ code: "1.1", title: "B", max: 1 }] }], {
        declaredTotal: 100,
      }),
    );
    expect(r.ok).toBe(true);
    expect(r.issues.map((i) => i.code).sort()).toEqual(["set-children-sum", "set-declared-total"]);
  });
});
