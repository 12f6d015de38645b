/**
 * Hidden rows without `cellStyles: true` (which also parses every style and theme and makes
 * reading much slower): SheetJS keeps the inflated parts when `bookFiles` is set, so we find
 * each sheet's part through the workbook relationships and scan its <row> tags for hidden="1".
 * No second inflate; a sheet with no `hidden=` attribute costs one indexOf.
 */
import type * as XLSX from "@e965/xlsx";

const decoder = new TextDecoder("utf-8");

function fileText(files: Record<string, unknown>, path: string, mustHave?: Uint8Array): string | null {
  const f = files[path.replace(/^\//, "")];
  if (typeof f !== "object" || f === null) return null;
  const content: unknown = (f as { content?: unknown }).content;
  if (content instanceof Uint8Array) {
    // Most sheets hide no row: looking for the bytes spares decoding the whole part.
    if (mustHave && indexOfBytes(content, mustHave) < 0) return null;
    return decoder.decode(content);
  }
  if (typeof content === "string") return content;
  return null;
}

const HIDDEN_ATTR = new TextEncoder().encode("hidden=");

/** Node's Buffer search (native), where there is one: the reader hands SheetJS Buffer views. */
const isBuffer = (globalThis as { Buffer?: { isBuffer(b: unknown): boolean } }).Buffer?.isBuffer;

function indexOfBytes(haystack: Uint8Array, needle: Uint8Array): number {
  if (isBuffer?.(haystack))
    return (haystack as Uint8Array & { indexOf(n: Uint8Array): number }).indexOf(needle);
  const first = needle[0]!;
  const last = haystack.length - needle.length;
  outer: for (let i = haystack.indexOf(first); i >= 0 && i <= last; i = haystack.indexOf(first, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? (m[1] ?? m[2] ?? "") : null;
}

/** "worksheets/sheet1.xml" relative to xl/, or an absolute "/xl/worksheets/sheet1.xml". */
function resolveTarget(target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = `xl/${target}`.split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== ".") out.push(p);
  }
  return out.join("/");
}

/** 0-based sheet rows marked hidden in one worksheet part. */
export function hiddenRowsInSheetXml(xml: string): number[] {
  if (!xml.includes("hidden=")) return [];
  const rows: number[] = [];
  const rowTag = /<(?:[A-Za-z_][\w.-]*:)?row\b[^>]*>/g;
  let last = -1;
  for (let m = rowTag.exec(xml); m; m = rowTag.exec(xml)) {
    const tag = m[0];
    const r = attr(tag, "r");
    const row = r !== null && /^\d+$/.test(r) ? Number(r) - 1 : last + 1;
    last = row;
    const hidden = attr(tag, "hidden");
    if (hidden === "1" || hidden === "true") rows.push(row);
  }
  return rows;
}

/** Hidden rows per sheet name, for the sheets in `wanted` (lower-cased names) or all. */
export function hiddenRowsBySheet(wb: XLSX.WorkBook, wanted: Set<string> | null): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const files: unknown = (wb as { files?: unknown }).files;
  if (typeof files !== "object" || files === null) return out;
  const fileMap = files as Record<string, unknown>;
  const rels = fileText(fileMap, "xl/_rels/workbook.xml.rels");
  if (!rels) return out;
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attr(m[0], "Id");
    const target = attr(m[0], "Target");
    if (id && target) targets.set(id, resolveTarget(target));
  }
  for (const sheet of wb.Workbook?.Sheets ?? []) {
    const name = sheet.name;
    const id: unknown = (sheet as { id?: unknown }).id;
    if (!name || typeof id !== "string") continue;
    if (wanted && !wanted.has(name.toLowerCase())) continue;
    const path = targets.get(id);
    const xml = path ? fileText(fileMap, path, HIDDEN_ATTR) : null;
    if (!xml) continue;
    const hidden = hiddenRowsInSheetXml(xml);
    if (hidden.length > 0) out.set(name, hidden);
  }
  return out;
}
