/**
 * A column mapping the user gives when the words of a header are not enough: "tự chấm=E,
 * tối đa=D". Each name is read like a header cell (header-roles.ts), so any wording the reader
 * understands works as a key; role ids ("self", "max") work too. Letters are sheet columns.
 */
import { z } from "zod";
import { foldWords } from "../grid/fold-cache";
import type { Lang } from "../messages/lang";
import { matchHeaderRole, ROLE_KEYS } from "./header-roles";
import type { ColumnRole } from "./types";

export const COLUMN_ROLES = [
  "code",
  "title",
  "max",
  "rule",
  "declared",
  "self",
  "appraisal1",
  "appraisal2",
  "evidence",
  "explanation",
  "appraisalNote",
  "appraisalFlag",
  "appraiser",
  "notApplicable",
] as const satisfies readonly ColumnRole[];

export const ColumnRoleSchema = z.enum(COLUMN_ROLES);

/** Role → sheet column letters ("E"). */
export const ColumnMappingSchema = z.partialRecord(
  ColumnRoleSchema,
  z
    .string()
    .regex(/^[A-Z]{1,3}$/, "column letters such as E")
    .describe("sheet column letters"),
);
export type ColumnMapping = z.infer<typeof ColumnMappingSchema>;

export type MappingParse = { ok: true; columns: ColumnMapping } | { ok: false; error: string };

const ROLE_IDS = new Set<string>(COLUMN_ROLES);

/** The role a mapping key names: a role id, or any header wording the reader understands. */
export function roleOfKey(key: string): ColumnRole | null {
  const k = key.trim();
  if (ROLE_IDS.has(k)) return k as ColumnRole;
  const words = foldWords(k);
  const explicit = (Object.keys(ROLE_KEYS) as ColumnRole[]).find((r) => foldWords(ROLE_KEYS[r]) === words);
  if (explicit) return explicit;
  return matchHeaderRole(words)?.role ?? null;
}

/** "tự chấm=E, tối đa=D" → { self: "E", max: "D" }; a message (vi/en) naming what is wrong. */
export function parseColumnMapping(text: string, lang: Lang = "vi"): MappingParse {
  const columns: ColumnMapping = {};
  const parts = text
    .split(/[,;\n]/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (parts.length === 0)
    return { ok: false, error: lang === "vi" ? "Chưa gán cột nào." : "No column is mapped." };
  for (const part of parts) {
    const m = /^(.+?)\s*[=:]\s*([A-Za-z]{1,3})$/.exec(part);
    if (!m)
      return {
        ok: false,
        error:
          lang === "vi"
            ? `“${part}” không đúng dạng “tên cột=chữ cột” (ví dụ “tự chấm=E”).`
            : `“${part}” is not “column name=letters” (e.g. “tự chấm=E”).`,
      };
    const role = roleOfKey(m[1]!);
    if (!role)
      return {
        ok: false,
        error:
          lang === "vi"
            ? `Không hiểu tên cột “${m[1]}”; dùng ví dụ: ${Object.values(ROLE_KEYS).join(", ")}.`
            : `Unknown column name “${m[1]}”; use for example: ${Object.values(ROLE_KEYS).join(", ")}.`,
      };
    columns[role] = m[2]!.toUpperCase();
  }
  return { ok: true, columns };
}

/** { self: "E" } → "tự chấm=E" (for messages and settings display). */
export function formatColumnMapping(columns: ColumnMapping): string {
  return (Object.entries(columns) as [ColumnRole, string][])
    .map(([r, l]) => `${ROLE_KEYS[r]}=${l}`)
    .join(",");
}
