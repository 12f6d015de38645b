/**
 * A native DrawingML clustered bar chart (one series: the index by unit) and the drawing part
 * that anchors it in a sheet. No JS library writes charts, so these are hand-written from the
 * schema (CT_ChartSpace, CT_BarChart); children are in schema order, caches included so viewers
 * show the chart before any recalculation.
 */
import { absoluteColumnRange } from "./sheet-xml";
import { lineChartXml } from "./line-chart-xml";
import type { XlsxBarChart, XlsxChart } from "./xlsx-sheet";
import { XML_HEADER, xmlText } from "./xml";

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

const CAT_AXIS = 500100;
const VAL_AXIS = 500200;

function richText(text: string, bold: boolean): string {
  return (
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="${bold ? 1 : 0}"/></a:pPr>` +
    `<a:r><a:rPr lang="vi-VN" sz="1400" b="${bold ? 1 : 0}"/><a:t>${xmlText(text)}</a:t></a:r></a:p></c:rich></c:tx>`
  );
}

/** The chart part for a sheet's chart, bar or line. */
export function chartXml(chart: XlsxChart, sheetName: string): string {
  return "kind" in chart ? lineChartXml(chart, sheetName) : barChartXml(chart, sheetName);
}

function barChartXml(chart: XlsxBarChart, sheetName: string): string {
  const n = chart.toRow - chart.fromRow + 1;
  const catRef = absoluteColumnRange(sheetName, chart.categoriesCol, chart.fromRow, chart.toRow);
  const valRef = absoluteColumnRange(sheetName, chart.valuesCol, chart.fromRow, chart.toRow);
  const catPts = chart.categories
    .slice(0, n)
    .map((c, i) => `<c:pt idx="${i}"><c:v>${xmlText(c)}</c:v></c:pt>`)
    .join("");
  const valPts = chart.values
    .slice(0, n)
    .map((v, i) => (v === null || !Number.isFinite(v) ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`))
    .join("");
  const series =
    "<c:ser>" +
    '<c:idx val="0"/><c:order val="0"/>' +
    `<c:tx><c:v>${xmlText(chart.seriesName)}</c:v></c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="2F5597"/></a:solidFill></c:spPr>` +
    '<c:invertIfNegative val="0"/>' +
    `<c:dLbls><c:numFmt formatCode="${xmlText(chart.numberFormat ?? "0.00")}" sourceLinked="0"/>` +
    "<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>" +
    '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/>' +
    '<c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>' +
    `<c:cat><c:strRef><c:f>${xmlText(catRef)}</c:f><c:strCache><c:ptCount val="${n}"/>${catPts}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${xmlText(valRef)}</c:f><c:numCache><c:formatCode>${xmlText(chart.numberFormat ?? "0.00")}</c:formatCode><c:ptCount val="${n}"/>${valPts}</c:numCache></c:numRef></c:val>` +
    "</c:ser>";
  return (
    XML_HEADER +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    '<c:roundedCorners val="0"/>' +
    "<c:chart>" +
    `<c:title>${richText(chart.title, true)}<c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/>' +
    "<c:plotArea><c:layout/>" +
    '<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
    series +
    `<c:gapWidth val="60"/><c:axId val="${CAT_AXIS}"/><c:axId val="${VAL_AXIS}"/></c:barChart>` +
    // Categories top to bottom in sheet order (the ranking order), so the axis runs max→min.
    `<c:catAx><c:axId val="${CAT_AXIS}"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/>` +
    '<c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/>' +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${VAL_AXIS}"/><c:crosses val="autoZero"/>` +
    '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    `<c:valAx><c:axId val="${VAL_AXIS}"/><c:scaling><c:orientation val="minMax"/><c:max val="100"/><c:min val="0"/></c:scaling>` +
    '<c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/><c:numFmt formatCode="0" sourceLinked="0"/>' +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${CAT_AXIS}"/>` +
    '<c:crosses val="max"/><c:crossBetween val="between"/><c:majorUnit val="10"/></c:valAx>' +
    "</c:plotArea>" +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    "</c:chart>" +
    '<c:printSettings><c:headerFooter/><c:pageMargins b="0.75" l="0.7" r="0.7" t="0.75" header="0.3" footer="0.3"/><c:pageSetup/></c:printSettings>' +
    "</c:chartSpace>"
  );
}

export function drawingXml(chart: XlsxChart, chartRelId: string): string {
  const { fromRow, fromCol, toRow, toCol } = chart.anchor;
  const marker = (tag: string, col: number, row: number): string =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    XML_HEADER +
    `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}">` +
    "<xdr:twoCellAnchor>" +
    marker("from", fromCol, fromRow) +
    marker("to", toCol, toRow) +
    '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="${chartRelId}"/></a:graphicData></a:graphic>` +
    "</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>"
  );
}
