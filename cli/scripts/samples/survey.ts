/**
 * The sample survey (ĐTXHH) of the sample province: a design workbook and the raw answers as a
 * Sở gets them — a Google Forms responses sheet about departments and a workbook typed from paper
 * forms about communes. DỮ LIỆU MẪU — sample data, made up; deterministic from SURVEY_SEED.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { SAMPLE_SETS, flattenSet, isLeaf, isSurveyScored, maxFor, roundTo } from "@cchc/scoring-core";
import { rng, type Rng } from "./prng";
import { workbookBytes } from "./unit-workbook";

export const SURVEY_SEED = 20251216;
export const SURVEY_DIR = "dieu-tra";
export const SURVEY_FILES = {
  design: `${SURVEY_DIR}/thiet-ke-phieu.xlsx`,
  online: `${SURVEY_DIR}/tra-loi-truc-tuyen-so-ban-nganh.xlsx`,
  paper: `${SURVEY_DIR}/phieu-giay-xa-phuong.xlsx`,
};

const GROUPS = {
  department: [
    { code: "HDND", name: "Đại biểu HĐND tỉnh", weight: "40%" },
    { code: "LDX", name: "Lãnh đạo UBND xã, phường", weight: "30%" },
    { code: "PX", name: "Lãnh đạo phòng chuyên môn cấp xã", weight: "30%" },
  ],
  commune: [
    { code: "HDND", name: "Đại biểu HĐND tỉnh", weight: "40%" },
    { code: "LDS", name: "Lãnh đạo sở, ban, ngành", weight: "30%" },
    { code: "PS", name: "Lãnh đạo phòng thuộc sở", weight: "30%" },
  ],
};
const LETTERS = ["A. Rất tốt", "B. Tốt", "C. Trung bình", "D. Kém"];

interface Q {
  code: string;
  text: string;
  criterion: string;
  max: number;
  criterionMax: number;
  unitType: string;
  groups: string;
}

function questions(): Q[] {
  const out: Q[] = [];
  let n = 1;
  for (const set of SAMPLE_SETS) {
    const type = set.unitTypes[0]!;
    for (const { node } of flattenSet(set))
      if (isLeaf(node) && isSurveyScored(node)) {
        const max = maxFor(node, type);
        // Larger items are asked as two questions whose maxima add up to the item's.
        const parts = max >= 3 ? [roundTo(max / 2, 2), roundTo(max - roundTo(max / 2, 2), 2)] : [max];
        parts.forEach((m, i) => {
          const code = `CH${String(n++).padStart(2, "0")}`;
          const groups = GROUPS[type as "department" | "commune"];
          out.push({
            code,
            text: parts.length > 1 ? `${node.title} (${i === 0 ? "mức độ" : "kết quả"})` : node.title,
            criterion: node.code,
            max: m,
            criterionMax: max,
            unitType: type,
            // The second part of a split item is not asked of HĐND delegates.
            groups: (i === 1 ? groups.slice(1) : groups).map((g) => g.code).join("; "),
          });
        });
      }
  }
  return out;
}

function answer(r: Rng, quality: number): string {
  const x = r.next();
  if (x < 0.04) return "Không biết / không trả lời";
  if (x < 0.07) return "";
  const q = quality + (r.next() - 0.5) * 0.5;
  return q > 0.8 ? LETTERS[0]! : q > 0.55 ? LETTERS[1]! : q > 0.3 ? LETTERS[2]! : LETTERS[3]!;
}

export function generateSurvey(dir: string, units: readonly { unit: string; unitType: string }[]): string[] {
  const r = rng(SURVEY_SEED);
  const written: string[] = [];
  const write = (rel: string, bytes: Uint8Array) => {
    const p = join(dir, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, bytes);
    written.push(rel);
  };
  const qs = questions();
  const rated = units.filter((u) => u.unitType === "department" || u.unitType === "commune");
  // Units as the units list names them (one starts with "=" on purpose); respondents type plain names.
  const names = rated;

  const sheet = (rows: unknown[][], cols: number[]) => {
    const ws = XLSX.utils.aoa_to_sheet(rows);
    ws["!cols"] = cols.map((wch) => ({ wch }));
    return ws;
  };
  const groups = [...GROUPS.department, ...GROUPS.commune.filter((g) => g.code !== "HDND")];
  write(
    SURVEY_FILES.design,
    workbookBytes([
      [
        "Câu hỏi",
        sheet(
          [
            ["THIẾT KẾ PHIẾU ĐIỀU TRA XÃ HỘI HỌC NĂM 2025 (DỮ LIỆU MẪU)"],
            [],
            [
              "Mã câu hỏi",
              "Nội dung câu hỏi",
              "Tiêu chí",
              "Điểm tối đa",
              "Điểm ĐTXHH tối đa của tiêu chí",
              "Loại đơn vị",
              "Nhóm trả lời",
            ],
            ...qs.map((q) => [q.code, q.text, q.criterion, q.max, q.criterionMax, q.unitType, q.groups]),
          ],
          [10, 70, 10, 10, 14, 12, 24],
        ),
      ],
      [
        "Đơn vị",
        sheet(
          [
            ["Tên đơn vị", "Loại", "Số người được khảo sát"],
            ...names.map((u) => [u.unit, u.unitType, u.unitType === "department" ? 120 : 60]),
          ],
          [50, 12, 14],
        ),
      ],
      [
        "Nhóm",
        sheet(
          [["Mã nhóm", "Nhóm đối tượng", "Trọng số"], ...groups.map((g) => [g.code, g.name, g.weight])],
          [10, 40, 10],
        ),
      ],
      [
        "Thang",
        sheet(
          [
            ["Thang", "Phương án", "Trọng số", "Cách viết khác"],
            ["abcd", "A", "100%", "Rất tốt"],
            ["abcd", "B", "60%", "Tốt"],
            ["abcd", "C", "20%", "Trung bình"],
            ["abcd", "D", "0%", "Kém"],
            ["abcd", "Không biết / không trả lời", "", "E; Không biết; Không trả lời"],
          ],
          [10, 30, 10, 30],
        ),
      ],
      [
        "Cài đặt",
        sheet(
          [
            ["Cài đặt", "Giá trị"],
            ["Số phiếu tối thiểu", 12],
            ["Thang mặc định", "abcd"],
          ],
          [30, 12],
        ),
      ],
    ]),
  );

  const rowsFor = (type: string, noForms: number, fewForms: number) => {
    const list = names.filter((u) => u.unitType === type);
    const tq = qs.filter((q) => q.unitType === type);
    const gs = GROUPS[type as "department" | "commune"];
    const rows: { unit: string; group: (typeof gs)[number]; answers: string[] }[] = [];
    list.forEach((u, i) => {
      if (i === noForms) return; // a unit nobody has rated yet
      const quality = 0.35 + r.next() * 0.6;
      const n = i === fewForms ? 5 : r.int(14, 30);
      for (let k = 0; k < n; k++) {
        const group = gs[k % gs.length]!;
        const answers = tq.map((q) => (q.groups.split("; ").includes(group.code) ? answer(r, quality) : ""));
        // Names as respondents type them: case, "tỉnh", the long form of UBND.
        let unit = u.unit.replace(/^=+/, "");
        const spelling = r.next();
        if (spelling < 0.1) unit = unit.toUpperCase();
        else if (spelling < 0.2 && type === "department") unit = `${unit} tỉnh An Hòa`;
        else if (spelling < 0.3) unit = unit.replace(/^UBND/, "Ủy ban nhân dân");
        rows.push({ unit, group, answers });
      }
    });
    return { rows, tq };
  };

  // Departments: the Google Forms responses sheet (timestamp, then one column per question).
  const dep = rowsFor("department", 4, 7);
  dep.rows.splice(10, 0, { ...dep.rows[9]! }); // a form sent twice
  dep.rows.push({
    unit: "Sở Kế hoạch và Đầu tư",
    group: GROUPS.department[0]!,
    answers: dep.rows[0]!.answers,
  }); // an old name
  const start = Date.UTC(2025, 10, 3, 1, 0, 0);
  write(
    SURVEY_FILES.online,
    workbookBytes([
      [
        "Câu trả lời biểu mẫu 1",
        sheet(
          [
            [
              "Dấu thời gian",
              "Nhóm đối tượng",
              "Đơn vị được đánh giá",
              ...dep.tq.map((q) => `${q.code}. ${q.text}`),
            ],
            ...dep.rows.map((row, i) => {
              const t = new Date(start + i * 7 * 60_000);
              const stamp = `${t.getUTCDate()}/${t.getUTCMonth() + 1}/${t.getUTCFullYear()} ${t.getUTCHours()}:${String(t.getUTCMinutes()).padStart(2, "0")}:00`;
              return [stamp, row.group.name, row.unit, ...row.answers];
            }),
          ],
          [18, 32, 40, ...dep.tq.map(() => 16)],
        ),
      ],
    ]),
  );

  // Communes: typed from paper forms (form number, group code, unit, answer letters).
  const com = rowsFor("commune", 11, 20);
  const letter = (a: string) => (a.startsWith("Không") ? "E" : a.slice(0, 1));
  write(
    SURVEY_FILES.paper,
    workbookBytes([
      [
        "Phiếu giấy",
        sheet(
          [
            ["NHẬP PHIẾU GIẤY — ĐIỀU TRA XÃ HỘI HỌC 2025 (DỮ LIỆU MẪU)"],
            ["Số phiếu", "Đối tượng", "Đơn vị được đánh giá", ...com.tq.map((q) => q.code)],
            ...com.rows.map((row, i) => [i + 1, row.group.code, row.unit, ...row.answers.map(letter)]),
            [com.rows.length + 1, "LDS", "UBND xã Hòa Bình", ...com.tq.map((_, k) => (k === 0 ? "F" : "B"))], // an answer off the scale
          ],
          [10, 12, 40, ...com.tq.map(() => 8)],
        ),
      ],
    ]),
  );
  return written;
}
