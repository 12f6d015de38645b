/**
 * The heading block of a published sheet, as Vietnamese administrative documents lay it out
 * (Nghị định 30/2020/NĐ-CP): the issuing body on the left, the national motto on the right,
 * then the title and "Kèm theo Quyết định số …". Shared by the ranking sheets and the report.
 */
import type { Lang } from "../messages/lang";
import type { BlockBuilder } from "./block-builder";
import { labels } from "./labels";

/** What the heading says; hosts fill it from their settings, the cli from its options. */
export interface PublishHeading {
  /** Issuing body, top line first ("UBND TỈNH AN HÒA", "SỞ NỘI VỤ"). */
  issuer?: string[];
  /** Province, for the default issuer when `issuer` is not given. */
  province?: string | null;
  year?: number | null;
  /** "123/QĐ-UBND ngày 15/01/2026": the decision the ranking is attached to. */
  decision?: string | null;
  /** Who signs the report: position lines first, the name last ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn A"). */
  signer?: string[];
}

/** The issuer lines: given, or "UBND TỈNH …" / "SỞ NỘI VỤ" from the province. */
export function issuerLines(h: PublishHeading, lang: Lang): string[] {
  const L = labels(lang);
  const given = (h.issuer ?? []).map((s) => s.trim()).filter((s) => s !== "");
  if (given.length > 0) return given;
  return h.province ? [L.provinceIssuer(h.province), L.defaultIssuer] : [L.defaultIssuer];
}

/**
 * Splits the table's columns into the left and right halves of the heading: the left part
 * takes about 40 % of the width, as the issuing body does on paper.
 */
export function headingSplit(widths: readonly number[]): number {
  const total = widths.reduce((s, w) => s + w, 0);
  let used = 0;
  for (let i = 0; i < widths.length; i++) {
    used += widths[i]!;
    if (used >= total * 0.4) return Math.max(1, Math.min(i + 1, widths.length - 1));
  }
  return Math.max(1, widths.length - 1);
}

/** Writes the heading and title rows; every line is merged across its half or the whole width. */
export function writeHeading(
  b: BlockBuilder,
  h: PublishHeading,
  title: string,
  widths: readonly number[],
  lang: Lang,
  options: { full: boolean } = { full: true },
): void {
  const L = labels(lang);
  const width = widths.length;
  if (options.full) {
    const split = headingSplit(widths);
    const left = issuerLines(h, lang);
    const right = [L.motto1, L.motto2];
    const lines = Math.max(left.length, right.length);
    for (let i = 0; i < lines; i++) {
      const cells: (string | null)[] = new Array<string | null>(width).fill(null);
      cells[0] = left[i] ?? null;
      cells[split] = right[i] ?? null;
      const r = b.row(cells);
      b.merge(r, 0, split);
      b.merge(r, split, width - split);
      b.styled(r, "heading");
    }
    b.blank();
  }
  const t = b.row([title]);
  b.merge(t, 0, width);
  b.styled(t, "title");
  if (h.decision) {
    const d = b.row([L.attached(h.decision)]);
    b.merge(d, 0, width);
    b.styled(d, "note");
  }
  b.blank();
}
