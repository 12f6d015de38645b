/** What the ribbon's "Kiểm tra" does, host-free so tests run it over the fake. */
import { ServiceError, type ScoringService } from "@cchc/scoring-core/workflow";

export interface QuickCheckResult {
  ok: boolean;
  /** The results sheet written (null on failure). */
  sheet: string | null;
  /** The sheet that was checked, where the user is left. */
  checked: string | null;
  errors: number;
  /** What the ribbon tells the user: the outcome, or the pane's own error message and hint. */
  message: string;
}

export async function runQuickCheck(service: ScoringService): Promise<QuickCheckResult> {
  let vi = true;
  try {
    const settings = await service.loadSettings();
    vi = settings.lang === "vi";
    const report = await service.validate(settings);
    if (service.capabilities().marks) await service.markIssues(report);
    const { sheet } = await service.writeResults(report);
    // Stay on the checked sheet, at the first problem: never leave the user on the tool's
    // results sheet unannounced (a second click would then check the results sheet).
    const first = report.issues.find(
      (i) => i.severity !== "info" && i.cell && (i.sheet ?? report.sheet) === report.sheet,
    );
    await service.selectCell(report.sheet, first?.cell ?? "A1");
    const { error, warning } = report.counts;
    const message = vi
      ? `Đã kiểm tra trang “${report.sheet}”: ${error} lỗi, ${warning} cảnh báo. Danh sách chi tiết ở trang “${sheet}”.`
      : `Checked “${report.sheet}”: ${error} errors, ${warning} warnings. The full list is on the “${sheet}” sheet.`;
    return { ok: true, sheet, checked: report.sheet, errors: error, message };
  } catch (e) {
    // The same words the pane shows (message, then its hint), for the ribbon's dialog.
    const text = e instanceof Error ? e.message : String(e);
    const hint = e instanceof ServiceError && e.hint ? `\n${e.hint}` : "";
    return {
      ok: false,
      sheet: null,
      checked: null,
      errors: 0,
      message: `${text}${hint}` || (vi ? "Lỗi không rõ." : "Unknown error."),
    };
  }
}
