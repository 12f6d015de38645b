/**
 * The fast sheet path (src/read/fast-sheet) against SheetJS: on every workbook in the repository
 * and on generated raw SpreadsheetML, the grids must be the same as SheetJS's — or the fast path
 * must decline, and then the reader uses SheetJS anyway. Declines are counted so a reader that
 * declines everything fails too.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { strToU8, unzipSync, zipSync } from "fflate";
import * as XLSX from "@e965/xlsx";
import { readWorkbookGrids, type ReadOptions } from "../../src/read/read-workbook-grids";
import { fastDeclineReason } from "../../src/read/fast-sheet/read-fast";
import { parseNumber, sheetDataEnd } from "../../src/read/fast-sheet/worksheet";
import { unescapeXml } from "../../src/read/fast-sheet/xml-text";

const ROOT = join(__dirname, "..", "..", "..");

/** Both readers on the same bytes; the fast one's decline reason (null when it read the file). */
function bothWays(bytes: Uint8Array, options: ReadOptions = {}) {
  const slow = readWorkbookGrids(bytes, XLSX, { ...options, fastSheets: false });
  const fast = readWorkbookGrids(bytes, XLSX, options);
  return { slow, fast, declined: fastDeclineReason() };
}

describe("fast sheet path on the repository's workbooks", () => {
  const files = execFileSync("git", ["ls-files", "*.xlsx"], { cwd: ROOT, encoding: "utf8" })
    .split("\n")
    .filter(Boolean);

  it("reads every workbook as SheetJS does, and most without SheetJS", () => {
    expect(files.length).toBeGreaterThan(50);
    let fastRead = 0;
    let opened = 0;
    const declines: string[] = [];
    files.forEach((file, i) => {
      const bytes = readFileSync(join(ROOT, file));
      const { slow, fast, declined } = bothWays(bytes);
      expect({ file, grids: fast }).toEqual({ file, grids: slow });
      if (!slow.ok) return;
      opened++;
      if (declined === null) fastRead++;
      else {
        expect({ file, declined }).not.toEqual({
          file,
          declined: expect.stringMatching(/^error:/) as string,
        });
        declines.push(`${file}: ${declined}`);
      }
      // The sheet filter too (on a few files, to keep the test quick): only the last sheet.
      if (i % 8 !== 0) return;
      const last = slow.sheetNames[slow.sheetNames.length - 1]!;
      const one = bothWays(bytes, { sheets: [last.toUpperCase()] });
      expect({ file, grids: one.fast }).toEqual({ file, grids: one.slow });
    });
    // At most one real workbook in ten may need SheetJS; the failure lists which and why.
    if (fastRead < Math.ceil(opened * 0.9)) throw new Error(`declined:\n${declines.join("\n")}`);
  });

  // Made with `soffice --headless --convert-to xlsx` from cli/samples (LibreOffice 7.4): small, so
  // committed rather than converted in the test (soffice takes seconds to start).
  it("workbooks saved by LibreOffice take the fast path", () => {
    const dir = join(__dirname, "..", "fixtures", "libreoffice");
    const lo = readdirSync(dir).map((f) => join(dir, f));
    expect(lo.length).toBeGreaterThan(0);
    for (const file of lo) {
      const { slow, fast, declined } = bothWays(readFileSync(file));
      expect(slow.ok).toBe(true);
      expect({ file, declined }).toEqual({ file, declined: null });
      expect(fast).toEqual(slow);
    }
  });
});

// ---- Generated SpreadsheetML -------------------------------------------------------------

const esc = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Only characters XML 1.0 allows (no C0 controls but tab, LF, CR; no U+FFFE/U+FFFF). */
function xmlChars(s: string): string {
  return [...s]
    .filter((ch) => {
      const c = ch.codePointAt(0)!;
      return (c >= 0x20 || c === 9 || c === 10 || c === 13) && c !== 0xfffe && c !== 0xffff;
    })
    .join("");
}

/** Text as a writer might put it in XML: escaped, with character references and _x escapes mixed in. */
const xmlText = fc
  .array(
    fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 6 }).map((s) => esc(xmlChars(s))),
      fc.constantFrom(
        "&amp;",
        "&lt;",
        "&gt;",
        "&quot;",
        "&apos;",
        "&#233;",
        "&#x1EA1;",
        "&#x1F600;",
        "_x000D_",
        "_x0041_",
        "_x005F_x0041_",
        "\r\n",
        "\n",
        "  ",
        "Điểm tự chấm",
        "😀",
        "&amp;amp;",
      ),
    ),
    { maxLength: 4 },
  )
  .map((parts) => parts.join(""));

