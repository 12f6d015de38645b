/**
 * The ribbon's "Kiểm tra" button (ExecuteFunction): checks the scoring sheet with the saved
 * settings, marks the problem cells and refreshes the results sheet, without opening the pane.
 * A function command has no UI of its own, so the outcome — and above all a failure, in the
 * pane's own words — is told in a small dialog (notice.html, ES5, text only).
 */
import { createExcelService } from "../service/create";
import { noticeUrl } from "./notice-url";
import { runQuickCheck } from "./quick-check";

function tell(ok: boolean, message: string, done: () => void): void {
  Office.context.ui.displayDialogAsync(
    noticeUrl(window.location.href, ok, message),
    { height: 25, width: 35, displayInIframe: true },
    () => done(),
  );
}

Office.onReady(() => {
  Office.actions.associate("validateSheet", (event: Office.AddinCommands.Event) => {
    runQuickCheck(createExcelService())
      .then((r) => new Promise<void>((resolve) => tell(r.ok, r.message, resolve)))
      .catch(() => undefined)
      .finally(() => event.completed());
  });
});
