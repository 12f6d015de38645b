/**
 * Which department owns (appraises and leads improvement of) each field. Configuration, not law:
 * the default is the assignment of the Sơn La 2014 decision (seed 004), with the departments merged
 * in the 2025 reorganisation under their new names (Kế hoạch và Đầu tư → Tài chính, Thông tin và
 * Truyền thông → Khoa học và Công nghệ); a province passes its own.
 */
export type FieldOwners = Record<string, string>;

export const DEFAULT_FIELD_OWNERS: FieldOwners = {
  "1": "Sở Nội vụ",
  "2": "Sở Tư pháp",
  "3": "Sở Tư pháp",
  "4": "Sở Nội vụ",
  "5": "Sở Nội vụ",
  "6": "Sở Tài chính",
  "7": "Sở Khoa học và Công nghệ; Sở Tài chính",
  "8": "Sở Nội vụ",
};

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

/** "VII" → "7", "7" → "7": owners are keyed by the field's Arabic number. */
export function fieldNumber(code: string): string {
  const c = code.trim().replace(/\.$/, "").toUpperCase();
  if (/^[IVXL]+$/.test(c)) {
    let n = 0;
    for (let i = 0; i < c.length; i++) {
      const v = ROMAN[c[i]!]!;
      const next = ROMAN[c[i + 1] ?? ""] ?? 0;
      n += v < next ? -v : v;
    }
    return String(n);
  }
  return c;
}

export function ownerOf(fieldCode: string, owners: FieldOwners): string | null {
  return owners[fieldCode] ?? owners[fieldNumber(fieldCode)] ?? null;
}
