/**
 * isToolWorkbook: the cli replaces its own earlier output without asking. A whole country's
 * ranking is larger unzipped than the reading budget of a unit workbook; only its document
 * properties are read, so only they may count against that budget.
 */
import { strToU8 } from "fflate";
import { isToolWorkbook, TOOL_PROPERTY } from "../../src/read/tool-marker";
import { MINIMAL_PARTS, zip } from "../fixtures/make-zip";

const CUSTOM =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties">' +
  `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="${TOOL_PROPERTY}"><vt:lpwstr>1</vt:lpwstr></property></Properties>`;

describe("isToolWorkbook", () => {
  it("recognises the tool's marker, and nothing without it", () => {
    expect(isToolWorkbook(zip({ ...MINIMAL_PARTS, "docProps/custom.xml": strToU8(CUSTOM) }))).toBe(true);
    expect(isToolWorkbook(zip({ ...MINIMAL_PARTS }))).toBe(false);
  });

  it("recognises its own output above the 32 MB reading budget (a 4,556-unit ranking)", () => {
    // Stored, not deflated: 33 MB of sheet that only the directory describes to the guard.
    const sheet = new Uint8Array(33 * 1024 * 1024).fill(0x20);
    const big = {
      ...MINIMAL_PARTS,
      "docProps/custom.xml": strToU8(CUSTOM),
      "xl/worksheets/sheet1.xml": sheet,
    };
    expect(isToolWorkbook(zip(big, 0))).toBe(true);
  });
});
