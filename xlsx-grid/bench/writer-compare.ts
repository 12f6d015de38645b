/**
 * The writer decision's figures (docs/xlsx-writer.md): the same ranking sheet (4,556 units ×
 * 15 columns, styled header, 2-decimal numbers, A4 landscape fit to width, repeated titles, one
 * bar chart) written by xlsx-grid's writer and by wasm-xlsxwriter. wasm-xlsxwriter is not a
 * dependency: install it without saving to run this, then compare the files in LibreOffice.
 *
 *   npm i --no-save wasm-xlsxwriter@0.13.1
 *   npx tsx xlsx-grid/bench/writer-compare.ts <out-dir>
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { writeWorkbook, type XlsxCell, type XlsxSheet } from "../src/write/index";

const UNITS = 4556;
const HEADER = [
  "STT",
  "Đơn vị",
  "Điểm tự đánh giá",
  "Điểm thẩm định (77,5)",
  "Điểm ĐTXHH (22,5)",
  "Thưởng",
  "Trừ",
  "Tổng (100)",
  "Tối đa",
  "Chỉ số (%)",
  "Hạng",
  "Xếp loại",
  "Lỗi",
  "Cảnh báo",
  "Tệp",
];
const WIDTHS = [6, 36, 12, 12, 12, 10, 10, 10, 10, 11, 7, 14, 7, 9, 30];

function data(): (string | number)[][] {
  const rows: (string | number)[][] = [];
  for (let i = 0; i < UNITS; i++) {
    const a = 50 + ((i * 37) % 2750) / 100;
    const s = 10 + ((i * 13) % 1250) / 100;
    rows.push([
      i + 1,
      `UBND xã Số ${i + 1}`,
      a + 1,
      a,
      s,
      0.5,
      0,
      a + s + 0.5,
      100,
      a + s + 0.5,
      i + 1,
      "Khá",
      0,
      1,
      `xa-${i + 1}.xlsx`,
    ]);
  }
  return rows;
}

function ours(rows: (string | number)[][]): Uint8Array {
  const cells: (XlsxCell | null)[][] = [
    HEADER.map((h) => ({
      value: h,
      style: { bold: true, wrap: true, fill: "header", border: true, horizontal: "center" },
    })),
    ...rows.map((r) =>
      r.map((v, c) => ({ value: v, style: c >= 2 && c <= 9 ? { numberFormat: "0.00" } : {} })),
    ),
  ];
  const sheet: XlsxSheet = {
    name: "Xếp hạng",
    rows: cells,
    columnWidths: WIDTHS,
    frozenRows: 1,
    printTitleRows: { from: 0, to: 0 },
    chart: {
      title: "Chỉ số CCHC",
      seriesName: "Chỉ số (%)",
      categoriesCol: 1,
      valuesCol: 9,
      fromRow: 1,
      toRow: UNITS,
      categories: rows.map((r) => String(r[1])),
      values: rows.map((r) => Number(r[9])),
      anchor: { fromRow: 0, fromCol: 16, toRow: 30, toCol: 26 },
    },
  };
  return writeWorkbook([sheet], { created: new Date("2026-01-01T00:00:00Z") });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- optional, untyped dependency
async function theirs(rows: (string | number)[][], W: any): Promise<Uint8Array> {
  const wb = new W.Workbook();
  const ws = wb.addWorksheet().setName("Xếp hạng");
  const head = new W.Format()
    .setBold()
    .setTextWrap()
    .setAlign(W.FormatAlign.Center)
    .setBorder(W.FormatBorder.Thin)
    .setBackgroundColor(W.Color.rgb(0xd9e1f2));
  const num = new W.Format().setNumFormat("0.00");
  HEADER.forEach((h, c) => ws.writeStringWithFormat(0, c, h, head));
  WIDTHS.forEach((w, c) => ws.setColumnWidth(c, w));
  rows.forEach((r, i) =>
    r.forEach((v, c) => {
      if (typeof v === "string") ws.writeString(i + 1, c, v);
      else if (c >= 2 && c <= 9) ws.writeNumberWithFormat(i + 1, c, v, num);
      else ws.writeNumber(i + 1, c, v);
    }),
  );
  ws.setFreezePanes(1, 0);
  ws.setPaperSize(9);
  ws.setLandscape();
  ws.setPrintFitToPages(1, 0);
  ws.setRepeatRows(0, 0);
  const chart = new W.Chart(W.ChartType.Bar);
  // Builder methods here borrow the object: call them one by one, not chained.
  const series = new W.ChartSeries();
  series.setName("Chỉ số (%)");
  series.setCategories(W.ChartRange.newFromRange("Xếp hạng", 1, 1, UNITS, 1));
  series.setValues(W.ChartRange.newFromRange("Xếp hạng", 1, 9, UNITS, 9));
  chart.pushSeries(series);
  ws.insertChart(0, 16, chart);
  return wb.saveToBufferSync();
}

async function main(): Promise<void> {
  const out = process.argv[2] ?? "writer-compare";
  mkdirSync(out, { recursive: true });
  const rows = data();
  const t0 = performance.now();
  const a = ours(rows);
  const t1 = performance.now();
  const name = "wasm-xlsxwriter";
  const l0 = performance.now();
  const W = (await import(name)) as unknown;
  const l1 = performance.now();
  const b = await theirs(rows, W);
  const t2 = performance.now();
  // A second run each, warm.
  const w0 = performance.now();
  ours(rows);
  const w1 = performance.now();
  await theirs(rows, W);
  const w2 = performance.now();
  writeFileSync(join(out, "ours.xlsx"), a);
  writeFileSync(join(out, "wasm.xlsx"), b);
  console.log(
    JSON.stringify(
      {
        units: UNITS,
        ours: { bytes: a.length, firstMs: Math.round(t1 - t0), warmMs: Math.round(w1 - w0) },
        wasm: {
          bytes: b.length,
          loadMs: Math.round(l1 - l0),
          firstMs: Math.round(t2 - l1),
          warmMs: Math.round(w2 - w1),
        },
      },
      null,
      2,
    ),
  );
}

void main();
