export * from "./service";
export { App, type AppProps } from "./app/App";
export type { PanelId } from "./app/TabBar";
export { mountScoringApp } from "./mount";
export { VI_STRINGS, type Strings } from "./i18n/strings";
export { loadStrings } from "./i18n/load-strings";
export type {
  HandOutDriver,
  HandOutFailure,
  HandOutOutcome,
  HandOutProgress,
} from "./panels/hand-out/hand-out-driver";
