import { Button, Field, Input, Radio, RadioGroup, Select, Spinner } from "@fluentui/react-components";
import { useState } from "react";
import { FilePicker } from "../../components/FilePicker";
import { useAppState } from "../../app/app-context";
import { ErrorBar } from "../../components/ErrorBar";
import { Notice } from "../../components/Notice";
import { usePanelStyles } from "../../components/styles";
import { useServiceCall } from "../../components/use-service-call";
import { useServiceData } from "../../components/use-service-data";
import { useI18n } from "../../i18n/lang-context";
import { unitTypeLabel } from "../../i18n/strings";
import type { TemplateRequest } from "../../service";
import type { ShownError } from "../../components/errors";

type Source = "sample" | "file" | "annex";
const STANDARD_UNIT_TYPES = ["department", "commune", "district"];

/** Tạo bảng: a blank scoring sheet for a unit from a sample set, a JSON file or an annex sheet. */
export function TemplatePanel() {
  const { service, settings } = useAppState();
  const { s } = useI18n();
  const c = usePanelStyles();
  const sets = useServiceData(() => service.listCriteriaSets(), s.common.unexpected);
  const sheets = useServiceData(() => service.listSheets(), s.common.unexpected);
  const [source, setSource] = useState<Source>("sample");
  const [setId, setSetId] = useState<string>(settings.criteriaSetId ?? "");
  const [json, setJson] = useState<{ name: string; value: unknown } | null>(null);
  const [jsonError, setJsonError] = useState<ShownError | null>(null);
  const [annex, setAnnex] = useState("");
  const [unit, setUnit] = useState("");
  const [unitType, setUnitType] = useState<string>(settings.unitType ?? "");
  // Empty: the criteria set's own year.
  const [year, setYear] = useState("");
  const [created, setCreated] = useState<string | null>(null);
  const create = useServiceCall((r: TemplateRequest) => service.createTemplate(r), s.common.unexpected);

  const sample = sets.data?.find((x) => x.id === setId);
  const unitTypes = source === "sample" && sample ? sample.unitTypes : STANDARD_UNIT_TYPES;
  const yearNumber = /^\d{4}$/.test(year.trim()) ? Number(year.trim()) : undefined;
  const yearInvalid = year.trim() !== "" && yearNumber === undefined;
  const chosen = source === "sample" ? setId !== "" : source === "file" ? json !== null : annex !== "";
  const ready = chosen && unit.trim() !== "" && !yearInvalid;

  const onFile = async (files: File[]) => {
    const file = files[0];
    setJson(null);
    setJsonError(null);
    if (!file) return;
    try {
      setJson({ name: file.name, value: JSON.parse(await file.text()) as unknown });
    } catch {
      setJsonError({ message: s.template.badJson(file.name), hint: s.template.badJsonHint });
    }
  };

  const onCreate = async () => {
    setCreated(null);
    const request: TemplateRequest = {
      unit: unit.trim(),
      unitType: unitType === "" ? null : unitType,
      ...(yearNumber !== undefined ? { year: yearNumber } : {}),
      ...(source === "sample"
        ? { criteriaSetId: setId }
        : source === "file"
          ? { criteriaSetJson: json?.value }
          : { annexSheet: annex }),
    };
    const r = await create.run(request);
    if (r) setCreated(r.sheet);
  };

  return (
    <div className={c.panel}>
      <div className={c.intro}>{s.template.intro}</div>
      {sets.error ? <ErrorBar error={sets.error} /> : null}
      {sheets.error ? <ErrorBar error={sheets.error} /> : null}
      <Field label={s.template.source}>
        <RadioGroup value={source} onChange={(_, d) => setSource(d.value as Source)}>
          <Radio value="sample" label={s.template.fromSample} data-testid="template-source-sample" />
          <Radio value="file" label={s.template.fromFile} data-testid="template-source-file" />
          <Radio value="annex" label={s.template.fromAnnex} data-testid="template-source-annex" />
        </RadioGroup>
      </Field>
      {source === "sample" ? (
        <Field label={s.template.set} hint={sample?.sample ? s.template.sampleNote : undefined}>
          <Select value={setId} onChange={(_, d) => setSetId(d.value)} data-testid="template-set">
            <option value="">{sets.loading ? s.common.loading : s.template.pickSet}</option>
            {(sets.data ?? []).map((x) => (
              <option key={x.id} value={x.id}>
                {x.name} ({x.year})
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      {source === "file" ? (
        <Field label={s.template.file}>
          <FilePicker
            buttonLabel={s.common.chooseFile}
            summary={json ? s.template.fileLoaded(json.name) : s.common.noFile}
            accept=".json,application/json"
            onFiles={(f) => void onFile(f)}
            testId="template-file"
          />
        </Field>
      ) : null}
      {source === "file" && jsonError ? <ErrorBar error={jsonError} /> : null}
      {source === "annex" ? (
        <Field label={s.template.annexSheet}>
          <Select value={annex} onChange={(_, d) => setAnnex(d.value)} data-testid="template-annex">
            <option value="">{sheets.loading ? s.common.loading : s.template.pickSheet}</option>
            {(sheets.data ?? []).map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      <Field label={s.template.unit} required>
        <Input
          value={unit}
          placeholder={s.template.unitPlaceholder}
          onChange={(_, d) => setUnit(d.value)}
          data-testid="template-unit"
        />
      </Field>
      <Field label={s.template.unitType}>
        <Select value={unitType} onChange={(_, d) => setUnitType(d.value)} data-testid="template-unit-type">
          <option value="">{s.settings.anyUnitType}</option>
          {unitTypes.map((u) => (
            <option key={u} value={u}>
              {unitTypeLabel(s, u)}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={s.template.year}
        hint={s.template.yearHint}
        validationState={yearInvalid ? "error" : "none"}
        validationMessage={yearInvalid ? s.template.yearInvalid : undefined}
      >
        <Input
          inputMode="numeric"
          value={year}
          placeholder={sample ? String(sample.year) : undefined}
          onChange={(_, d) => setYear(d.value)}
          data-testid="template-year"
        />
      </Field>
      <div className={c.actions}>
        <Button
          appearance="primary"
          disabled={create.busy || !ready}
          onClick={() => void onCreate()}
          data-testid="template-create"
        >
          {s.template.create}
        </Button>
      </div>
      {!ready ? <div className={c.muted}>{s.template.missing}</div> : null}
      {create.busy ? <Spinner size="small" label={s.common.working} /> : null}
      {create.error ? <ErrorBar error={create.error} /> : null}
      {created && !create.busy ? <Notice intent="success">{s.template.created(created)}</Notice> : null}
    </div>
  );
}
