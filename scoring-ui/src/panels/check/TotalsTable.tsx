import type { ValidationReport } from "@cchc/scoring-core";
import { useI18n } from "../../i18n/lang-context";
import { usePanelStyles } from "../../components/styles";

/** Per-field totals against the maximum, as the core computed them. */
export function TotalsTable({ report }: { report: ValidationReport }) {
  const { s, num, pct } = useI18n();
  const c = usePanelStyles();
  const fields = report.nodes.filter((n) => n.level === "field" && n.section === "main");
  const { totals } = report;
  // No appraisal round has a number: the appraised column says so, never repeats the self-scores.
  const appraised = totals.appraisalRound > 0;
  const st = s.standing;
  return (
    <section className={c.section} aria-labelledby="totals-title">
      <h2 id="totals-title" className={c.heading}>
        {s.check.totalsTitle}
      </h2>
      <table className={c.table} data-testid="totals">
        <colgroup>
          <col />
          <col style={{ width: "3.6em" }} />
          <col style={{ width: "4.6em" }} />
          <col style={{ width: "5.6em" }} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{s.check.colField}</th>
            <th scope="col" data-num>
              {s.check.colMax}
            </th>
            <th scope="col" data-num>
              {s.check.colSelf}
            </th>
            <th scope="col" data-num>
              {s.check.colAppraised}
            </th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => (
            <tr key={f.code}>
              <td data-wrap title={`${f.code}. ${f.title}`}>
                {f.code}. {f.title}
              </td>
              <td data-num>{num(f.applicableMax)}</td>
              <td data-num>{num(f.self)}</td>
              <td data-num>{appraised ? num(f.appraised) : "—"}</td>
            </tr>
          ))}
          <tr className={c.totalRow}>
            <td>{s.check.total}</td>
            <td data-num>{num(totals.applicableMax)}</td>
            <td data-num>{num(totals.self)}</td>
            <td data-num data-wrap data-testid="totals-appraised">
              {appraised ? num(totals.appraised) : st.notAppraised}
            </td>
          </tr>
        </tbody>
      </table>
      <div data-testid="index">
        {s.check.final}: <strong>{num(totals.final)}</strong> · {s.check.index}:{" "}
        <strong>{pct(totals.index)}</strong>
      </div>
      <div className={c.muted} data-testid="totals-standing">
        {appraised ? st.appraised(num(totals.appraisalRound, 0), num(totals.appraised)) : st.notAppraised}
        {" · "}
        {st.survey(totals.surveyGiven ? num(totals.survey) : st.surveyNone)}
      </div>
      {totals.bonus !== 0 || totals.penalty !== 0 ? (
        <div className={c.muted}>{s.check.bonusPenalty(num(totals.bonus), num(totals.penalty))}</div>
      ) : null}
    </section>
  );
}
