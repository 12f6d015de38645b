import { formatNumber, type SurveySummary } from "@cchc/scoring-core";
import { makeStyles, tokens } from "@fluentui/react-components";
import { usePanelStyles } from "../../components/styles";
import { useI18n } from "../../i18n/lang-context";

const useStyles = makeStyles({
  issues: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  error: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  info: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightSemibold },
  design: { fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
});

/**
 * The survey a consolidation scored from raw answers, as `cchc survey` prints it: the design
 * used, the forms counted, the units without answers ("chưa có") or below the minimum, and the
 * survey's issues with their sheet and cell. The summary is the core's (every host fills it alike).
 */
export function SurveySummaryView({ survey }: { survey: SurveySummary }) {
  const { s, num, lang } = useI18n();
  const c = usePanelStyles();
  const x = useStyles();
  const t = s.consolidate;
  const flagged = survey.units.filter((u) => u.forms === 0 || u.belowMinimum);
  const ok = survey.units.length - flagged.length;
  const shown = survey.issues.length;
  return (
    <section className={c.section} data-testid="survey-summary">
      <h2 className={c.heading}>{t.surveyTitle}</h2>
      <div className={x.design} data-testid="survey-design">
        {survey.designLine}
      </div>
      <div className={c.muted} data-testid="survey-forms">
        {t.surveyForms(
          num(survey.forms.read, 0),
          num(survey.forms.counted, 0),
          num(survey.forms.duplicates, 0),
        )}
      </div>
      {flagged.length > 0 ? (
        <table className={c.table} data-testid="survey-units">
          <colgroup>
            <col />
            <col style={{ width: "3.6em" }} />
            <col style={{ width: "4.4em" }} />
            <col style={{ width: "5.6em" }} />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t.surveyColUnit}</th>
              <th scope="col" data-num>
                {t.surveyColForms}
              </th>
              <th scope="col" data-num>
                {t.surveyColTotal}
              </th>
              <th scope="col">{t.surveyColNote}</th>
            </tr>
          </thead>
          <tbody>
            {flagged.map((u) => (
              <tr key={u.unit} data-testid="survey-unit">
                <td data-wrap title={u.unit}>
                  {u.unit}
                </td>
                <td data-num>{num(u.forms, 0)}</td>
                <td data-num>
                  {u.total === null ? t.surveyNoAnswers : formatNumber(u.total, lang, 2, true)}
                </td>
                <td data-wrap>{u.forms === 0 ? t.surveyNoAnswers : t.surveyBelow}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {ok > 0 ? <div className={c.muted}>{t.surveyUnitsOk(num(ok, 0))}</div> : null}
      <h3 className={c.heading}>
        {t.surveyIssues(num(survey.counts.error, 0), num(survey.counts.warning, 0))}
      </h3>
      {shown === 0 ? (
        <div className={c.muted}>{t.surveyNoIssues}</div>
      ) : (
        <ul className={x.issues}>
          {survey.issues.map((i, n) => (
            <li key={n} data-testid="survey-issue" data-code={i.code}>
              {/* The message names the file and cell already, as the cli prints it. */}
              <span className={x[i.severity]}>{t.surveySeverity[i.severity]}</span> {i.message}
            </li>
          ))}
        </ul>
      )}
      {survey.totalIssues > shown ? (
        <div className={c.muted}>{t.surveyTruncated(num(survey.totalIssues, 0), num(shown, 0))}</div>
      ) : null}
    </section>
  );
}
