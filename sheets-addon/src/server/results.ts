/** The tool-owned results sheet for one unit, laid out by the core. */
import { resultsSheet, ValidationReportSchema } from "@cchc/scoring-core";
import type { WriteResultsReply } from "../shared/rpc";
import { AddonError } from "../shared/errors";
import { activeBook } from "./book";
import { withDocumentLock } from "./lock";
import type { Services } from "./services";
import { writeToolSheet } from "./tool-sheet";

export function writeResults(svc: Services, input: unknown): WriteResultsReply {
  const parsed = ValidationReportSchema.safeParse(input);
  if (!parsed.success) throw new AddonError("report-invalid");
  const report = parsed.data;
  const block = resultsSheet(report, report.lang);
  const book = activeBook(svc);
  return withDocumentLock(svc, () => writeToolSheet(svc, book, block, "results"));
}
