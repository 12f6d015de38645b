import fc from "fast-check";
import { strToU8 } from "fflate";
import * as XLSX from "@e965/xlsx";
import { guardXlsx } from "../../src/guard/guard-xlsx";
import { MINIMAL_PARTS, cfbLike, patchDeclared, rawZip, sheetJsWorkbook, zip } from "../fixtures/make-zip";

const valid = sheetJsWorkbook({
  "Tự chấm": XLSX.utils.aoa_to_sheet([
    ["STT", "Điểm"],
    ["1", 2.5],
  ]),
});

function reasonOf(bytes: Uint8Array, limits = {}): string {
  const r = guardXlsx(bytes, limits);
  return r.ok ? "ok" : r.reason;
}

describe("guardXlsx", () => {
  it("accepts a real workbook", () => {
    const r = guardXlsx(valid);
    expect(r.ok).toBe(true);
    if (r.ok) expect([...r.parts.keys()]).toContain("xl/workbook.xml");
  });

  it("refuses an empty file", () => {
    expect(reasonOf(new Uint8Array(0))).toBe("empty");
  });

  it("refuses a file over maxBytes before looking inside", () => {
    const r = guardXlsx(valid, { maxBytes: 100 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe("too-large");
      expect(r.message.vi).toContain("MB");
    }
  });

  it("tells an old .xls from a password-protected .xlsx (both CFB)", () => {
    expect(reasonOf(cfbLike(["Workbook", "SummaryInformation"]))).toBe("xls");
    expect(reasonOf(cfbLike(["EncryptionInfo", "EncryptedPackage", "DataSpaces"]))).toBe("encrypted");
    expect(reasonOf(cfbLike(["WordDocument"]))).toBe("not-xlsx");
  });

  it("gives the password message in both languages", () => {
    const r = guardXlsx(cfbLike(["EncryptionInfo", "EncryptedPackage"]));
    expect(r).toEqual({
      ok: false,
      reason: "encrypted",
      message: {
        vi: "Tệp được bảo vệ bằng mật khẩu: hãy gỡ mật khẩu rồi gửi lại.",
        en: "The file is password-protected: remove the password and send it again.",
      },
    });
  });

  it("recognises a csv renamed to .xlsx, with or without a BOM", () => {
    expect(reasonOf(strToU8('STT,Nội dung,Điểm tự chấm\r\n1,Công tác chỉ đạo,"7,5"\r\n'))).toBe("csv");
    expect(reasonOf(strToU8("\uFEFFSTT;Điểm\n1;7,5\n"))).toBe("csv");
    // Excel's "Unicode text": UTF-16LE with a BOM.
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...[..."STT\tĐiểm\r\n"].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8]),
    ]);
    expect(reasonOf(utf16)).toBe("csv");
  });

  it("calls other text and binary files not-xlsx", () => {
    expect(reasonOf(strToU8("<html><body><table><tr><td>1</td></tr></table></body></html>"))).toBe(
      "not-xlsx",
    );
    expect(reasonOf(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff]))).toBe("not-xlsx");
  });

  it("calls a zip without the workbook parts not-xlsx (an .ods, a .docx)", () => {
    expect(reasonOf(zip({ mimetype: strToU8("application/vnd.oasis.opendocument.spreadsheet") }))).toBe(
      "not-xlsx",
    );
    expect(
      reasonOf(
        zip({
          "[Content_Types].xml": MINIMAL_PARTS["[Content_Types].xml"],
          "word/document.xml": strToU8("<w/>"),
        }),
      ),
    ).toBe("not-xlsx");
  });

  it("calls a truncated download corrupt", () => {
    expect(reasonOf(valid.subarray(0, Math.floor(valid.length / 2)))).toBe("corrupt");
    expect(reasonOf(valid.subarray(0, valid.length - 10))).toBe("corrupt");
    expect(reasonOf(valid.subarray(0, 4))).toBe("corrupt");
  });

  it("calls damaged compressed data corrupt", () => {
    const parts = { ...MINIMAL_PARTS, "xl/worksheets/sheet1.xml": strToU8("<row>".repeat(2000)) };
    const b = zip(parts);
    const damaged = b.slice();
    // Overwrite the middle of the first entry's deflate stream.
    for (let i = 60; i < 90; i++) damaged[i] = 0xff;
    expect(reasonOf(damaged)).toBe("corrupt");
  });

  it("refuses a directory declaring 1 GB before inflating anything", () => {
    const parts = { ...MINIMAL_PARTS, "xl/worksheets/sheet1.xml": strToU8("<x/>") };
    const bomb = patchDeclared(zip(parts), "xl/worksheets/sheet1.xml", { uncompressed: 1024 * 1024 * 1024 });
    expect(reasonOf(bomb)).toBe("zip-bomb");
  });

  it("refuses an entry whose compression ratio exceeds maxRatio", () => {
    const parts = { ...MINIMAL_PARTS, "xl/worksheets/sheet1.xml": new Uint8Array(1200 * 1024) };
    expect(reasonOf(zip(parts))).toBe("zip-bomb");
    expect(reasonOf(zip(parts), { maxRatio: 100_000 })).toBe("ok");
  });

  it("refuses a directory that lies: an entry inflating past its declared size", () => {
    const parts = { ...MINIMAL_PARTS, "xl/worksheets/sheet1.xml": new Uint8Array(300 * 1024) };
    const liar = patchDeclared(zip(parts), "xl/worksheets/sheet1.xml", { uncompressed: 1000 });
    expect(reasonOf(liar)).toBe("zip-bomb");
  });

  it("inflates only the parts asked for, still judging every entry from the directory", () => {
    const only = (n: string) => n === "docProps/app.xml";
    const parts = { ...MINIMAL_PARTS, "docProps/app.xml": strToU8("<Properties/>") };
    const r = guardXlsx(zip(parts), {}, undefined, only);
    expect(r.ok && [...r.parts.keys()]).toEqual(["docProps/app.xml"]);
    // A sheet that lies about its size is not inflated, so not caught there…
    const liar = { ...parts, "xl/worksheets/sheet1.xml": new Uint8Array(300 * 1024) };
    const lying = patchDeclared(zip(liar), "xl/worksheets/sheet1.xml", { uncompressed: 1000 });
    expect(guardXlsx(lying, {}, undefined, only).ok).toBe(true);
    // …but a directory declaring a bomb is refused before anything is inflated.
    const bomb = patchDeclared(zip(liar), "xl/worksheets/sheet1.xml", { uncompressed: 1024 * 1024 * 1024 });
    expect(guardXlsx(bomb, {}, undefined, only).ok).toBe(false);
  });

  it("counts only the parts it inflates against maxUncompressed", () => {
    const only = (n: string) => n === "docProps/app.xml";
    const parts = {
      ...MINIMAL_PARTS,
      "docProps/app.xml": strToU8("<Properties/>"),
      "xl/worksheets/sheet1.xml": strToU8("<c/>".repeat(5000)),
    };
    expect(guardXlsx(zip(parts), { maxUncompressed: 10_000 }, undefined, only).ok).toBe(true);
    expect(reasonOf(zip(parts), { maxUncompressed: 10_000 })).toBe("too-much-data");
    expect(guardXlsx(zip(parts), { maxUncompressed: 10 }, undefined, only).ok).toBe(false);
  });

  it("calls two entries of one part corrupt, even a part left out by `only`", () => {
    const one = rawZip([
      ...["[Content_Types].xml", "xl/workbook.xml", "xl/styles.xml", "xl/styles.xml"].map((name) => ({
        name,
        data: strToU8("<x/>"),
        method: 0 as const,
        compressed: 4,
        uncompressed: 4,
      })),
    ]);
    expect(guardXlsx(one).ok).toBe(false);
    expect(guardXlsx(one, {}, undefined, (n) => n !== "xl/styles.xml").ok).toBe(false);
  });

  it("refuses more entries than maxEntries", () => {
    const parts: Record<string, Uint8Array> = { ...MINIMAL_PARTS };
    for (let i = 0; i < 20; i++) parts[`xl/media/image${i}.png`] = new Uint8Array([i]);
    expect(reasonOf(zip(parts), { maxEntries: 10 })).toBe("zip-bomb");
    expect(reasonOf(zip(parts), { maxEntries: 30 })).toBe("ok");
  });

  it("refuses a total uncompressed size over maxUncompressed", () => {
    const parts = { ...MINIMAL_PARTS, "xl/worksheets/sheet1.xml": strToU8("<c/>".repeat(5000)) };
    expect(reasonOf(zip(parts), { maxUncompressed: 10_000 })).toBe("too-much-data");
  });

  it("calls a zip with encrypted entries encrypted", () => {
    expect(reasonOf(patchDeclared(valid, "xl/workbook.xml", { flags: 1 }))).toBe("encrypted");
  });

  it("never throws, whatever the bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const r = guardXlsx(bytes);
        expect(typeof r.ok).toBe("boolean");
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on a real workbook with random bytes overwritten", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ at: fc.nat(valid.length - 1), byte: fc.integer({ min: 0, max: 255 }) }), {
          minLength: 1,
          maxLength: 20,
        }),
        (edits) => {
          const b = valid.slice();
          for (const e of edits) b[e.at] = e.byte;
          const r = guardXlsx(b);
          expect(typeof r.ok).toBe("boolean");
        },
      ),
      { numRuns: 200 },
    );
  });
});
