import { loadStrings, stringsIfLoaded } from "../../src/i18n/load-strings";
import { VI_STRINGS, unitTypeLabel } from "../../src/i18n/strings";
import { EN_STRINGS } from "../../src/i18n/strings-en";

const STRINGS = { vi: VI_STRINGS, en: EN_STRINGS };

type Tree = { [k: string]: unknown };

function leaves(t: Tree, prefix = ""): [string, unknown][] {
  return Object.entries(t).flatMap(([k, v]) =>
    typeof v === "object" && v !== null
      ? leaves(v as Tree, `${prefix}${k}.`)
      : [[`${prefix}${k}`, v] as [string, unknown]],
  );
}

describe("UI strings", () => {
  const vi = leaves(STRINGS.vi as unknown as Tree);
  const en = leaves(STRINGS.en as unknown as Tree);

  it("have the same keys in Vietnamese and English", () => {
    expect(vi.map(([k]) => k)).toEqual(en.map(([k]) => k));
  });

  it("are never empty, in either language, with any argument", () => {
    for (const [key, v] of [...vi, ...en]) {
      const text = typeof v === "function" ? (v as (...a: string[]) => string)("1", "2") : v;
      expect({ key, ok: typeof text === "string" && text.trim() !== "" }).toEqual({ key, ok: true });
    }
  });

  it("speak Vietnamese by default: tab labels are the issue's names", () => {
    expect(STRINGS.vi.tabs).toEqual({
      check: "Kiểm tra",
      results: "Kết quả",
      template: "Tạo bảng",
      handout: "Phát bảng",
      consolidate: "Tổng hợp",
      settings: "Cài đặt",
      appraisal: "Giải trình",
    });
    expect(STRINGS.vi.check.ready).toBe("Sẵn sàng nộp");
    expect(STRINGS.vi.check.notReady("3", "2")).toBe("Còn 3 lỗi, 2 cảnh báo");
  });

  it("use singular and plural in English", () => {
    expect(STRINGS.en.check.notReady("1", "2")).toBe("1 error, 2 warnings left");
  });
});

describe("loadStrings", () => {
  it("has Vietnamese from the start and loads English on the first call", async () => {
    expect(stringsIfLoaded("vi")).toBe(VI_STRINGS);
    expect(stringsIfLoaded("en")).toBeUndefined();
    await expect(loadStrings("vi")).resolves.toBe(VI_STRINGS);
    await expect(loadStrings("en")).resolves.toBe(EN_STRINGS);
    expect(stringsIfLoaded("en")).toBe(EN_STRINGS);
  });
});

describe("unitTypeLabel", () => {
  it("shows a province's own unit type as typed, even when named like a built-in", () => {
    for (const t of ["constructor", "toString", "hasOwnProperty", "__proto__"])
      expect(unitTypeLabel(STRINGS.vi, t)).toBe(t);
    expect(unitTypeLabel(STRINGS.vi, "commune")).toBe("UBND xã, phường");
  });
});
