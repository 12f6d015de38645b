import { usePanelStyles } from "../../components/styles";
import { useI18n } from "../../i18n/lang-context";
import type { CriteriaSetSummary } from "../../service";

/** Which criteria set checks use: its name, year, where it is kept and the decision that issued it. */
export function SetInUse({ set }: { set: CriteriaSetSummary | null }) {
  const { s } = useI18n();
  const c = usePanelStyles();
  if (!set)
    return (
      <div className={c.muted} data-testid="set-in-use">
        {s.importSet.none}
      </div>
    );
  const origin = set.stored ? s.importSet.stored : set.sample ? s.importSet.sample : null;
  return (
    <div className={c.section} data-testid="set-in-use">
      <div className={c.muted}>{s.importSet.inUse}</div>
      <div data-testid="set-in-use-name">
        {set.name} ({set.year}){origin ? ` — ${origin}` : ""}
      </div>
      <div className={c.muted} data-testid="set-in-use-decision">
        {set.decision ? `${s.importSet.decision}: ${set.decision}` : s.importSet.noDecision}
      </div>
    </div>
  );
}
