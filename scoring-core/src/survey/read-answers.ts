/**
 * Finding the columns of an answers sheet: a Google Forms responses sheet (Dấu thời gian, then a
 * column per question) or a workbook typed from paper forms (Số phiếu, Nhóm đối tượng, Đơn vị được
 * đánh giá, answers). Question columns are matched by the question's code or its text, ignoring
 * case, diacritics, NFC/NFD and spacing. Rows stay in the grid: scoring walks them once.
 */
import type { Grid } from "../grid/grid";
import { foldWords } from "../grid/fold-cache";
import type { SurveyDesign } from "./design-schema";

export type AnswerRole = "timestamp" | "form" | "group" | "unit" | "email";

const ROLE_RULES: [RegExp, AnswerRole][] = [
  [/^(dau )?thoi gian|^timestamp$|^ngay gio/, "timestamp"],
  [/^(so|ma|stt) phieu\b|^phieu so\b|^so thu tu phieu/, "form"],
  [
    /^(nhom )?doi tuong( khao sat| tra loi| duoc khao sat)?$|^nhom( doi tuong| nguoi tra loi| tra loi)?$|^ban (la|thuoc)\b|^respondent group$|^group$/,
    "group",
  ],
  [
    /^(ten )?(don vi|co quan)( duoc| can| ma ban)?( danh gia| khao sat)?$|^(ten )?(co quan )?don vi duoc (danh gia|khao sat)|^unit( rated)?$/,
    "unit",
  ],
  [/^(dia chi )?e ?mail\b|^email address$|^thu dien tu/, "email"],
];

export interface AnswerSheet {
  /** File (or spreadsheet) name, for messages. */
  source: string;
  grid: Grid;
  /** 0-based grid row of the header. */
  headerRow: number;
  roles: Partial<Record<AnswerRole, number>>;
  /** Grid column → index of the question in design.questions. */
  questionCols: [col: number, question: number][];
  /** Header cells that name no role and no question (reported as info). */
  unmatched: { col: number; text: string }[];
}

function roleOf(words: string): AnswerRole | null {
  for (const [re, role] of ROLE_RULES) if (re.test(words)) return role;
  return null;
}

/** Folded keys of a question: its code and its text. */
export interface QuestionKeys {
  code: string;
  text: string;
}

export function questionKeys(design: SurveyDesign): QuestionKeys[] {
  return design.questions.map((q) => ({ code: foldWords(q.code), text: foldWords(q.text) }));
}

/** The question a header names: "CH1", "CH1. Mức độ…", "Câu 1", the question's text, "[CH1] …". */
export function matchQuestion(header: string, keys: readonly QuestionKeys[]): number | null {
  const h = foldWords(header);
  if (h === "") return null;
  const stripped = h.replace(/^(cau hoi|cau|question|q)\s+(?=\S)/, "");
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (k.code !== "" && (h === k.code || stripped === k.code)) return i;
    if (k.code !== "" && (h.startsWith(k.code + " ") || stripped.startsWith(k.code + " "))) {
      // "CH1 …" must not match "CH10 …": the code is followed by a space in both folds.
      return i;
    }
  }
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (k.text.length >= 8 && (h === k.text || h.includes(k.text))) return i;
  }
  return null;
}

/** Finds the header row in the first 30 rows: the row naming most questions. null: none. */
export function findAnswerSheet(
  source: string,
  grid: Grid,
  keys: readonly QuestionKeys[],
): AnswerSheet | null {
  const values = grid.values;
  let best: AnswerSheet | null = null;
  for (let r = 0; r < Math.min(30, values.length); r++) {
    const row = values[r];
    if (!Array.isArray(row)) continue;
    const roles: Partial<Record<AnswerRole, number>> = {};
    const questionCols: [number, number][] = [];
    const unmatched: { col: number; text: string }[] = [];
    const taken = new Set<number>();
    for (let c = 0; c < row.length && c < 1000; c++) {
      const v = row[c];
      if (v === null || v === undefined || v === "") continue;
      const text = String(v);
      if (text.length > 500) continue;
      const role = roleOf(foldWords(text));
      if (role && roles[role] === undefined) {
        roles[role] = c;
        continue;
      }
      const q = matchQuestion(text, keys);
      if (q !== null && !taken.has(q)) {
        taken.add(q);
        questionCols.push([c, q]);
      } else unmatched.push({ col: c, text });
    }
    if (questionCols.length > 0 && (best === null || questionCols.length > best.questionCols.length))
      best = { source, grid, headerRow: r, roles, questionCols, unmatched };
  }
  return best;
}
