import { Button, Field, Input, Radio, RadioGroup, Select, Spinner } from "@fluentui/react-components";
import { useState } from "react";
import { formatColumnMapping, parseColumnMapping, type Lang, type Settings } from "@cchc/scoring-core";
import { useAppState } from "../../app/app-context";
import { ErrorBar } from "../../components/ErrorBar";
import { Notice } from "../../components/Notice";
import { usePanelStyles } from "../../components/styles";
import { useServiceCall } from "../../components/use-service-call";
import { useServiceData } from "../../components/use-service-data";
import { useI18n } from "../../i18n/lang-context";
import { unitTypeLabel } from "../../i18n/strings";
import type { CriteriaSetSummary, ImportSetReply } from "../../service";
import { ImportSet } from "./ImportSet";
import { SetInUse } from "./SetInUse";

const ACTIVE = "";
const STANDARD_UNIT_TYPES = ["department", "commune", "district"];

/** "5" → 5; "" → null (detect); anything else → undefined (invalid). */
function parseHeaderRow(text: string): number | null | undefined {
  const t = text.trim();
  if (t === "") return null;
  return /^\d+$/.test(t) && Number(t) > 0 ? Number(t) : undefined;
}

/** Cài đặt: criteria set, sheet, header row, unit type, language — stored in the workbook by the host. */
export function SettingsPanel() {
  const { service, settings, settingsSaved } = useAppState();
  const { s } = useI18n();
  const c = usePanelStyles();
  const sheets = useServiceData(() => service.listSheets(), s.common.unexpected);
  const sets = useServiceData(() => service.listCriteriaSets(), s.common.unexpected);
  // Sets imported while the panel is open (the list was loaded before).
  const [imported, setImported] = useState<CriteriaSetSummary[]>([]);
  const setList = [...imported, ...(sets.data ?? []).filter((x) => !imported.some((i) => i.id === x.id))];
  const [draft, setDraft] = useState<Settings>(settings);
  const [headerText, setHeaderText] = useState(settings.headerRow === null ? "" : String(settings.headerRow));
  const [columnsText, setColumnsText] = useState(
    settings.columns ? formatColumnMapping(settings.columns) : "",
  );
  const [saved, setSaved] = useState(false);
  const save = useServiceCall(async (next: Settings) => {
    await service.saveSettings(next);
    return next;
  }, s.common.unexpected);

  const headerRow = parseHeaderRow(headerText);
  // The same mapping as the cli's --columns ("tự chấm=E, tối đa=D"); empty: detect from the words.
  const columns = columnsText.trim() === "" ? null : parseColumnMapping(columnsText, draft.lang);
  const columnsOk = columns === null || columns.ok;
  const set: CriteriaSetSummary | undefined = setList.find((x) => x.id === draft.criteriaSetId);
  const unitTypes = set ? set.unitTypes : STANDARD_UNIT_TYPES;

  const persist = async (next: Settings) => {
    setSaved(false);
    const ok = await save.run(next);
    if (ok) {
      settingsSaved(ok);
      setSaved(true);
    }
  };

  // The language applies at once (and is saved with the settings already stored).
  const onLang = (lang: Lang) => {
    setDraft((d) => ({ ...d, lang }));
    void persist({ ...settings, lang });
  };

  // The core stored the set and chose it in the workbook's settings: show it as chosen.
  const onStored = (reply: ImportSetReply) => {
    const stored = reply.set;
    if (!stored || !reply.settings) return;
    setImported((list) => [stored, ...list.filter((x) => x.id !== stored.id)]);
    setDraft((d) => ({ ...d, criteriaSetId: stored.id }));
    settingsSaved(reply.settings);
  };

  const sheetOptions = [...(sheets.data ?? [])];
  if (draft.sheet !== null && !sheetOptions.includes(draft.sheet)) sheetOptions.push(draft.sheet);

  return (
    <div className={c.panel}>
      <div className={c.intro}>{s.settings.intro}</div>
      {sheets.loading || sets.loading ? <Spinner size="tiny" label={s.common.loading} /> : null}
      {sheets.error ? <ErrorBar error={sheets.error} /> : null}
      {sets.error ? <ErrorBar error={sets.error} /> : null}
      <Field label={s.settings.language}>
        <RadioGroup
          value={draft.lang}
          onChange={(_, d) => onLang(d.value === "en" ? "en" : "vi")}
          layout="horizontal"
        >
          <Radio value="vi" label={s.settings.vi} data-testid="lang-vi" />
          <Radio value="en" label={s.settings.en} data-testid="lang-en" />
        </RadioGroup>
      </Field>
      <Field label={s.settings.criteriaSet}>
        <Select
          value={draft.criteriaSetId ?? ""}
          onChange={(_, d) => setDraft({ ...draft, criteriaSetId: d.value === "" ? null : d.value })}
          data-testid="settings-set"
        >
          <option value="">{s.settings.noSet}</option>
          {setList.map((x) => (
            <option key={x.id} value={x.id}>
              {x.name} ({x.year}){x.sample ? ` — ${s.settings.sample}` : ""}
            </option>
          ))}
        </Select>
      </Field>
      {sets.data ? <SetInUse set={set ?? null} /> : null}
      <Field label={s.settings.sheet}>
        <Select
          value={draft.sheet ?? ACTIVE}
          onChange={(_, d) => setDraft({ ...draft, sheet: d.value === ACTIVE ? null : d.value })}
          data-testid="settings-sheet"
        >
          <option value={ACTIVE}>{s.common.activeSheet}</option>
          {sheetOptions.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={s.settings.headerRow}
        hint={s.settings.headerRowHint}
        validationState={headerRow === undefined ? "error" : "none"}
        validationMessage={headerRow === undefined ? s.settings.headerRowInvalid : undefined}
      >
        <Input
          inputMode="numeric"
          value={headerText}
          onChange={(_, d) => setHeaderText(d.value)}
          data-testid="settings-header-row"
        />
      </Field>
      <Field
        label={s.settings.columns}
        hint={s.settings.columnsHint}
        validationState={columnsOk ? "none" : "error"}
        validationMessage={columns && !columns.ok ? columns.error : undefined}
      >
        <Input
          value={columnsText}
          placeholder="tự chấm=E, tối đa=D"
          onChange={(_, d) => setColumnsText(d.value)}
          data-testid="settings-columns"
        />
      </Field>
      <Field label={s.settings.unitType}>
        <Select
          value={draft.unitType ?? ""}
          onChange={(_, d) => setDraft({ ...draft, unitType: d.value === "" ? null : d.value })}
          data-testid="settings-unit-type"
        >
          <option value="">{s.settings.anyUnitType}</option>
          {[...new Set([...unitTypes, ...(draft.unitType ? [draft.unitType] : [])])].map((u) => (
            <option key={u} value={u}>
              {unitTypeLabel(s, u)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={c.actions}>
        <Button
          appearance="primary"
          disabled={save.busy || headerRow === undefined || !columnsOk}
          onClick={() =>
            headerRow !== undefined &&
            columnsOk &&
            void persist({ ...draft, headerRow, columns: columns?.ok ? columns.columns : null })
          }
          data-testid="settings-save"
        >
          {s.common.save}
        </Button>
      </div>
      {save.error ? <ErrorBar error={save.error} /> : null}
      {saved && !save.busy ? <Notice intent="success">{s.settings.saved}</Notice> : null}
      <ImportSet sheets={sheets.data ?? []} onStored={onStored} />
    </div>
  );
}
