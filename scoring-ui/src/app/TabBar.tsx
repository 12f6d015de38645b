import { makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import {
  ChatHelpRegular,
  DataBarVerticalRegular,
  DocumentTableRegular,
  SettingsRegular,
  ShareRegular,
  TableAddRegular,
  TaskListLtrRegular,
} from "@fluentui/react-icons";
import type { ReactElement } from "react";
import { useI18n } from "../i18n/lang-context";

export type PanelId = "check" | "results" | "template" | "handout" | "consolidate" | "settings" | "appraisal";

const ICONS: Record<PanelId, ReactElement> = {
  check: <TaskListLtrRegular />,
  results: <DocumentTableRegular />,
  template: <TableAddRegular />,
  handout: <ShareRegular />,
  consolidate: <DataBarVerticalRegular />,
  settings: <SettingsRegular />,
  appraisal: <ChatHelpRegular />,
};

// Icon above a short label so five or six tabs fit a 300 px pane without scrolling sideways.
const useStyles = makeStyles({
  list: {
    display: "grid",
    gridAutoFlow: "column",
    gridAutoColumns: "minmax(0, 1fr)",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  // Fluent's Tab is a grid with the icon in column 1 and the label in column 2: put the label
  // in row 2 instead (the hidden bold copy that reserves width follows it).
  tab: {
    gridAutoFlow: "row",
    justifyItems: "center",
    rowGap: "2px",
    minWidth: 0,
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXXS,
    "& .fui-Tab__content, & .fui-Tab__content--reserved-space": {
      gridColumnStart: 1,
      gridRowStart: 2,
      fontSize: tokens.fontSizeBase200,
      lineHeight: tokens.lineHeightBase200,
      // Six tabs (the Sở's sidebar) leave ≈ 48 px each: a two-word label wraps onto two lines
      // rather than being cut ("Phát …"); five tabs fit on one line as before.
      whiteSpace: "normal",
      textAlign: "center",
      overflowWrap: "normal",
      maxWidth: "100%",
    },
  },
});

export function TabBar({
  panels,
  selected,
  onSelect,
}: {
  panels: PanelId[];
  selected: PanelId;
  onSelect: (id: PanelId) => void;
}) {
  const { s } = useI18n();
  const c = useStyles();
  return (
    <TabList
      className={c.list}
      size="small"
      selectedValue={selected}
      onTabSelect={(_, d) => onSelect(d.value as PanelId)}
    >
      {panels.map((id) => (
        <Tab
          key={id}
          value={id}
          icon={ICONS[id]}
          className={c.tab}
          title={s.tabs[id]}
          data-testid={`tab-${id}`}
        >
          {s.tabs[id]}
        </Tab>
      ))}
    </TabList>
  );
}
