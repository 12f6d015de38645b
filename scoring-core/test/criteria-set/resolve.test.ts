import { resolveCriteriaSet } from "../../src/criteria-set/resolve";
import { SAMPLE_DEPARTMENT_2025 } from "../../src/criteria-set/samples/index";

describe("resolveCriteriaSet", () => {
  const own = {
    ...SAMPLE_DEPARTMENT_2025,
    id: "an-hoa-so-2025",
    sample: false,
    source: { decision: "QĐ 12" },
  };

  it("finds a stored set first, then a sample, and says which is in use", () => {
    const r = resolveCriteriaSet("an-hoa-so-2025", [own]);
    expect(r.ok && r.inUse).toMatchObject({ id: "an-hoa-so-2025", decision: "QĐ 12", origin: "stored" });
    const s = resolveCriteriaSet("sample-commune-2025", [own]);
    expect(s.ok && s.inUse).toMatchObject({ origin: "sample", sample: true });
    expect(resolveCriteriaSet(null, [own])).toEqual({ ok: true, set: null, inUse: null });
  });

  it("an unknown id is a clear error, never silently no set", () => {
    const r = resolveCriteriaSet("bo-cu-2019", [own], "en");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issue.code).toBe("set-not-found");
      expect(r.issue.message).toContain("bo-cu-2019");
      expect(r.issue.message).toContain("an-hoa-so-2025");
    }
  });
});
