/**
 * The ribbon's "Kiểm tra" button (ExecuteFunction): checks the scoring sheet with the saved
 * settings, marks the problem cells and refreshes the results sheet, without opening the pane.
 */
import { createExcelService } from "../service/create";
import { runQuickCheck } from "./quick-check";

Office.onReady(() => {
  Office.actions.associate("validateSheet", (event: Office.AddinCommands.Event) => {
    runQuickCheck(createExcelService()).finally(() => event.completed());
  });
});
