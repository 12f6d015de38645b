import { z } from "zod";
import { ColumnMappingSchema } from "../table/column-mapping";

/** What a user sets in the task pane / sidebar; stored in the workbook by each host. */
export const SettingsSchema = z.object({
  schemaVersion: z.literal(1).default(1),
  lang: z.enum(["vi", "en"]).default("vi"),
  /** Id of a sample set, or of a set stored in the workbook; null: no reference set. */
  criteriaSetId: z.string().nullable().default(null),
  /** The sheet holding the scoring table; null: the active sheet. */
  sheet: z.string().nullable().default(null),
  /** 1-based header row override; null: detect. */
  headerRow: z.number().int().positive().nullable().default(null),
  /**
   * Columns the user mapped when the header's words are not enough (role → letters, e.g.
   * { self: "E", max: "D" }; typed as "tự chấm=E, tối đa=D", see parseColumnMapping); null: detect.
   */
  columns: ColumnMappingSchema.nullable().default(null),
  unitType: z.string().nullable().default(null),
  /** How many issues to list (all are counted). */
  issueLimit: z.number().int().positive().default(500),
  /**
   * The heading of published outputs (ranking sheets, Word report) for a consolidating host;
   * absent: the province and year come from the criteria set.
   */
  publish: z
    .object({
      /** Issuing body, top line first ("UBND TỈNH AN HÒA", "SỞ NỘI VỤ"). */
      issuer: z.array(z.string()).default([]),
      province: z.string().nullable().default(null),
      year: z.number().int().min(2000).max(2100).nullable().default(null),
      /** "15/QĐ-UBND ngày 20/01/2026": shown as "Kèm theo Quyết định số …". */
      decision: z.string().nullable().default(null),
      /** Who signs the report, position lines first, the name last ("KT. GIÁM ĐỐC", …, "Nguyễn Văn A"). */
      signer: z.array(z.string()).optional(),
    })
    .optional(),
  /**
   * A unit with no row in the survey (ĐTXHH) table: "hold-out" lists it with its reason but
   * does not rank it; "provisional" ranks it and marks the rank provisional.
   */
  missingSurvey: z.enum(["hold-out", "provisional"]).default("hold-out"),
});
export type Settings = z.infer<typeof SettingsSchema>;
export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});
