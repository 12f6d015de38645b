/**
 * styles.xml for the small style set: each distinct XlsxStyle becomes one cellXfs entry, made
 * on demand. Fonts, fills and borders are fixed tables. Conditional formats use two dxfs.
 */
import type { XlsxFill, XlsxStyle } from "./xlsx-sheet";
import { XML_HEADER, xmlAttr } from "./xml";

/** Times New Roman is what Vietnamese administrative documents use (Nghị định 30/2020). */
const FONT_NAME = "Times New Roman";
const FONT_SIZE = 12;

const TITLE_FONT_SIZE = 14;

const FONTS = [
  { bold: false, italic: false, link: false, title: false },
  { bold: true, italic: false, link: false, title: false },
  { bold: false, italic: true, link: false, title: false },
  { bold: true, italic: true, link: false, title: false },
  { bold: false, italic: false, link: true, title: false },
  { bold: true, italic: false, link: false, title: true },
];

const FILL_COLOURS: Record<XlsxFill, string> = {
  header: "FFD9E1F2",
  field: "FFE2EFDA",
  total: "FFFFF2CC",
  survey: "FFD9D9D9",
  input: "FFFFFFF0",
};
const FILL_ORDER: XlsxFill[] = ["header", "field", "total", "survey", "input"];

/** Excel's built-in number formats we may meet; any other code gets a custom id from 164. */
const BUILTIN_NUMFMTS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};
const FIRST_CUSTOM_NUMFMT = 164;

export const DXF_AMBER = 0;
export const DXF_RED = 1;

function fontId(s: XlsxStyle): number {
  if (s.title) return 5;
  if (s.link) return 4;
  return (s.bold ? 1 : 0) + (s.italic ? 2 : 0);
}

function fillId(s: XlsxStyle): number {
  // 0 and 1 are the two fills Excel requires first (none, gray125).
  return s.fill ? 2 + FILL_ORDER.indexOf(s.fill) : 0;
}

function key(s: XlsxStyle): string {
  return [
    fontId(s),
    fillId(s),
    s.border ? 1 : 0,
    s.numberFormat ?? "",
    s.wrap ? 1 : 0,
    s.horizontal ?? "",
    s.vertical ?? "",
    s.locked === false ? 0 : 1,
    s.quotePrefix ? 1 : 0,
  ].join("|");
}

export class StyleTable {
  private readonly customFormats = new Map<string, number>();
  private readonly xfs: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly index = new Map<string, number>([[key({}), 0]]);

  /** The cellXfs index of a style, creating it the first time. */
  id(style: XlsxStyle | undefined): number {
    if (!style) return 0;
    const k = key(style);
    const found = this.index.get(k);
    if (found !== undefined) return found;
    const attrs = [
      `numFmtId="${this.numFmtId(style.numberFormat)}"`,
      `fontId="${fontId(style)}"`,
      `fillId="${fillId(style)}"`,
      `borderId="${style.border ? 1 : 0}"`,
      `xfId="0"`,
    ];
    if (style.numberFormat) attrs.push('applyNumberFormat="1"');
    if (fontId(style) !== 0) attrs.push('applyFont="1"');
    if (style.fill) attrs.push('applyFill="1"');
    if (style.border) attrs.push('applyBorder="1"');
    if (style.quotePrefix) attrs.push('quotePrefix="1"');
    const align: string[] = [];
    if (style.horizontal) align.push(`horizontal="${style.horizontal}"`);
    if (style.wrap) align.push('wrapText="1"');
    if (align.length > 0 || style.vertical) align.unshift(`vertical="${style.vertical ?? "top"}"`);
    const children: string[] = [];
    if (align.length > 0) {
      attrs.push('applyAlignment="1"');
      children.push(`<alignment ${align.join(" ")}/>`);
    }
    if (style.locked === false) {
      attrs.push('applyProtection="1"');
      children.push('<protection locked="0"/>');
    }
    const xf =
      children.length > 0 ? `<xf ${attrs.join(" ")}>${children.join("")}</xf>` : `<xf ${attrs.join(" ")}/>`;
    const id = this.xfs.length;
    this.xfs.push(xf);
    this.index.set(k, id);
    return id;
  }

  private numFmtId(code: string | undefined): number {
    if (!code) return 0;
    const builtin = BUILTIN_NUMFMTS[code];
    if (builtin !== undefined) return builtin;
    let id = this.customFormats.get(code);
    if (id === undefined) {
      id = FIRST_CUSTOM_NUMFMT + this.customFormats.size;
      this.customFormats.set(code, id);
    }
    return id;
  }

  xml(): string {
    const fonts = FONTS.map((f) => {
      const parts = [
        f.bold ? "<b/>" : "",
        f.italic ? "<i/>" : "",
        f.link ? "<u/>" : "",
        `<sz val="${f.title ? TITLE_FONT_SIZE : FONT_SIZE}"/>`,
        f.link ? '<color rgb="FF0563C1"/>' : '<color rgb="FF000000"/>',
        `<name val="${FONT_NAME}"/>`,
        '<family val="1"/>',
      ];
      return `<font>${parts.join("")}</font>`;
    });
    const fills = [
      '<fill><patternFill patternType="none"/></fill>',
      '<fill><patternFill patternType="gray125"/></fill>',
      ...FILL_ORDER.map(
        (f) =>
          `<fill><patternFill patternType="solid"><fgColor rgb="${FILL_COLOURS[f]}"/><bgColor indexed="64"/></patternFill></fill>`,
      ),
    ];
    const thin =
      '<left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/>';
    const borders = [
      "<border><left/><right/><top/><bottom/><diagonal/></border>",
      `<border>${thin}</border>`,
    ];
    // dxf children order: font, numFmt, fill, alignment, border.
    const dxfs = [
      '<dxf><font><color rgb="FF9C5700"/></font><fill><patternFill><bgColor rgb="FFFFEB9C"/></patternFill></fill></dxf>',
      '<dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf>',
    ];
    return (
      XML_HEADER +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (this.customFormats.size > 0
        ? `<numFmts count="${this.customFormats.size}">${[...this.customFormats]
            .map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlAttr(code)}"/>`)
            .join("")}</numFmts>`
        : "") +
      `<fonts count="${fonts.length}">${fonts.join("")}</fonts>` +
      `<fills count="${fills.length}">${fills.join("")}</fills>` +
      `<borders count="${borders.length}">${borders.join("")}</borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.length}">${this.xfs.join("")}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      `<dxfs count="${dxfs.length}">${dxfs.join("")}</dxfs>` +
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      "</styleSheet>"
    );
  }
}
