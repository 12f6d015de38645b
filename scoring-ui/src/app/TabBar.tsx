import { makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import {
  DataBarVerticalRegular,
  DocumentTableRegular,
  SettingsRegular,
  TableAddRegular,
  TaskListLtrRegular,
} from "@fluentui/react-icons";
import type { ReactElement } from "react";
import { useI18n } from "../i18n/lang-context";

export type PanelId = "check" | "results" | "template" | "consolidate" | "settings";

const ICONS: Record<PanelId, ReactElement> = {
  check: <TaskListLtrRegular />,
  results: <DocumentTableRegular />,
  template: <TableAddRegular />,
  consolidate: <DataBarVerticalRegular />,
  settings: <SettingsRegular />,
};

// Icon above a short label so five tabs fit a 300 px pane without scrolling sideways.
const useStyles = makeStyles({
  list: {
    display: "grid",
    gridAutoFlow: "column",
    gridAutoColumns: "minmax(0, 1fr)",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  tab: {
    flexDirection: "column",
    justifyContent: "center",
    gap: 0,
    minWidth: 0,
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXXS,
    "& .fui-Tab__content": {
      fontSize: tokens.fontSizeBase200,
      lineHeight: tokens.lineHeightBase200,
      whiteSpace: "nowrap",
      overflow: "hidden",
      textOverflow: "ellipsis",
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
        <Tab key={id} value={id} icon={ICONS[id]} className={c.tab} data-testid={`tab-${id}`}>
          {s.tabs[id]}
        </Tab>
      ))}
    </TabList>
  );
}
