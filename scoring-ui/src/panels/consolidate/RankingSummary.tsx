import { rankText, type RankingReport } from "@cchc/scoring-core";
import { makeStyles, tokens } from "@fluentui/react-components";
import { usePanelStyles } from "../../components/styles";
import { useI18n } from "../../i18n/lang-context";
import { UnitStanding } from "./UnitStanding";

const TOP = 5;
/** Issues each unit's row already says (its reason under the unit). */
const SHOWN_PER_UNIT = new Set(["survey-missing"]);

const useStyles = makeStyles({
  failed: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
});

/**
 * The top rows of each group's ranking (and every unit held out or provisional, with its reason),
 * each unit's appraisal status and survey points, the files that failed, the consolidation's
 * issues (never hidden: a set that scored no unit is an error the user sees) and the sheets written.
 */
export function RankingSummary({ ranking, sheets }: { ranking: RankingReport; sheets: string[] }) {
  const { s, num, pct, lang } = useI18n();
  const c = usePanelStyles();
  const x = useStyles();
  // A set that scored no unit, survey data that matched none, a unit in two files: errors first.
  const issues = ranking.issues
    .filter((i) => !SHOWN_PER_UNIT.has(i.code))
    .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
  return (
    <div className={c.section} data-testid="ranking">
      {ranking.groups.map((g) => (
        <section key={g.group} className={c.section}>
          <h2 className={c.heading}>{s.consolidate.group(g.group, num(g.rows.length, 0))}</h2>
          <table className={c.table}>
            <colgroup>
              <col style={{ width: "3.2em" }} />
              <col />
              <col style={{ width: "5.2em" }} />
              <col style={{ width: "5.4em" }} />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">{s.consolidate.colRank}</th>
                <th scope="col">{s.consolidate.colUnit}</th>
                <th scope="col" data-num>
                  {s.consolidate.colIndex}
                </th>
                <th scope="col">{s.consolidate.colClass}</th>
              </tr>
            </thead>
            <tbody>
              {g.rows
                .filter((r, i) => i < TOP || r.status !== "ranked")
                .map((r) => (
                  <tr key={`${r.rank}-${r.unit}`} data-status={r.status}>
                    <td>{rankText(r)}</td>
                    <td data-wrap title={r.unit}>
                      {r.unit}
                      <UnitStanding row={r} />
                    </td>
                    <td data-num>{pct(r.index)}</td>
                    <td data-wrap>{(lang === "en" ? r.classificationEn : r.classification) ?? "—"}</td>
                  </tr>
                ))}
            </tbody>
          </table>
          {g.rows.filter((r, i) => i >= TOP && r.status === "ranked").length > 0 ? (
            <div className={c.muted}>
              {s.consolidate.more(num(g.rows.filter((r, i) => i >= TOP && r.status === "ranked").length, 0))}
            </div>
          ) : null}
        </section>
      ))}
      {ranking.failed.length > 0 ? (
        <section className={c.section} data-testid="failed">
          <h2 className={c.heading}>{s.consolidate.failedTitle(num(ranking.failed.length, 0))}</h2>
          <ul className={x.failed}>
            {ranking.failed.map((f) => (
              <li key={f.file}>
                <strong>{f.file}</strong>: {f.error}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {issues.length > 0 ? (
        <section className={c.section} data-testid="consolidation-issues">
          <h2 className={c.heading}>{s.consolidate.issuesTitle(num(issues.length, 0))}</h2>
          <ul className={x.failed}>
            {issues.map((i, n) => (
              <li key={n} data-code={i.code} data-severity={i.severity}>
                {i.message} <code>{i.code}</code>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {sheets.length > 0 ? (
        <div className={c.muted}>
          {s.consolidate.sheetsWritten} {sheets.map((n) => `“${n}”`).join(", ")}
        </div>
      ) : null}
    </div>
  );
}
