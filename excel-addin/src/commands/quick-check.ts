/** What the ribbon's "Kiểm tra" does, host-free so tests run it over the fake. */
import type { ScoringService } from "@cchc/scoring-core/workflow";

export interface QuickCheckResult {
  ok: boolean;
  sheet: string | null;
  errors: number;
  message: string | null;
}

export async function runQuickCheck(service: ScoringService): Promise<QuickCheckResult> {
  try {
    const settings = await service.loadSettings();
    const report = await service.validate(settings);
    if (service.capabilities().marks) await service.markIssues(report);
    const { sheet } = await service.writeResults(report);
    await service.selectCell(sheet, "A1");
    return { ok: true, sheet, errors: report.counts.error, message: null };
  } catch (e) {
    // A ribbon command has no UI of its own: the pane shows the same error when opened.
    return { ok: false, sheet: null, errors: 0, message: e instanceof Error ? e.message : String(e) };
  }
}
