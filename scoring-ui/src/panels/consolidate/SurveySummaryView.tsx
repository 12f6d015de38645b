import { formatNumber, type Lang, type SurveySummary } from "@cchc/scoring-core";
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

/** This view's own words: it loads on use (a lazy chunk), so they stay out of the pane's first load. */
const VI = {
  title: "Điểm ĐTXHH từ phiếu trả lời",
  forms: (r: string, c: string, d: string) => `Phiếu: ${r} dòng đọc, ${c} được tính, ${d} trùng.`,
  colUnit: "Đơn vị",
  colForms: "Số phiếu",
  colTotal: "Tổng ĐTXHH",
  colNote: "Ghi chú",
  noAnswers: "chưa có",
  below: "dưới tối thiểu",
  unitsOk: (n: string) => `${n} đơn vị khác đủ phiếu.`,
  issues: (e: string, w: string) => `Vấn đề của phiếu: ${e} lỗi, ${w} cảnh báo`,
  noIssues: "Không có vấn đề nào trong các phiếu.",
  severity: { error: "Lỗi:", warning: "Cảnh báo:", info: "Lưu ý:" },
  truncated: (t: string, s: string) =>
    `Có ${t} vấn đề, hiển thị ${s} vấn đề đầu tiên; đủ danh sách: lệnh cchc survey.`,
};
const TEXTS: Record<Lang, typeof VI> = {
  vi: VI,
  en: {
    title: "Survey (ĐTXHH) points from the answers",
    forms: (r: string, c: string, d: string) => `Forms: ${r} rows read, ${c} counted, ${d} duplicates.`,
    colUnit: "Unit",
    colForms: "Forms",
    colTotal: "Survey total",
    colNote: "Note",
    noAnswers: "not yet",
    below: "below minimum",
    unitsOk: (n: string) => `${n} other units have enough forms.`,
    issues: (e: string, w: string) => `Survey issues: ${e} errors, ${w} warnings`,
    noIssues: "No issue in the forms.",
    severity: { error: "Error:", warning: "Warning:", info: "Note:" },
    truncated: (t: string, s: string) =>
      `${t} issues, the first ${s} shown; the full list: the cchc survey command.`,
  },
};

/**
 * The survey a consolidation scored from raw answers, as `cchc survey` prints it: the design
 * used, the forms counted, the units without answers ("chưa có") or below the minimum, and the
 * survey's issues with their sheet and cell. The summary is the core's (every host fills it alike).
 */
export function SurveySummaryView({ survey }: { survey: SurveySummary }) {
  const { num, lang } = useI18n();
  const c = usePanelStyles();
  const x = useStyles();
  const t = TEXTS[lang];
  const flagged = survey.units.filter((u) => u.forms === 0 || u.belowMinimum);
  const ok = survey.units.length - flagged.length;
  const shown = survey.issues.length;
  return (
    <section className={c.section} data-testid="survey-summary">
      <h2 className={c.heading}>{t.title}</h2>
      <div className={x.design} data-testid="survey-design">
        {survey.designLine}
      </div>
      <div className={c.muted} data-testid="survey-forms">
        {t.forms(num(survey.forms.read, 0), num(survey.forms.counted, 0), num(survey.forms.duplicates, 0))}
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
              <th scope="col">{t.colUnit}</th>
              <th scope="col" data-num>
                {t.colForms}
              </th>
              <th scope="col" data-num>
                {t.colTotal}
              </th>
              <th scope="col">{t.colNote}</th>
            </tr>
          </thead>
          <tbody>
            {flagged.map((u) => (
              <tr key={u.unit} data-testid="survey-unit">
                <td data-wrap title={u.unit}>
                  {u.unit}
                </td>
                <td data-num>{num(u.forms, 0)}</td>
                <td data-num>{u.total === null ? t.noAnswers : formatNumber(u.total, lang, 2, true)}</td>
                <td data-wrap>{u.forms === 0 ? t.noAnswers : t.below}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {ok > 0 ? <div className={c.muted}>{t.unitsOk(num(ok, 0))}</div> : null}
      <h3 className={c.heading}>{t.issues(num(survey.counts.error, 0), num(survey.counts.warning, 0))}</h3>
      {shown === 0 ? (
        <div className={c.muted}>{t.noIssues}</div>
      ) : (
        <ul className={x.issues}>
          {survey.issues.map((i, n) => (
            <li key={n} data-testid="survey-issue" data-code={i.code}>
              {/* The message names the file and cell already, as the cli prints it. */}
              <span className={x[i.severity]}>{t.severity[i.severity]}</span> {i.message}
            </li>
          ))}
        </ul>
      )}
      {survey.totalIssues > shown ? (
        <div className={c.muted}>{t.truncated(num(survey.totalIssues, 0), num(shown, 0))}</div>
      ) : null}
    </section>
  );
}
