/**
 * What a consolidating host publishes after a run, decided once: the heading it publishes with,
 * the Word report's file name and type. The report's model is published-report.ts, kept apart
 * so a pane loads it (and the docx renderer) only when the user asks for the report.
 */
import type { CriteriaSet } from "../criteria-set/schema";
import type { Lang } from "../messages/lang";
import type { PublishHeading } from "../output/heading";
import type { RankingReport, UnitResult } from "../reports/schemas";
import type { Settings } from "../settings/schema";

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** What a host keeps of its last consolidation to publish from it. */
export interface PublishedRun {
  lang: Lang;
  ranking: RankingReport;
  units: readonly UnitResult[];
  heading: PublishHeading;
  decimals: number;
  /** The sets the units were scored with: the report's plan takes their appraisers (resolve-appraiser.ts). */
  sets?: readonly CriteriaSet[];
}

/** The heading and decimals a run publishes with: the stored settings', else the set's. */
export function publishFrom(
  settings: Pick<Settings, "publish">,
  set: CriteriaSet | null,
): { heading: PublishHeading; decimals: number } {
  const p = settings.publish;
  return {
    heading: {
      issuer: p?.issuer ?? [],
      province: p?.province ?? null,
      year: p?.year ?? set?.year ?? null,
      decision: p?.decision ?? null,
      ...(p?.signer && p.signer.length > 0 ? { signer: p.signer } : {}),
    },
    decimals: set?.rounding.decimals ?? 2,
  };
}

/** "Báo cáo Chỉ số CCHC năm 2025.docx" (no year: without it). */
export function reportFileName(run: Pick<PublishedRun, "lang" | "heading">): string {
  const y = run.heading.year;
  return run.lang === "vi"
    ? `Báo cáo Chỉ số CCHC${y ? ` năm ${y}` : ""}.docx`
    : `Administrative Reform Index report${y ? ` ${y}` : ""}.docx`;
}
