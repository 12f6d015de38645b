/**
 * Renders the core's ReportModel to .docx with the `docx` library (it runs in browsers too, so
 * the Excel pane can use it). Layout per Nghị định 30/2020/NĐ-CP: A4, Times New Roman 13 pt
 * (titles 14 pt), margins top 20 mm, bottom 20 mm, left 30 mm, right 15 mm.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  Footer,
  convertMillimetersToTwip,
  type ISectionOptions,
} from "docx";
import type { ReportAlign, ReportBlock, ReportModel } from "@cchc/scoring-core";

const FONT = "Times New Roman";
/** Half-points: 13 pt body, 14 pt titles, 12 pt in tables so wide ones stay legible. */
const BODY = 26;
const TITLE = 28;
const TABLE = 24;
const ANNEX_TABLE = 22;

export const REPORT_PAGE = {
  width: 210,
  height: 297,
  margin: { top: 20, bottom: 20, left: 30, right: 15 },
} as const;

const ALIGN: Record<ReportAlign, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

function run(text: string, o: { bold?: boolean; italic?: boolean; size?: number } = {}): TextRun {
  return new TextRun({
    text,
    font: FONT,
    size: o.size ?? BODY,
    bold: o.bold ?? false,
    italics: o.italic ?? false,
  });
}

function para(
  text: string,
  o: {
    bold?: boolean;
    italic?: boolean;
    size?: number;
    align?: ReportAlign;
    before?: number;
    after?: number;
  } = {},
): Paragraph {
  return new Paragraph({
    children: [run(text, o)],
    alignment: ALIGN[o.align ?? "left"],
    spacing: { before: o.before ?? 0, after: o.after ?? 120, line: 300 },
  });
}

const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  bottom: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  left: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  right: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
};

/** The heading as a borderless two-column table: issuing body left, motto right, both centred. */
function headingTable(issuer: string[], motto: [string, string], textWidth: number): Table {
  // 12 pt for the issuing body and the first motto line, 13 pt for the second (NĐ 30/2020, Phụ lục I).
  const widths = [Math.round(textWidth * 0.4), textWidth - Math.round(textWidth * 0.4)];
  const cell = (lines: Paragraph[], w: number) =>
    new TableCell({ children: lines, width: { size: w, type: WidthType.DXA } });
  const left = issuer.map((l, i) =>
    para(l, { bold: i === issuer.length - 1, size: 24, align: "center", after: 0 }),
  );
  const right = [
    para(motto[0], { bold: true, size: 24, align: "center", after: 0 }),
    para(motto[1], { bold: true, size: BODY, align: "center", after: 0 }),
  ];
  return new Table({
    rows: [new TableRow({ children: [cell(left, widths[0]!), cell(right, widths[1]!)] })],
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    borders: NO_BORDERS,
  });
}

/** The signature block in the right half: position lines, room for the signature, the name. */
function signatureTable(position: string[], name: string, textWidth: number): Table {
  const widths = [Math.round(textWidth * 0.45), textWidth - Math.round(textWidth * 0.45)];
  const cell = (lines: Paragraph[], w: number) =>
    new TableCell({ children: lines, width: { size: w, type: WidthType.DXA } });
  const right = [
    ...position.map((l) => para(l, { bold: true, align: "center", after: 0 })),
    // Room to sign and stamp (NĐ 30/2020: the name under the signature).
    para("", { after: 0 }),
    para("", { after: 0 }),
    para("", { after: 0 }),
    para(name, { bold: true, align: "center", after: 0 }),
  ];
  return new Table({
    rows: [new TableRow({ children: [cell([para("", { after: 0 })], widths[0]!), cell(right, widths[1]!)] })],
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    borders: NO_BORDERS,
  });
}

/** Text width (twips) between the margins of a portrait or landscape page. */
function textWidth(landscape: boolean): number {
  const m = REPORT_PAGE.margin;
  const mm = landscape ? REPORT_PAGE.height - m.top - m.bottom : REPORT_PAGE.width - m.left - m.right;
  return convertMillimetersToTwip(mm);
}

