import { makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { useAppState } from "../../app/app-context";
import { usePanelStyles } from "../../components/styles";
import { useI18n } from "../../i18n/lang-context";
import type { SetPlanLine } from "../../service";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
  error: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/**
 * Before Tổng hợp: the core's line per unit type saying which criteria set its units will be
 * scored on, and an error line for a type with none. The host decides (consolidationSetPlan);
 * this only shows what it answers. A host that cannot say shows nothing.
 */
export function SetPlanView() {
  const { service } = useAppState();
  const { s } = useI18n();
  const c = usePanelStyles();
  const x = useStyles();
  const [lines, setLines] = useState<SetPlanLine[] | null>(null);
  useEffect(() => {
    let live = true;
    // A failure here must not block the run: the run itself reports what went wrong.
    service.consolidationSetPlan?.().then(
      (l) => live && setLines(l),
      () => live && setLines(null),
    );
    return () => {
      live = false;
    };
  }, [service]);
  if (!lines || lines.length === 0) return null;
  return (
    <section className={c.section} data-testid="set-plan">
      <h2 className={c.heading}>{s.consolidate.setPlanTitle}</h2>
      <ul className={x.list}>
        {lines.map((l, i) => (
          <li
            key={`${l.unitType ?? ""}-${i}`}
            data-severity={l.severity}
            data-unit-type={l.unitType ?? ""}
            className={l.severity === "error" ? x.error : l.severity === "warning" ? x.warning : undefined}
            role={l.severity === "error" ? "alert" : undefined}
          >
            {l.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
