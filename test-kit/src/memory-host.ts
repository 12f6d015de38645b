/** The reference host: the core's WorkflowService over its in-memory workbook. */
import type { Grid } from "@cchc/scoring-core";
import { MemoryWorkbook, ServiceError, WorkflowService } from "@cchc/scoring-core/workflow";
import type { ContractHost, ContractWorkbook } from "./workflow-contract";

export function memoryHost(): ContractHost & { last: MemoryWorkbook | null } {
  const host = {
    last: null as MemoryWorkbook | null,
    open(sheets: Grid[], active: string): ContractWorkbook {
      const workbook = new MemoryWorkbook(sheets, { active });
      host.last = workbook;
      const service = new WorkflowService(workbook, {
        host: "demo",
        displayLanguage: "vi-VN",
        capabilities: () => ({
          consolidateFiles: true,
          consolidateUnits: false,
          templates: true,
          marks: true,
        }),
      });
      return {
        validate: (settings) => service.validate(settings),
        writeResults: (report) => service.writeResults(report),
        appraisalItems: (settings) => service.appraisalItems(settings),
        activate: (sheet) => workbook.activate(sheet),
        errorCode: (e) => (e instanceof ServiceError ? e.code : String(e)),
      };
    },
  };
  return host;
}
