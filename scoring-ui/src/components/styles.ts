import { makeStyles, tokens } from "@fluentui/react-components";

/** Shared layout for panes 300–450 px wide: one column, nothing wider than the pane. */
export const usePanelStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
    // A native select is as wide as its longest option: keep it inside the pane.
    "& .fui-Select": { maxWidth: "100%", minWidth: 0 },
    "& .fui-Select__select": { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
    "& .fui-Input": { maxWidth: "100%", minWidth: 0 },
  },
  intro: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  busy: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  heading: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: 0,
  },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  table: {
    width: "100%",
    borderCollapse: "collapse",
    tableLayout: "fixed",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": {
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    },
    // Numbers stay on one line; headers and cells marked data-wrap (titles, unit names) wrap.
    "& td": { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
    "& td[data-wrap]": { whiteSpace: "normal", overflowWrap: "anywhere" },
    "& [data-num]": { textAlign: "right", fontVariantNumeric: "tabular-nums" },
    "& th": {
      overflowWrap: "anywhere",
      verticalAlign: "bottom",
      textAlign: "left",
      fontWeight: tokens.fontWeightSemibold,
      color: tokens.colorNeutralForeground2,
    },
  },
  totalRow: { fontWeight: tokens.fontWeightSemibold },
});
