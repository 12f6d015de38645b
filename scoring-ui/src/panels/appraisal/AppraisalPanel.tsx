import { Badge, Button, Field, Input, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { AppraisalAction } from "@cchc/scoring-core";
import type { FlaggedItemView, UnitAppraisalView } from "@cchc/scoring-core/workflow";
import { useAppState } from "../../app/app-context";
import { ErrorBar } from "../../components/ErrorBar";
import { Notice } from "../../components/Notice";
import { usePanelStyles } from "../../components/styles";
import { useServiceCall } from "../../components/use-service-call";
import { useI18n } from "../../i18n/lang-context";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0 },
  item: {
    listStyle: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
    fontSize: tokens.fontSizeBase200,
  },
  head: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline", minWidth: 0 },
  code: { fontWeight: tokens.fontWeightSemibold, flexShrink: 0 },
  title: { minWidth: 0, overflowWrap: "anywhere", flexGrow: 1 },
  text: { overflowWrap: "anywhere" },
  label: { color: tokens.colorNeutralForeground3 },
  badge: { flexShrink: 0, whiteSpace: "nowrap" },
});

const BADGE = { open: "danger", answered: "success", settled: "informative" } as const;

/**
 * "Mục cần giải trình": the unit's flagged items with the appraiser's note, the unit's answer and
 * each item's state; "Kiểm tra giải trình" checks every flagged item has an answer. Host-neutral:
 * the Excel pane and the Sheets sidebar show the same view from the core's unitAppraisal.
 */
export function AppraisalPanel() {
  const { service, settings } = useAppState();
  const { s, num } = useI18n();
  const c = usePanelStyles();
  const x = useStyles();
  const [view, setView] = useState<UnitAppraisalView | null | undefined>(undefined);
  const [checked, setChecked] = useState(false);

  const load = useServiceCall(
    async () => (service.appraisalItems ? service.appraisalItems(settings) : null),
    s.common.unexpected,
  );
  const go = useServiceCall(
    (sheet: string, cell: string) => service.selectCell(sheet, cell),
    s.common.unexpected,
  );

  const refresh = async (asCheck: boolean) => {
    const v = await load.run();
    if (v !== undefined) {
      setView(v);
      setChecked(asCheck);
    }
  };
  useEffect(() => {
    void refresh(false);
    // Loaded once when the panel opens; the button reloads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const open = view ? view.items.filter((i) => i.state === "open").length : 0;
  const score = (v: number | null) => (v === null ? "—" : num(v, 2));

  return (
    <div className={c.panel}>
      <div className={c.intro}>{s.appraisal.intro}</div>
      {view ? (
        <div className={c.muted} data-testid="appraisal-status">
          {view.unit ? `${view.unit} · ` : ""}
          {s.appraisal.status[view.state.status]}
        </div>
      ) : null}
      <div className={c.actions}>
        <Button
          appearance="primary"
          disabled={load.busy}
          onClick={() => void refresh(true)}
          data-testid="appraisal-check"
        >
          {s.appraisal.check}
        </Button>
      </div>
      {load.busy ? <Spinner size="small" label={s.common.working} /> : null}
      {load.error ? <ErrorBar error={load.error} /> : null}
      {go.error ? <ErrorBar error={go.error} /> : null}
      {view === null ? <Notice intent="warning">{s.appraisal.noTable}</Notice> : null}
      {view && !view.hasFlagColumn ? <Notice intent="info">{s.appraisal.noFlagColumn}</Notice> : null}
      {view && view.hasFlagColumn && view.items.length === 0 ? (
        <Notice intent="info">{s.appraisal.none}</Notice>
      ) : null}
      {view && checked && view.items.length > 0 && !load.busy ? (
        <div data-testid="appraisal-verdict">
          <Notice intent={open === 0 ? "success" : "warning"}>
            {open === 0
              ? s.appraisal.allAnswered(num(view.items.length, 0))
              : s.appraisal.missing(num(open, 0))}
          </Notice>
        </div>
      ) : null}
      {view && view.items.length > 0 ? (
        <ul className={x.list} data-testid="appraisal-items">
          {view.items.map((item) => (
            <Item
              key={`${item.code}-${item.row}`}
              item={item}
              score={score}
              onGo={(cell) => void go.run(view.sheet, cell)}
            />
          ))}
        </ul>
      ) : null}
      {service.recordAppraisal ? <Council onDone={() => void refresh(false)} /> : null}
    </div>
  );
}

/** Appraisers (Excel): log the changes and the council's actions under a name. */
function Council({ onDone }: { onDone: () => void }) {
  const { service, settings } = useAppState();
  const { s, num } = useI18n();
  const c = usePanelStyles();
  const [by, setBy] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const act = useServiceCall(async (action: AppraisalAction) => {
    const r = await service.recordAppraisal!(settings, { by, action });
    if (!r) return s.appraisal.noTable;
    const phase = s.appraisal.phase[r.phase];
    return r.sheet && r.logged > 0
      ? s.appraisal.recorded(num(r.logged, 0), r.sheet, phase)
      : s.appraisal.nothingLogged(phase);
  }, s.common.unexpected);
  const run = async (action: AppraisalAction) => {
    setDone(null);
    const message = await act.run(action);
    if (message !== undefined) {
      setDone(message);
      onDone();
    }
  };
  return (
    <section className={c.section} data-testid="appraisal-council">
      <h3 className={c.heading}>{s.appraisal.councilTitle}</h3>
      <div className={c.muted}>{s.appraisal.councilIntro}</div>
      <Field label={s.appraisal.by}>
        <Input value={by} onChange={(_, d) => setBy(d.value)} data-testid="appraisal-by" />
      </Field>
      <div className={c.actions}>
        <Button
          disabled={act.busy || !by.trim()}
          onClick={() => void run("score")}
          data-testid="appraisal-record"
        >
          {s.appraisal.record}
        </Button>
        <Button disabled={act.busy || !by.trim()} onClick={() => void run("open-round-2")}>
          {s.appraisal.openRound2}
        </Button>
        <Button disabled={act.busy || !by.trim()} onClick={() => void run("close")}>
          {s.appraisal.close}
        </Button>
      </div>
      {act.error ? <ErrorBar error={act.error} /> : null}
      {done && !act.busy ? <Notice intent="success">{done}</Notice> : null}
    </section>
  );
}

function Item({
  item,
  score,
  onGo,
}: {
  item: FlaggedItemView;
  score: (v: number | null) => string;
  onGo: (cell: string) => void;
}) {
  const { s } = useI18n();
  const x = useStyles();
  return (
    <li className={x.item} data-testid="appraisal-item" data-code={item.code} data-state={item.state}>
      <div className={x.head}>
        <span className={x.code}>{item.code}</span>
        <span className={x.title}>{item.title}</span>
        <Badge appearance="tint" color={BADGE[item.state]} size="small" className={x.badge}>
          {s.appraisal.state[item.state]}
        </Badge>
      </div>
      <div className={x.label}>{s.appraisal.round1(score(item.round1))}</div>
      {item.note ? (
        <div className={x.text}>
          <span className={x.label}>{s.appraisal.note}: </span>
          {item.note}
        </div>
      ) : null}
      <div className={x.text}>
        <span className={x.label}>{s.appraisal.answer}: </span>
        {item.answer ?? s.appraisal.noAnswer}
      </div>
      {item.answerCell ? (
        <div>
          <Button
            size="small"
            appearance="subtle"
            onClick={() => onGo(item.answerCell!)}
            data-cell={item.answerCell}
          >
            {s.appraisal.openCell} {item.answerCell}
          </Button>
        </div>
      ) : null}
    </li>
  );
}
