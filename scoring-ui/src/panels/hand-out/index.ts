/**
 * `@cchc/scoring-ui/hand-out`: the Phát bảng panel, for the one host that hands tables out (the
 * Sheets province edition). A subpath, so the other panes never bundle it.
 */
import { createElement, type ReactElement } from "react";
import type { HandOutDriver } from "./hand-out-driver";
import { HandOutPanel } from "./HandOutPanel";

export type { HandOutDriver, HandOutFailure, HandOutOutcome, HandOutProgress } from "./hand-out-driver";
export { HandOutPanel } from "./HandOutPanel";

/** The panel over a host's driver, ready for the App's `handOut` prop. */
export function handOutPanel(driver: HandOutDriver): ReactElement {
  return createElement(HandOutPanel, { driver });
}
