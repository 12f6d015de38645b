import { DEFAULT_SETTINGS, type Settings } from "@cchc/scoring-core";
import { readWorkbookGrids } from "@cchc/xlsx-grid";
import * as XLSX from "@e965/xlsx";
import { OfficePort } from "../../src/host/office-port";
import { ExcelScoringService } from "../../src/service/excel-scoring-service";
import { FakeExcelHost } from "../fake-excel";
import type { WorkbookOptions } from "../fake-excel/model";

export function setup(options: WorkbookOptions & { displayLanguage?: string } = {}) {
  const host = new FakeExcelHost(options);
  const port = new OfficePort(host.env());
  const service = new ExcelScoringService(port, {
    displayLanguage: options.displayLanguage ?? "vi-VN",
    loadReader: async () => ({ xlsx: XLSX, read: readWorkbookGrids }),
  });
  /** Syncs taken by one action. */
  const syncsOf = async <T>(action: () => Promise<T>): Promise<{ result: T; syncs: number }> => {
    const before = host.model.syncs;
    const result = await action();
    return { result, syncs: host.model.syncs - before };
  };
  return { host, port, service, syncsOf };
}

export function settings(patch: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, ...patch };
}
