/** The golden files read into grids with the same guarded reader the cli and the Excel pane use. */
import type { Grid } from "@cchc/scoring-core";
import type { WorkbookRead } from "@cchc/scoring-core/workflow";
import { readWorkbookGrids } from "@cchc/xlsx-grid";
import * as XLSX from "@e965/xlsx";
import type { GoldenFile } from "./files";

export function readGolden(bytes: Uint8Array): WorkbookRead {
  return readWorkbookGrids(bytes, XLSX);
}

/** A golden file's sheets (throws if the committed file cannot be read: the fixture is broken). */
export function goldenGrids(file: GoldenFile): Grid[] {
  const read = readGolden(new Uint8Array(file.data));
  if (!read.ok) throw new Error(`${file.name}: ${read.message.en}`);
  return read.grids;
}
