export { FakeExcelHost, FakeSettings, FakeRequestContext } from "./host";
export { WorkbookModel, SheetModel, parseRect, rectA1, type Rect } from "./model";
export { FakeOfficeError } from "./errors";
