import { HAND_OUT_STRINGS } from "../../src/panels/hand-out/strings";

describe("Phát bảng strings", () => {
  it("have the same keys in both languages and are never empty", () => {
    expect(Object.keys(HAND_OUT_STRINGS.vi)).toEqual(Object.keys(HAND_OUT_STRINGS.en));
    for (const lang of ["vi", "en"] as const)
      for (const [key, v] of Object.entries(HAND_OUT_STRINGS[lang])) {
        const text = typeof v === "function" ? (v as (...a: string[]) => string)("3", "4") : v;
        expect({
          key,
          ok: typeof text === "string" && text.trim() !== "" && !text.includes("undefined"),
        }).toEqual({
          key,
          ok: true,
        });
      }
  });
});
