/**
 * A native DrawingML line chart (CT_LineChart): one series per table row, the categories (years)
 * from a header row. Hand-written from the schema like the bar chart, children in schema order and
 * caches included so viewers draw it before any recalculation; a missing figure is a gap, never 0.
 */
import { absoluteCell, absoluteRowRange } from "./sheet-xml";
import type { XlsxLineChart } from "./xlsx-sheet";
import { XML_HEADER, xmlText } from "./xml";

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const CAT_AXIS = 500300;
const VAL_AXIS = 500400;

/** Ten distinguishable colours (printed in colour or not: markers differ too). */
const COLOURS = [
  "2F5597",
  "C00000",
  "548235",
  "BF8F00",
  "7030A0",
  "00B0F0",
  "FF6600",
  "808080",
  "FF3399",
  "003300",
];
const MARKERS = [
  "circle",
  "square",
  "diamond",
  "triangle",
  "x",
  "star",
  "circle",
  "square",
  "diamond",
  "triangle",
];

function title(text: string): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="vi-VN" sz="1400" b="1"/><a:t>${xmlText(text)}</a:t></a:r></a:p></c:rich></c:tx>` +
    '<c:overlay val="0"/></c:title>'
  );
}

export function lineChartXml(chart: XlsxLineChart, sheetName: string): string {
  const n = chart.toCol - chart.fromCol + 1;
  const format = chart.numberFormat ?? "0";
  const catRef = absoluteRowRange(sheetName, chart.categoriesRow, chart.fromCol, chart.toCol);
  const catPts = chart.categories
    .slice(0, n)
    .map((c, i) => `<c:pt idx="${i}"><c:v>${xmlText(c)}</c:v></c:pt>`)
    .join("");
  const series = chart.series
    .map((s, k) => {
      const colour = COLOURS[k % COLOURS.length]!;
      const marker = MARKERS[k % MARKERS.length]!;
      const pts = s.values
        .slice(0, n)
        .map((v, i) => (v === null || !Number.isFinite(v) ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`))
        .join("");
      const valRef = absoluteRowRange(sheetName, s.row, chart.fromCol, chart.toCol);
      const nameRef = absoluteCell(sheetName, s.row, chart.nameCol);
      return (
        `<c:ser><c:idx val="${k}"/><c:order val="${k}"/>` +
        `<c:tx><c:strRef><c:f>${xmlText(nameRef)}</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${xmlText(s.name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>` +
        `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill><a:round/></a:ln></c:spPr>` +
        `<c:marker><c:symbol val="${marker}"/><c:size val="7"/><c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill>` +
        `<a:ln><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></a:ln></c:spPr></c:marker>` +
        `<c:cat><c:strRef><c:f>${xmlText(catRef)}</c:f><c:strCache><c:ptCount val="${n}"/>${catPts}</c:strCache></c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${xmlText(valRef)}</c:f><c:numCache><c:formatCode>${xmlText(format)}</c:formatCode><c:ptCount val="${n}"/>${pts}</c:numCache></c:numRef></c:val>` +
        '<c:smooth val="0"/></c:ser>'
      );
    })
    .join("");
  const bounds =
    (chart.axisMax !== undefined ? `<c:max val="${chart.axisMax}"/>` : "") +
    (chart.axisMin !== undefined ? `<c:min val="${chart.axisMin}"/>` : "");
  return (
    XML_HEADER +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    '<c:roundedCorners val="0"/>' +
    "<c:chart>" +
    title(chart.title) +
    '<c:autoTitleDeleted val="0"/>' +
    "<c:plotArea><c:layout/>" +
    '<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>' +
    series +
    `<c:marker val="1"/><c:axId val="${CAT_AXIS}"/><c:axId val="${VAL_AXIS}"/></c:lineChart>` +
    `<c:catAx><c:axId val="${CAT_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    '<c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/>' +
    `<c:minorTickMark val="none"/><c:tickLblPos val="low"/><c:crossAx val="${VAL_AXIS}"/><c:crosses val="autoZero"/>` +
    '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    `<c:valAx><c:axId val="${VAL_AXIS}"/><c:scaling><c:orientation val="minMax"/>${bounds}</c:scaling>` +
    `<c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="${xmlText(format)}" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${CAT_AXIS}"/>` +
    '<c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>' +
    "</c:plotArea>" +
    '<c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend>' +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    "</c:chart>" +
    '<c:printSettings><c:headerFooter/><c:pageMargins b="0.75" l="0.7" r="0.7" t="0.75" header="0.3" footer="0.3"/><c:pageSetup/></c:printSettings>' +
    "</c:chartSpace>"
  );
}
