/**
 * Zip bombs that hide in local file headers (issue #14): SheetJS's own unzip trusts them, so the
 * guard must check every entry's local header against the directory and inflate everything
 * SheetJS reads itself, bounded. Each crafted file is built here, small.
 */
import { inflateRawSync } from "node:zlib";
import { deflateSync } from "fflate";
import * as XLSX from "@e965/xlsx";
import { guardXlsx } from "../../src/guard/guard-xlsx";
import { readWorkbookGrids } from "../../src/read/read-workbook-grids";
import { handWorkbookParts, rawEntriesOf, rawZip, type RawEntry } from "../fixtures/make-zip";

const SHEET = '<sheetData><row r="1"><c r="A1"><v>7.5</v></c></row></sheetData>';

function entries(): RawEntry[] {
  return rawEntriesOf(handWorkbookParts(SHEET));
}

/** Node's zlib, as the cli injects it: bounded by maxOutputLength. */
const nodeInflate = (data: Uint8Array, max: number) => inflateRawSync(data, { maxOutputLength: max });

/** The reason with fflate and with Node's zlib: both must agree. */
function reason(bytes: Uint8Array): string {
  const r = readWorkbookGrids(bytes, XLSX);
  const n = readWorkbookGrids(bytes, XLSX, { inflateRaw: nodeInflate });
  const a = r.ok ? "ok" : r.reason;
  expect(n.ok ? "ok" : n.reason).toBe(a);
  return a;
}

describe("local-header zip bombs", () => {
  it("reads the honest hand-built workbook (the fixture is sound)", () => {
    const r = readWorkbookGrids(rawZip(entries()), XLSX);
    if (!r.ok) throw new Error(r.message.en);
    expect(r.grids[0]!.values).toEqual([[7.5]]);
    const n = readWorkbookGrids(rawZip(entries()), XLSX, { inflateRaw: nodeInflate });
    expect(n.ok && n.grids).toEqual(r.grids);
  });

  it("refuses a ~10 KB file whose 'folder' entry inflates to megabytes", () => {
    const bomb = deflateSync(new Uint8Array(10 * 1024 * 1024), { level: 9 });
    const file = rawZip([
      ...entries(),
      // The directory says an empty folder, which a check that skips folders never inflates.
      { name: "xl/bom/", data: bomb, method: 8, compressed: bomb.length, uncompressed: 0 },
    ]);
    expect(file.length).toBeLessThan(12 * 1024);
    expect(reason(file)).toBe("zip-bomb");
  });

  it("refuses a local header claiming 400 MB where the directory says a few hundred bytes", () => {
    const es = entries().map((e) =>
      e.name === "xl/worksheets/sheet1.xml" ? { ...e, localUncompressed: 400 * 1024 * 1024 } : e,
    );
    expect(reason(rawZip(es))).toBe("zip-bomb");
  });

  it("refuses a local header that names another part or another compression method", () => {
    const renamed = rawZip(entries());
    // The first local header's name starts at byte 30: "[Content_Types].xml" becomes "{Content…".
    renamed[30] = "{".charCodeAt(0);
    expect(reason(renamed)).toBe("corrupt");
    const es = entries();
    const stored = rawZip(es.map((e, i) => (i === 0 ? { ...e, method: 0 as const } : e)));
    expect(reason(stored)).toBe("corrupt");
  });

  it("refuses a stream that inflates past the size both headers declare", () => {
    const big = deflateSync(new Uint8Array(2 * 1024 * 1024).fill(0x3c), { level: 9 });
    const es = entries().map((e) =>
      e.name === "xl/worksheets/sheet1.xml"
        ? { ...e, data: big, compressed: big.length, uncompressed: 500 }
        : e,
    );
    expect(reason(rawZip(es))).toBe("zip-bomb");
  });

  it("caps what one workbook may unzip, pictures aside", () => {
    const parts = handWorkbookParts(SHEET);
    const photo = new Uint8Array(64 * 1024).map((_, i) => (i * 7919) & 0xff);
    const withPhoto = rawEntriesOf({ ...parts, "xl/media/image1.png": photo });
    // The photo is never inflated, so it does not count against a budget smaller than it.
    const r = guardXlsx(rawZip(withPhoto), { maxUncompressed: 32 * 1024 });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.parts.has("xl/media/image1.png")).toBe(false);
    const r2 = guardXlsx(rawZip(rawEntriesOf({ ...parts, "xl/worksheets/sheet2.xml": photo })), {
      maxUncompressed: 32 * 1024,
    });
    expect(r2).toMatchObject({ ok: false, reason: "too-much-data" });
    if (!r2.ok) expect(r2.message.vi).toContain("quá nhiều dữ liệu");
  });

  it("hands SheetJS the guarded parts: SheetJS's own unzip is never called", () => {
    const noUnzip = {
      ...XLSX,
      read: () => {
        throw new Error("SheetJS unzip called");
      },
    } as unknown as typeof XLSX;
    const r = readWorkbookGrids(rawZip(entries()), noUnzip);
    expect(r.ok).toBe(true);
  });
});
