/**
 * Which sheet a tool-owned block goes to, and the names of new sheets: the same in every host.
 * A host recognises its own sheets by id (Excel: a registry in the workbook's settings; Sheets:
 * developer metadata), never by name: a user's "Kết quả CCHC" is skipped for "Kết quả CCHC (2)".
 */
import type { SheetInfo, SheetTarget } from "./port";

export const TOOL_SHEETS_KEY = "cchc.toolSheets";
export const MARKS_KEY = "cchc.marks";
export const SETTINGS_KEY = "cchc.settings";

/** Sheet id → what the tool wrote there. */
export type ToolSheetRegistry = Record<string, { kind: string }>;

export function readRegistry(raw: unknown): ToolSheetRegistry {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return {};
  const out: ToolSheetRegistry = {};
  for (const [id, v] of Object.entries(raw as Record<string, unknown>)) {
    const kind = (v as { kind?: unknown } | null)?.kind;
    if (typeof kind === "string") out[id] = { kind };
  }
  return out;
}

const MAX_NAME = 31;

/** "Kết quả CCHC", "Kết quả CCHC (2)", … within Excel's 31 characters. */
export function candidateName(base: string, n: number): string {
  const clean =
    base
      .replace(/[\\/?*[\]:]/g, " ")
      .replace(/^'+|'+$/g, "")
      .trim() || "CCHC";
  if (n === 1) return clean.slice(0, MAX_NAME);
  const suffix = ` (${n})`;
  return clean.slice(0, MAX_NAME - suffix.length) + suffix;
}

export interface Placement {
  target: SheetTarget;
  /** True when the wanted name belonged to a sheet of the user's. */
  renamed: boolean;
}

/**
 * Plans several blocks at once: each reuses the tool's sheet of that name (or of its numbered
 * variant) when there is one, else takes the first free name. Names already planned are taken.
 */
export function planToolSheets(
  sheets: SheetInfo[],
  registry: ToolSheetRegistry,
  wanted: string[],
): Placement[] {
  const taken = new Set<string>();
  return wanted.map((base) => {
    for (let n = 1; n < 100; n++) {
      const name = candidateName(base, n);
      const key = name.toLowerCase();
      if (taken.has(key)) continue;
      const existing = sheets.find((s) => s.name.toLowerCase() === key);
      if (existing && registry[existing.id] && !existing.protected) {
        taken.add(key);
        return { target: { kind: "refresh", id: existing.id, name: existing.name }, renamed: n > 1 };
      }
      if (!existing) {
        taken.add(key);
        return { target: { kind: "add", name }, renamed: n > 1 };
      }
    }
    throw new Error(`no free sheet name for ${base}`);
  });
}

/** A fresh sheet name for something the user will own (a template). */
export function freeSheetName(sheets: SheetInfo[], base: string): string {
  const names = new Set(sheets.map((s) => s.name.toLowerCase()));
  for (let n = 1; n < 1000; n++) {
    const name = candidateName(base, n);
    if (!names.has(name.toLowerCase())) return name;
  }
  throw new Error(`no free sheet name for ${base}`);
}
