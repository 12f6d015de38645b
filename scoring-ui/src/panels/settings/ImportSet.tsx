import { Button, Field, Input, Radio, RadioGroup, Select, Spinner } from "@fluentui/react-components";
import { useState } from "react";
import { useAppState } from "../../app/app-context";
import { ErrorBar } from "../../components/ErrorBar";
import { FilePicker } from "../../components/FilePicker";
import { Notice } from "../../components/Notice";
import { usePanelStyles } from "../../components/styles";
import { useServiceCall } from "../../components/use-service-call";
import { useI18n } from "../../i18n/lang-context";
import { unitTypeLabel } from "../../i18n/strings";
import type { ImportSetReply, ImportSetRequest } from "../../service";
import { IssueRow } from "../check/IssueRow";

type Source = "file" | "annex";
const UNIT_TYPES = ["department", "commune", "district"];

/**
 * Nhập bộ tiêu chí: the province's set from a JSON file or an annex sheet of this workbook. The
 * core decides everything (reading, the set's checks, storing only a set without errors); this
 * shows its issues with their cells and tells the settings which set is now in use.
 */
export function ImportSet({
  sheets,
  onStored,
}: {
  sheets: string[];
  onStored: (reply: ImportSetReply) => void;
}) {
  const { service } = useAppState();
  const { s } = useI18n();
  const c = usePanelStyles();
  const [source, setSource] = useState<Source>("file");
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [sheet, setSheet] = useState("");
  const [unitType, setUnitType] = useState("department");
  const [year, setYear] = useState("");
  const [decision, setDecision] = useState("");
  const [reply, setReply] = useState<ImportSetReply | null>(null);
  const call = useServiceCall((r: ImportSetRequest) => service.importCriteriaSet(r), s.common.unexpected);

  const yearNumber = /^\d{4}$/.test(year.trim()) ? Number(year.trim()) : undefined;
  const yearInvalid = year.trim() !== "" && yearNumber === undefined;
  const ready = !call.busy && !yearInvalid && (source === "file" ? file !== null : sheet !== "");

  const onFiles = async (files: File[]) => {
    setReply(null);
    const f = files[0];
    // The text goes as it is: the core says whether it is JSON and a set, naming what is wrong.
    setFile(f ? { name: f.name, text: await f.text() } : null);
  };

  const onImport = async () => {
    setReply(null);
    const request: ImportSetRequest =
      source === "file"
        ? { source: "json", json: file?.text ?? "", fileName: file?.name ?? "" }
        : {
            source: "sheet",
            sheet,
            unitType,
            year: yearNumber ?? null,
            decision: decision.trim() || null,
          };
    const r = await call.run(request);
    if (!r) return;
    setReply(r);
    if (r.stored) onStored(r);
  };

  const issues = reply?.issues.filter((i) => i.severity !== "info") ?? [];

  return (
    <section className={c.section} data-testid="import-set">
      <h3 className={c.heading}>{s.importSet.heading}</h3>
      <Field label={s.importSet.source}>
        <RadioGroup value={source} onChange={(_, d) => setSource(d.value === "annex" ? "annex" : "file")}>
          <Radio value="file" label={s.importSet.fromFile} data-testid="import-source-file" />
          <Radio value="annex" label={s.importSet.fromAnnex} data-testid="import-source-annex" />
        </RadioGroup>
      </Field>
      {source === "file" ? (
        <FilePicker
          buttonLabel={s.importSet.file}
          summary={file ? s.importSet.fileLoaded(file.name) : s.importSet.pickFile}
          accept=".json,application/json"
          onFiles={(f) => void onFiles(f)}
          testId="import-file"
        />
      ) : (
        <>
          <Field label={s.importSet.annexSheet}>
            <Select value={sheet} onChange={(_, d) => setSheet(d.value)} data-testid="import-sheet">
              <option value="">{s.importSet.pickSheet}</option>
              {sheets.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={s.importSet.unitType}>
            <Select value={unitType} onChange={(_, d) => setUnitType(d.value)} data-testid="import-unit-type">
              {UNIT_TYPES.map((u) => (
                <option key={u} value={u}>
                  {unitTypeLabel(s, u)}
                </option>
              ))}
            </Select>
          </Field>
          <Field
            label={s.importSet.year}
            hint={s.importSet.yearHint}
            validationState={yearInvalid ? "error" : "none"}
          >
            <Input
              inputMode="numeric"
              value={year}
              onChange={(_, d) => setYear(d.value)}
              data-testid="import-year"
            />
          </Field>
          <Field label={s.importSet.decisionField}>
            <Input
              value={decision}
              placeholder={s.importSet.decisionPlaceholder}
              onChange={(_, d) => setDecision(d.value)}
              data-testid="import-decision"
            />
          </Field>
        </>
      )}
      <div className={c.actions}>
        <Button disabled={!ready} onClick={() => void onImport()} data-testid="import-run">
          {s.importSet.run}
        </Button>
        {call.busy ? <Spinner size="tiny" label={s.common.working} /> : null}
      </div>
      {call.error ? <ErrorBar error={call.error} /> : null}
      {reply ? (
        <div data-testid="import-outcome">
          {reply.stored && reply.set ? (
            <Notice intent="success">
              {s.importSet.storedOk(reply.set.name, String(reply.set.year))}
              {reply.replaced ? ` ${s.importSet.replaced}` : ""}
            </Notice>
          ) : (
            <Notice intent="error">{s.importSet.notStored(String(reply.errors))}</Notice>
          )}
        </div>
      ) : null}
      {reply && issues.length > 0 ? (
        <div className={c.section} data-testid="import-issues">
          <div className={c.muted}>
            {s.importSet.issues}: {s.importSet.counts(String(reply.errors), String(reply.warnings))}
          </div>
          {issues.map((issue, i) => (
            <IssueRow
              key={i}
              issue={issue}
              onSelect={(x) => x.sheet && x.cell && void service.selectCell(x.sheet, x.cell)}
            />
          ))}
        </div>
      ) : null}
    </section>
  );
}