const item = fc.oneof(
  xmlText.map((t) => `<t>${t}</t>`),
  xmlText.map((t) => `<t xml:space="preserve">${t}</t>`),
  fc
    .array(fc.tuple(xmlText, fc.boolean()), { minLength: 1, maxLength: 3 })
    .map((runs) =>
      runs
        .map(
          ([t, bold]) =>
            `<r>${bold ? '<rPr><b/><sz val="11"/><rFont val="Times New Roman"/></rPr>' : ""}<t xml:space="preserve">${t}</t></r>`,
        )
        .join(""),
    ),
  fc
    .tuple(xmlText, xmlText)
    .map(([t, p]) => `<t>${t}</t><rPh sb="0" eb="1"><t>${p}</t></rPh><phoneticPr fontId="1"/>`),
);

const ERRORS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"];
const number = fc.oneof(
  fc.integer({ min: -1e6, max: 1e6 }).map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
  fc.constantFrom("1E+21", "2.5e-7", "0", "-0", "007", "1.50"),
  // Read from the characters when plain (at most 15 digits), by parseFloat otherwise.
  fc.constantFrom(
    "123456789012345",
    "-98765.4321098765",
    "1234567890123456789",
    "0.30000000000000004",
    "1.",
    ".5",
    "-.5",
    "-",
    " 12",
    "12abc",
    "&#49;2",
    "1e5",
  ),
);
const formula = fc.constantFrom(
  "SUM(A1:B2)",
  "A1&amp;&quot;x&quot;",
  "_xlfn.IFS(A1&gt;1,1)",
  "IF(A1&lt;&gt;0,1,0)",
  " ",
);

/** A shared-formula master's text (XML-escaped): references of every kind SheetJS's shift meets. */
const sharedPiece = fc.constantFrom(
  "A1",
  "$A$1",
  "$B2",
  "C$3",
  "A1:B2",
  "$A$1:B$3",
  "SUM(A2:A4)",
  "Sheet1!B2",
  "&apos;Tự chấm&apos;!$C3",
  "&apos;A &amp;amp; B&apos;!A1:A2",
  "_xlfn.IFS(D4&gt;1,1)",
  "&quot;A1&quot;",
  "LOG10(B1)",
  "XFD1048576",
  "XFC1",
  "A1048575",
  "AB12",
  "a1",
  "A:A",
  "Bảng1[Cột A]",
  "Table1[[#This Row],[A1]]",
  "_x0041_1",
  "\r\nB1",
  "x.A1",
  "A1.5",
  "1E3",
);
const sharedText = fc
  .array(fc.tuple(sharedPiece, fc.constantFrom("+", ",", "&amp;", "*", " ")), {
    minLength: 1,
    maxLength: 4,
  })
  .map((parts) =>
    parts
      .map(([p, op], i) => (i ? op : "") + p)
      .join("")
      .replace(/^ +/, ""),
  );
/** A group filled down and across from its master: h×w cells, master top-left. */
const sharedGroup = fc.record({
  h: fc.integer({ min: 1, max: 3 }),
  w: fc.integer({ min: 1, max: 3 }),
  text: sharedText,
  /** Followers written as <f …/>, as <f …></f>, with or without a cached value. */
  style: fc.nat(),
  num: number,
});

/** A shared-string index as writers put it, and as SheetJS's parseInt still reads it. */
function sstIndex(pick: number, sst: number): string {
  const i = String(pick % sst);
  switch (pick % 7) {
    case 0:
      return ` ${i}`;
    case 1:
      return `&#${i.charCodeAt(0)};${i.slice(1)}`;
    case 2:
      return `0${i}`;
    default:
      return i;
  }
}

/** One cell's XML, given its address and the shared-string count. */
function cellXml(
  kind: number,
  ref: string,
  sst: number,
  pick: number,
  text: string,
  num: string,
  f: string,
): string {
  switch (kind) {
    case 0:
      return `<c r="${ref}"><v>${num}</v></c>`;
    case 1:
      return sst > 0 ? `<c r="${ref}" t="s" s="1"><v>${sstIndex(pick, sst)}</v></c>` : `<c r="${ref}"/>`;
    case 2:
      return `<c r="${ref}" t="inlineStr"><is>${text}</is></c>`;
    case 3:
      return `<c r="${ref}" t="b"><v>${pick % 2}</v></c>`;
    case 4:
      return `<c r="${ref}" t="e"><v>${ERRORS[pick % ERRORS.length]!}</v></c>`;
    case 5:
      return `<c r="${ref}"><f>${f}</f><v>${num}</v></c>`;
    case 6:
      return `<c r="${ref}" t="str"><f>${f}</f><v${pick % 2 ? ' xml:space="preserve"' : ""}>${esc(text.replace(/<[^>]*>|&#|_x/g, ""))}</v></c>`;
    case 7:
      return `<c r="${ref}"><f aca="false">${f}</f></c>`;
    case 8:
      return `<c r="${ref}" s="2"/>`;
    case 9:
      // Typed cells without a value, an empty <v>, an empty <f>.
      return `<c r="${ref}" t="${["n", "s", "b", "e", "str", "inlineStr"][pick % 6]!}">${pick % 3 ? "<v></v>" : ""}</c>`;
    case 10:
      return `<c r="${ref}"><f></f><v>${num}</v></c>`;
    default:
      return "";
  }
}