function dataTable(b: Extract<ReportBlock, { kind: "table" }>, size: number, width: number): Table {
  const total = b.widths.reduce((s, w) => s + w, 0);
  // Fixed widths in twips: LibreOffice ignores percentages on cells and squeezes the narrow ones.
  const cols = b.widths.map((w) => Math.floor((w * width) / total));
  const cell = (text: string, c: number, header: boolean) =>
    new TableCell({
      children: [
        new Paragraph({
          children: [run(text, { bold: header, size })],
          alignment: header ? AlignmentType.CENTER : ALIGN[b.align[c] ?? "left"],
          spacing: { before: 20, after: 20 },
        }),
      ],
      width: { size: cols[c] ?? 0, type: WidthType.DXA },
      ...(header ? { shading: { fill: "D9E2F3" } } : {}),
    });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: cols,
    rows: [
      new TableRow({ tableHeader: true, children: b.header.map((h, c) => cell(h, c, true)) }),
      ...b.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((v, c) => cell(v, c, false)) })),
    ],
  });
}

function footer(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: TABLE })],
      }),
    ],
  });
}

function section(children: (Paragraph | Table)[], landscape: boolean): ISectionOptions {
  const m = REPORT_PAGE.margin;
  return {
    properties: {
      page: {
        size: {
          width: convertMillimetersToTwip(REPORT_PAGE.width),
          height: convertMillimetersToTwip(REPORT_PAGE.height),
          orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        // On landscape pages the binding edge (30 mm) stays at the top, as printed annexes have it.
        margin: landscape
          ? {
              top: convertMillimetersToTwip(m.left),
              bottom: convertMillimetersToTwip(m.right),
              left: convertMillimetersToTwip(m.top),
              right: convertMillimetersToTwip(m.bottom),
            }
          : {
              top: convertMillimetersToTwip(m.top),
              bottom: convertMillimetersToTwip(m.bottom),
              left: convertMillimetersToTwip(m.left),
              right: convertMillimetersToTwip(m.right),
            },
      },
    },
    footers: { default: footer() },
    children,
  };
}

/** The document object (for tests that look inside) built from the model. */
export function reportDocument(model: ReportModel): Document {
  const sections: ISectionOptions[] = [];
  let children: (Paragraph | Table)[] = [];
  let landscape = false;
  for (const b of model.blocks) {
    switch (b.kind) {
      case "heading":
        children.push(headingTable(b.issuer, b.motto, textWidth(landscape)));
        break;
      case "title":
        b.lines.forEach((l, i) =>
          children.push(
            para(l, { bold: true, size: TITLE, align: "center", before: i === 0 ? 360 : 0, after: 0 }),
          ),
        );
        children.push(para("", { after: 120 }));
        break;
      case "section":
        children.push(para(b.text, { bold: true, before: 240 }));
        break;
      case "subsection":
        children.push(para(b.text, { bold: true, italic: true, before: 120 }));
        break;
      case "paragraph":
        children.push(para(b.text, { before: 60 }));
        break;
      case "bullets":
        for (const item of b.items) children.push(para(`- ${item}`, { after: 60 }));
        break;
      case "table":
        children.push(dataTable(b, landscape ? ANNEX_TABLE : TABLE, textWidth(landscape)));
        children.push(para("", { after: 60 }));
        break;
      case "signature":
        children.push(para("", { before: 240, after: 0 }));
        children.push(signatureTable(b.position, b.name, textWidth(landscape)));
        break;
      case "landscape":
        sections.push(section(children, landscape));
        children = [];
        landscape = true;
        break;
    }
  }
  sections.push(section(children, landscape));
  return new Document({
    creator: "cchc",
    title: model.title,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections,
  });
}

/** The .docx bytes. Async: the library zips asynchronously. */
export async function renderReportDocx(model: ReportModel): Promise<Uint8Array> {
  const buffer = await Packer.toArrayBuffer(reportDocument(model));
  return new Uint8Array(buffer);
}
