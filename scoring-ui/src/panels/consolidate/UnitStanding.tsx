import type { RankedRow } from "@cchc/scoring-core";
import { makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../i18n/lang-context";

const useStyles = makeStyles({
  line: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  reason: { fontSize: tokens.fontSizeBase200, color: tokens.colorPaletteMarigoldForeground2 },
});

/**
 * Under a unit's name: its appraisal status and survey points, never a blank or a 0 where the
 * data is missing ("chưa thẩm định", "ĐTXHH: chưa có"), and why it is held out or provisional.
 */
export function UnitStanding({ row }: { row: RankedRow }) {
  const { s, num } = useI18n();
  const x = useStyles();
  const t = s.standing;
  const appraisal =
    row.appraised === null ? t.notAppraised : t.appraised(num(row.appraisalRound, 0), num(row.appraised));
  const survey = t.survey(row.survey === null ? t.surveyNone : num(row.survey));
  return (
    <>
      <div className={x.line} data-testid="unit-standing">
        {appraisal} · {survey}
      </div>
      {row.reason ? (
        <div className={x.reason} data-testid="unit-reason">
          {row.reason}
        </div>
      ) : null}
    </>
  );
}