const sheetSpec = fc.record({
  top: fc.integer({ min: 0, max: 4 }),
  left: fc.integer({ min: 0, max: 4 }),
  rows: fc.array(
    fc.record({
      gap: fc.integer({ min: 0, max: 2 }),
      hidden: fc.boolean(),
      selfClosing: fc.boolean(),
      cells: fc.array(
        fc.record({
          gap: fc.integer({ min: 0, max: 2 }),
          kind: fc.integer({ min: 0, max: 11 }),
          pick: fc.nat(),
          text: item,
          num: number,
          f: formula,
        }),
        { maxLength: 5 },
      ),
    }),
    { maxLength: 6 },
  ),
  dimension: fc.constantFrom("exact", "none", "larger", "single"),
  /** Excel's scaffolding around the data: sheetPr, cols, x14ac row attributes, extLst. */
  excel: fc.boolean(),
  merges: fc.array(fc.tuple(fc.nat(5), fc.nat(5), fc.nat(2), fc.nat(2)), { maxLength: 3 }),
  /** Hyperlinks (row, col, height − 1, width − 1, kind), within the data or below it. */
  links: fc.array(fc.tuple(fc.nat(12), fc.nat(5), fc.nat(2), fc.nat(1), fc.nat(3)), { maxLength: 3 }),
  /** Shared-formula groups side by side below the other rows (`si` numbered from siBase). */
  shared: fc.array(sharedGroup, { maxLength: 3 }),
  siBase: fc.nat(3),
});

const EXCEL_NS =
  ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac"' +
  ' xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"';
const EXCEL_TAIL =
  '<pageSetup paperSize="9" orientation="portrait"/><extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}"' +
  ' xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:conditionalFormattings>' +
  '<x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:cfRule type="dataBar" id="{1}">' +
  '<x14:dataBar minLength="0" maxLength="100"/></x14:cfRule><xm:sqref>A1:A3</xm:sqref></x14:conditionalFormatting>' +
  "</x14:conditionalFormattings></ext></extLst>";

type SheetSpec = typeof sheetSpec extends fc.Arbitrary<infer T> ? T : never;

