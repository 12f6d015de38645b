import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReportIssue as Issue } from "./report-in-lang";
import { useI18n } from "../../i18n/lang-context";

const useStyles = makeStyles({
  row: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "baseline",
    width: "100%",
    textAlign: "left",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    background: "transparent",
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    fontSize: tokens.fontSizeBase200,
    minWidth: 0,
  },
  clickable: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  cell: {
    flexShrink: 0,
    minWidth: "3.2em",
    fontFamily: tokens.fontFamilyMonospace,
    color: tokens.colorBrandForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  message: { minWidth: 0, overflowWrap: "anywhere" },
});

/** One issue: its cell and message; a keyboard-reachable button when it has a cell to go to. */
export function IssueRow({ issue, onSelect }: { issue: Issue; onSelect: (issue: Issue) => void }) {
  const c = useStyles();
  const { s } = useI18n();
  const body = (
    <>
      <span className={c.cell}>{issue.cell ?? "—"}</span>
      <span className={c.message}>{issue.message}</span>
    </>
  );
  if (issue.cell === null) {
    return (
      <div className={c.row} data-testid="issue">
        {body}
      </div>
    );
  }
  return (
    <button
      type="button"
      className={mergeClasses(c.row, c.clickable)}
      title={s.check.goToCell(issue.cell)}
      onClick={() => onSelect(issue)}
      data-testid="issue"
      data-cell={issue.cell}
    >
      {body}
    </button>
  );
}
