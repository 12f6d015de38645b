import fc from "fast-check";
import { FileNamer, safeFileStem } from "../../src/output/file-name";

describe("safeFileStem (file names from unit names)", () => {
  it("drops a planted formula's leading = + - @", () => {
    expect(safeFileStem("=UBND xã Tây Sơn")).toBe("UBND xã Tây Sơn");
    expect(safeFileStem("@+-=Sở Y tế")).toBe("Sở Y tế");
  });

  it("replaces characters Windows refuses, bounds the length, avoids device names", () => {
    expect(safeFileStem('Sở "A/B": C*?')).toBe("Sở -A-B- C-");
    expect(safeFileStem("x".repeat(300))).toHaveLength(120);
    expect(safeFileStem("CON")).toBe("CON_");
    expect(safeFileStem("  ...  ", "don-vi")).toBe("don-vi");
  });

  it("never gives a name Windows rejects (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const stem = safeFileStem(s);
        expect(stem.length).toBeGreaterThan(0);
        expect([...stem].length).toBeLessThanOrEqual(120);
        // eslint-disable-next-line no-control-regex
        expect(stem).not.toMatch(/[\u0000-\u001f\\/:*?"<>|]|^[=+\-@]|[. ]$/);
      }),
    );
  });
});

it("FileNamer numbers collisions case-insensitively", () => {
  const n = new FileNamer();
  expect(n.name("Phản hồi - Sở Y tế", "xlsx")).toBe("Phản hồi - Sở Y tế.xlsx");
  expect(n.name("Phản hồi - SỞ Y TẾ", "xlsx")).toBe("Phản hồi - SỞ Y TẾ (2).xlsx");
  expect(n.name("=Phản hồi - Sở Y tế", "xlsx")).toBe("Phản hồi - Sở Y tế (3).xlsx");
});