function sheetXml(spec: SheetSpec, sst: number): string {
  const rows: string[] = [];
  let r = spec.top;
  let maxC = spec.left;
  for (const row of spec.rows) {
    r += row.gap;
    const hidden = row.hidden ? ' hidden="1"' : "";
    if (row.selfClosing && row.cells.length === 0) {
      rows.push(`<row r="${r + 1}"${hidden} ht="20" customHeight="1"/>`);
    } else {
      let c = spec.left;
      const cells: string[] = [];
      for (const cell of row.cells) {
        c += cell.gap;
        cells.push(
          cellXml(cell.kind, XLSX.utils.encode_cell({ r, c }), sst, cell.pick, cell.text, cell.num, cell.f),
        );
        maxC = Math.max(maxC, c);
        c++;
      }
      const dy = spec.excel ? ' x14ac:dyDescent="0.25"' : "";
      rows.push(`<row r="${r + 1}" spans="1:9"${hidden}${dy}>${cells.join("")}</row>`);
    }
    r++;
  }
  if (spec.shared.length > 0) {
    // Groups side by side, 4 columns apart, so their rows interleave cells of several groups.
    const height = Math.max(...spec.shared.map((g) => g.h));
    for (let dr = 0; dr < height; dr++) {
      const cells: string[] = [];
      spec.shared.forEach((g, k) => {
        if (dr >= g.h) return;
        const si = spec.siBase + k;
        const c0 = spec.left + 4 * k;
        for (let dc = 0; dc < g.w; dc++) {
          const ref = XLSX.utils.encode_cell({ r: r + dr, c: c0 + dc });
          const v = (g.style + dr + dc) % 3 ? `<v>${g.num}</v>` : "";
          if (dr === 0 && dc === 0) {
            const range = XLSX.utils.encode_range({
              s: { r, c: c0 },
              e: { r: r + g.h - 1, c: c0 + g.w - 1 },
            });
            cells.push(`<c r="${ref}"><f t="shared" ref="${range}" si="${si}">${g.text}</f>${v}</c>`);
          } else if ((g.style + dc) % 2) cells.push(`<c r="${ref}"><f t="shared" si="${si}"/>${v}</c>`);
          else cells.push(`<c r="${ref}" s="1"><f t="shared" si="${si}"></f>${v}</c>`);
          maxC = Math.max(maxC, c0 + dc);
        }
      });
      rows.push(`<row r="${r + dr + 1}">${cells.join("")}</row>`);
    }
    r += height;
  }
  const start = XLSX.utils.encode_cell({ r: spec.top, c: spec.left });
  const dim = {
    exact: `<dimension ref="${start}:${XLSX.utils.encode_cell({ r: Math.max(r - 1, spec.top), c: maxC })}"/>`,
    none: "",
    larger: `<dimension ref="A1:Z99"/>`,
    single: `<dimension ref="${start}"/>`,
  }[spec.dimension];
  const merges = spec.merges.map(
    ([r0, c0, h, w]) =>
      `<mergeCell ref="${XLSX.utils.encode_range({ s: { r: r0, c: c0 }, e: { r: r0 + h, c: c0 + w } })}"/>`,
  );
  const links = spec.links.map(([r0, c0, h, w, kind]) => {
    const ref = XLSX.utils.encode_range({ s: { r: r0, c: c0 }, e: { r: r0 + h, c: c0 + w } });
    return [
      `<hyperlink ref="${ref}" r:id="rId${kind + 7}"/>`,
      `<hyperlink ref="${ref}" location="&apos;Tự chấm&apos;!A1" display="Tài liệu kiểm chứng"/>`,
      `<hyperlink ref="${ref}" r:id="rId9" tooltip="Mở" xr:uid="{0A1B2C3D-0000-4000-8000-00000000000${kind}}"/>`,
      `<hyperlink ref="${ref}" location="A1"></hyperlink>`,
    ][kind]!;
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"' +
    (spec.excel ? EXCEL_NS : "") +
    ">" +
    (spec.excel ? '<sheetPr><tabColor rgb="FFFF0000"/><pageSetUpPr fitToPage="1"/></sheetPr>' : "") +
    `${dim}<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    (spec.excel ? '<cols><col min="1" max="2" width="9.140625" customWidth="1"/></cols>' : "") +
    `<sheetData>${rows.join("")}</sheetData>` +
    (merges.length ? `<mergeCells count="${merges.length}">${merges.join("")}</mergeCells>` : "") +
    (spec.excel ? '<phoneticPr fontId="1" type="noConversion"/>' : "") +
    (links.length ? `<hyperlinks>${links.join("")}</hyperlinks>` : "") +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    (spec.excel ? EXCEL_TAIL : "") +
    "</worksheet>"
  );
}

const NAMES = ["Tự chấm", "Sheet1", "A &amp; B", "Ghi chú", "Điểm"];

function workbookBytes(sheets: SheetSpec[], items: string[], states: number[]): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const ct = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>',
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
  ];
  const wbSheets: string[] = [];
  const rels: string[] = [];
  sheets.forEach((spec, i) => {
    const path = `worksheets/sheet${i + 1}.xml`;
    files[`xl/${path}`] = strToU8(sheetXml(spec, items.length));
    ct.push(
      `<Override PartName="/xl/${path}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    );
    const state = ["", ' state="hidden"', ' state="veryHidden"'][states[i] ?? 0]!;
    wbSheets.push(`<sheet name="${NAMES[i]!}" sheetId="${i + 1}"${state} r:id="rId${i + 1}"/>`);
    rels.push(
      `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${i % 2 ? "/xl/" : ""}${path}"/>`,
    );
  });
  if (items.length > 0) {
    ct.push(
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>',
    );
    rels.push(
      '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>',
    );
    files["xl/sharedStrings.xml"] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${items.length}" uniqueCount="${items.length}">` +
        // Items back to back as Excel writes them, or on lines of their own.
        items.map((x) => `<si>${x}</si>`).join(items.length % 3 === 1 ? "\r\n " : "") +
        "</sst>",
    );
  }
  files["[Content_Types].xml"] = strToU8(ct.join("") + "</Types>");
  files["_rels/.rels"] = strToU8(
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  );
  files["xl/workbook.xml"] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      `<workbookPr/><bookViews><workbookView/></bookViews><sheets>${wbSheets.join("")}</sheets></workbook>`,
  );
  files["xl/_rels/workbook.xml.rels"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`,
  );
  return zipSync(files, { level: 1 });
}

describe("fast sheet path on generated SpreadsheetML", () => {
  it("gives SheetJS's grids, or declines", () => {
    let runs = 0;
    let fastRead = 0;
    let sharedFast = 0;
    fc.assert(
      fc.property(
        fc.array(sheetSpec, { minLength: 1, maxLength: 3 }),
        fc.array(item, { maxLength: 6 }),
        fc.array(fc.nat(2), { maxLength: 3 }),
        (sheets, items, states) => {
          const { slow, fast, declined } = bothWays(workbookBytes(sheets, items, states));
          expect(slow.ok).toBe(true);
          expect(fast).toEqual(slow);
          runs++;
          if (declined === null) {
            fastRead++;
            if (sheets.some((sh) => sh.shared.length > 0)) sharedFast++;
          } else expect(declined).not.toMatch(/^error:/);
        },
      ),
      { numRuns: 300 },
    );
    // Declines are for self-closing rows without a usable dimension and the like: a minority.
    expect(fastRead).toBeGreaterThan(runs * 0.6);
    // Shared formulas are read, not declined: most workbooks with a group take the fast path.
    expect(sharedFast).toBeGreaterThan(runs * 0.4);
  });

  it.each([
    ["a shared follower before its master", '<c r="A1"><f t="shared" si="0"/><v>1</v></c>'],
    [
      "a shared follower left of its master",
      '<c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:C1" si="0">A1</f></c></row><row r="2"><c r="A2"><f t="shared" si="0"/></c>',
    ],
    [
      "a reused shared si",
      '<c r="A1"><f t="shared" ref="A1:A3" si="0">B1</f></c><c r="B1"><f t="shared" ref="B1:B3" si="0">C1</f></c>',
    ],
    [
      "a shared formula text without ref",
      '<c r="A1"><f t="shared" si="0">B1</f></c><c r="B1"><f t="shared" si="0"/></c>',
    ],
    ["a shared formula with a padded si", '<c r="A1"><f t="shared" ref="A1:B1" si="00">B1</f></c>'],
    [
      "a shared formula in single quotes",
      '<c r="A1"><f t=\'shared\' ref="A1:B1" si="0">B1</f></c><c r="B1"><f t="shared" si="0"/></c>',
    ],
    ["an array formula", '<c r="A1"><f t="array" ref="A1">B1</f><v>1</v></c>'],
    ["a date cell", '<c r="A1" t="d"><v>2024-01-01</v></c>'],
    ["a cell without r", "<c><v>1</v></c>"],
    ["cells out of order", '<c r="B1"><v>1</v></c><c r="A1"><v>2</v></c>'],
    ["an unknown error text", '<c r="A1" t="e"><v>#SPILL!</v></c>'],
    ["CDATA", '<c r="A1" t="inlineStr"><is><t><![CDATA[a]]></t></is></c>'],
  ])("declines on %s and still reads as SheetJS does", (_, cells) => {
    const { slow, fast, declined } = bothWays(
      withSheetXml((xml) =>
        xml.replace("<sheetData></sheetData>", `<sheetData><row r="1">${cells}</row></sheetData>`),
      ),
    );
    expect(fast).toEqual(slow);
    // A decision, not an exception inside the fast path.
    expect(declined).toMatch(/^(?!error:)/);
    expect(declined).not.toBeNull();
  });

  it.each([
    ["a UTF-8 byte-order mark", (xml: string) => `\ufeff${xml}`],
    [
      "a self-closing row without a dimension",
      (xml: string) =>
        xml
          .replace(/<dimension[^>]*>/, "")
          .replace(
            "<sheetData></sheetData>",
            '<sheetData><row r="1" hidden="1"/><row r="2"><c r="B2"><v>1</v></c></row></sheetData>',
          ),
    ],
    [
      "a prefixed hyperlink",
      (xml: string) =>
        xml.replace(
          "<sheetData></sheetData>",
          '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><x:hyperlinks xmlns:x="urn:x"><x:hyperlink ref="A5" location="Sheet1!A1"/></x:hyperlinks>',
        ),
    ],
    [
      "a hyperlink in capitals (SheetJS folds attribute case)",
      (xml: string) =>
        xml.replace(
          "<sheetData></sheetData>",
          '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><hyperlinks><hyperlink REF="A5" location="Sheet1!A1"/></hyperlinks>',
        ),
    ],
    [
      "a hyperlink without ref (SheetJS stops at it)",
      (xml: string) =>
        xml.replace(
          "<sheetData></sheetData>",
          '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><hyperlinks><hyperlink location="Sheet1!A1"/><hyperlink ref="A9" location="Sheet1!A1"/></hyperlinks>',
        ),
    ],
    [
      "a prefixed sheetData",
      (xml: string) =>
        xml.replace(
          "<sheetData></sheetData>",
          '<x:sheetData xmlns:x="urn:x"><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData>',
        ),
    ],
  ])("declines on %s and still reads as SheetJS does", (_, edit) => {
    const { slow, fast, declined } = bothWays(withSheetXml(edit));
    expect(fast).toEqual(slow);
    // A decision, not an exception inside the fast path.
    expect(declined).toMatch(/^(?!error:)/);
    expect(declined).not.toBeNull();
  });
});

describe("fast sheet path and tag attributes", () => {
  it.each([
    ["a row's r twice", '<row r="1" r="1"><c r="A1"><v>1</v></c></row>'],
    ["a row's R in capitals", '<row R="1"><c r="A1"><v>1</v></c></row>'],
    ["a row's Hidden in capitals", '<row r="1" Hidden="1"><c r="A1"><v>1</v></c></row>'],
    ["another row attribute twice", '<row r="1" spans="1:2" spans="1:2"><c r="A1"><v>1</v></c></row>'],
    ["a padded row number", '<row r="01"><c r="A1"><v>1</v></c></row>'],
    ["a row number with a letter", '<row r="1a"><c r="A1"><v>1</v></c></row>'],
    ["an unquoted attribute", '<row r=1><c r="A1"><v>1</v></c></row>'],
    ["a '<' in an attribute", '<row r="1" x="<"><c r="A1"><v>1</v></c></row>'],
    ["attributes not separated", '<row r="1"spans="1:2"><c r="A1"><v>1</v></c></row>'],
    ["a cell's s twice", '<row r="1"><c r="A1" s="1" s="2"><v>1</v></c></row>'],
    ["an unknown cell attribute", '<row r="1"><c r="A1" foo="1"><v>1</v></c></row>'],
    ["an empty cell type", '<row r="1"><c r="A1" t=""><v>1</v></c></row>'],
    ["a $ in a cell reference", '<row r="1"><c r="$A1"><v>1</v></c></row>'],
    ["a value's xml:space twice", '<row r="1"><c r="A1"><v xml:space="a" xml:space="b">1</v></c></row>'],
    ["another value attribute", '<row r="1"><c r="A1"><v a="1">1</v></c></row>'],
    ["markup inside a value", '<row r="1"><c r="A1"><v>1<b/></v></c></row>'],
    ["a formula's t of another kind", '<row r="1"><c r="A1"><f t="normal">B1</f></c></row>'],
    ["a formula's si without t", '<row r="1"><c r="A1"><f si="0">B1</f></c></row>'],
    ["a formula's ref without t", '<row r="1"><c r="A1"><f ref="A1">B1</f></c></row>'],
    ["a formula's aca twice", '<row r="1"><c r="A1"><f aca="1" aca="1">B1</f></c></row>'],
    [
      "an unknown formula attribute",
      '<row r="1"><c r="A1"><f t="shared" ref="A1" si="0" x="1">B1</f></c></row>',
    ],
    ["a shared formula without si", '<row r="1"><c r="A1"><f t="shared" ref="A1">B1</f></c></row>'],
  ])("declines on %s and still reads as SheetJS does", (_, rows) => {
    const { slow, fast, declined } = bothWays(
      withSheetXml((xml) => xml.replace("<sheetData></sheetData>", `<sheetData>${rows}</sheetData>`)),
    );
    expect(fast).toEqual(slow);
    expect(declined).toMatch(/^(?!error:)/);
    expect(declined).not.toBeNull();
  });

  it("reads hidden rows, kept and dropped cells and typed values as SheetJS does", () => {
    // A declared range of B2:C4: cells left of, right of, above and below it are not in the grid,
    // but a stub below it still decides how far hidden rows are reported.
    const rows =
      '<row r="1" hidden="1"><c r="B1"><v>9</v></c></row>' +
      '<row r="2" spans="1:4" ht="20"><c r="A2"><v>1</v></c><c r="B2" t="b"><v>true</v></c><c r="C2" t="e"><v>#WTF?</v></c><c r="D2"><v>2</v></c></row>' +
      '<row r="3" hidden="true"><c r="B3" t="b"/><c r="C3" t="str"><f>"a"&amp;"b"</f><v>ab</v></c></row>' +
      '<row r="4" hidden="0"><c r="B4" t="s"><v>0</v></c><c r="C4" t="inlineStr"><is><t>x�y</t></is></c></row>' +
      '<row r="6" hidden="1"><c r="B6" s="1"/></row>';
    const { slow, fast, declined } = bothWays(
      withSheetXml((xml) =>
        xml
          .replace(/<dimension[^>]*>/, '<dimension ref="B2:C4"/>')
          .replace("<sheetData></sheetData>", `<sheetData>${rows}</sheetData>`),
      ),
    );
    expect(declined).toBeNull();
    expect(fast).toEqual(slow);
    expect(fast.ok && fast.grids[0]).toMatchObject({
      values: [
        [true, "#N/A"],
        [false, "ab"],
        ["x", "x\ufffdy"],
      ],
      origin: { row: 1, col: 1 },
      hiddenRows: [1],
    });
  });

  it("reads formulas with aca and ca, and a shared master with its attributes in any order", () => {
    const rows =
      '<row r="1"><c r="A1"><f ca="1" aca="false">NOW()</f><v>1</v></c><c r="B1"><f si="3" ref="B1:B2" t="shared">A1*2</f><v>2</v></c></row>' +
      '<row r="2"><c r="B2"><f si="3" t="shared"/><v>4</v></c></row>';
    const { slow, fast, declined } = bothWays(
      withSheetXml((xml) =>
        xml
          .replace(/<dimension[^>]*>/, '<dimension ref="A1:B2"/>')
          .replace("<sheetData></sheetData>", `<sheetData>${rows}</sheetData>`),
      ),
    );
    expect(declined).toBeNull();
    expect(fast).toEqual(slow);
    expect(fast.ok && fast.grids[0]!.formulas).toEqual([
      ["=NOW()", "=A1*2"],
      [null, "=A2*2"],
    ]);
  });

  it("reads an index just past the last shared string as SheetJS does (its empty last item)", () => {
    const rows = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>';
    const { slow, fast, declined } = bothWays(
      withSheetXml((xml) =>
        xml
          .replace(/<dimension[^>]*>/, '<dimension ref="A1:B1"/>')
          .replace("<sheetData></sheetData>", `<sheetData>${rows}</sheetData>`),
      ),
    );
    expect(declined).toBeNull();
    expect(fast).toEqual(slow);
    expect(fast.ok && fast.grids[0]!.values).toEqual([["x", ""]]);
  });

  it("reads plain shared strings as SheetJS does: entities, _x escapes, CR LF", () => {
    const rows = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>';
    const files = unzipSync(
      withSheetXml((xml) =>
        xml
          .replace(/<dimension[^>]*>/, '<dimension ref="A1:B1"/>')
          .replace("<sheetData></sheetData>", `<sheetData>${rows}</sheetData>`),
      ),
    );
    files["xl/sharedStrings.xml"] = strToU8(
      new TextDecoder()
        .decode(files["xl/sharedStrings.xml"])
        .replace(
          "<si><t>x</t></si>",
          '<si><t>Điểm\r\ntự &amp;lt; chấm</t></si>\n <si><t xml:space="preserve"> _x0041_&#233;\r\n</t></si>',
        ),
    );
    const { slow, fast, declined } = bothWays(zipSync(files));
    expect(declined).toBeNull();
    expect(fast).toEqual(slow);
    expect(fast.ok && fast.grids[0]!.values).toEqual([["Điểm\ntự &lt; chấm", " Aé\n"]]);
  });

  it("declines invalid UTF-8 (and still reads as SheetJS does)", () => {
    const bytes = withSheetXml((xml) =>
      xml.replace(
        "<sheetData></sheetData>",
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>BAD</t></is></c></row></sheetData>',
      ),
    );
    const files = unzipSync(bytes);
    const sheet = files["xl/worksheets/sheet1.xml"]!;
    const at = new TextDecoder().decode(sheet).indexOf("BAD");
    sheet.set([0x61, 0xc3, 0x28], at);
    const { slow, fast, declined } = bothWays(zipSync(files));
    expect(fast).toEqual(slow);
    expect(declined).toBe("invalid UTF-8");
  });
});

describe("fast sheet path and hyperlinks", () => {
  it("reads a hyperlink on an empty cell below a hidden row as SheetJS does (it ends the grid lower)", () => {
    const { slow, fast, declined } = bothWays(
      withSheetXml((xml) =>
        xml
          .replace(/<dimension[^>]*>/, '<dimension ref="A1:A6"/>')
          .replace(
            "<sheetData></sheetData>",
            '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="3" hidden="1"/></sheetData><hyperlinks><hyperlink ref="A5" location="Sheet1!A1" display="x"/></hyperlinks>',
          ),
      ),
    );
    expect(declined).toBeNull();
    expect(fast).toEqual(slow);
    // Row 3 is reported hidden only because the hyperlink's empty cell (row 5) extends the sheet.
    expect(fast.ok && fast.grids[0]!.hiddenRows).toEqual([2]);
  });

  it("counts every row of a hyperlink's range, as SheetJS does", () => {
    const { slow, fast, declined } = bothWays(
      withSheetXml((xml) =>
        xml
          .replace(/<dimension[^>]*>/, '<dimension ref="A1:B9"/>')
          .replace(
            "<sheetData></sheetData>",
            '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="5" hidden="1"/></sheetData><hyperlinks><hyperlink ref="B4:B6" r:id="rId3"/></hyperlinks>',
          ),
      ),
    );
    expect(declined).toBeNull();
    expect(fast).toEqual(slow);
    expect(fast.ok && fast.grids[0]!.hiddenRows).toEqual([4]);
  });
});

describe("fast sheet path and shared formulas", () => {
  it("reads a workbook with shared formulas without SheetJS, as SheetJS does", () => {
    const rows =
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:C3" si="0">A1+$A$1+SUM(A$1:$A1)+Sheet1!A1</f><v>4</v></c>' +
      '<c r="C1"><f t="shared" si="0"/><v>5</v></c></row>' +
      '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>6</v></c><c r="C2"><f t="shared" si="0"></f></c></row>' +
      '<row r="3"><c r="B3"><f t="shared" si="0"/></c><c r="C3"><f t="shared" si="0"/></c></row>';
    const { slow, fast, declined } = bothWays(
      withSheetXml((xml) =>
        xml
          .replace(/<dimension[^>]*>/, '<dimension ref="A1:C3"/>')
          .replace("<sheetData></sheetData>", `<sheetData>${rows}</sheetData>`),
      ),
    );
    expect(declined).toBeNull();
    expect(fast).toEqual(slow);
    expect(fast.ok && fast.grids[0]!.formulas?.[2]?.[2]).toBe("=B3+$A$1+SUM(B$1:$A3)+Sheet1!B3");
  });
});

describe("fast sheet path and comments", () => {
  it("declines a sheet with comments (SheetJS adds a cell under each) and reads as SheetJS does", () => {
    const ws = XLSX.utils.aoa_to_sheet([["a"], [1]]);
    ws["!rows"] = [];
    ws["!rows"][3] = { hidden: true };
    ws["A6"] = { t: "z", c: [{ a: "Sở Nội vụ", t: "ghi chú" }] } as XLSX.CellObject;
    ws["!ref"] = "A1:A6";
    const bytes = new Uint8Array(
      XLSX.write(
        { SheetNames: ["S"], Sheets: { S: ws } },
        { type: "array", bookType: "xlsx" },
      ) as ArrayBuffer,
    );
    const { slow, fast, declined } = bothWays(bytes);
    expect(fast).toEqual(slow);
    expect(declined).toBe("comments");
  });
});

/** A one-sheet generated workbook whose sheet XML is edited by hand (the generator writes only
 * what the fast path reads). */
function withSheetXml(edit: (xml: string) => string): Uint8Array {
  const spec = {
    top: 0,
    left: 0,
    rows: [],
    dimension: "exact" as const,
    excel: false,
    merges: [],
    links: [],
    shared: [],
    siBase: 0,
  };
  const files = unzipSync(workbookBytes([spec], ["<t>x</t>"], []));
  files["xl/worksheets/sheet1.xml"] = strToU8(
    edit(new TextDecoder().decode(files["xl/worksheets/sheet1.xml"])),
  );
  return zipSync(files);
}

describe("numbers read from the characters", () => {
  it("equal parseFloat's, to the last bit", () => {
    const digits = (max: number) =>
      fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: max }).map((d) => d.join(""));
    const decimal = fc
      .tuple(fc.constantFrom("", "-"), digits(18), fc.option(digits(18)))
      .map(([sign, int, frac]) => sign + int + (frac === null ? "" : `.${frac}`));
    const any = fc.oneof(
      decimal,
      fc.double({ noNaN: true }).map(String),
      fc.integer().map(String),
      fc.string({ maxLength: 6 }),
      fc.constantFrom("&#49;2", "1_x0030_", " 1", "1e400", "-", ".", "-.", "0x10"),
    );
    fc.assert(
      fc.property(any, (s) => {
        // SheetJS: parseFloat of the unescaped <v> text.
        expect(Object.is(parseNumber(s, 0, s.length), parseFloat(unescapeXml(s)))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("the end of <sheetData>, found without a regex", () => {
  it("is where SheetJS's /<\\/(?:\\w+:)?sheetData>/ first matches from the same place", () => {
    const piece = fc.constantFrom(
      "</",
      "<",
      "/",
      ":",
      "x:",
      "ab",
      "a_1",
      "-",
      " ",
      "sheetData>",
      "sheetData",
      ">",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.nat(40), (pieces, from) => {
        const x = pieces.join("");
        const re = /<\/(?:\w+:)?sheetData>/g;
        re.lastIndex = from;
        const m = re.exec(x);
        expect(sheetDataEnd(x, from)).toBe(m ? m.index : -1);
      }),
      { numRuns: 3000 },
    );
  });
});
