/**
 * Survey benchmark: 100,000 answer rows (a large province's year, every group) → points.
 * `npm run bench:survey -w @cchc/scoring-core` (tsx). The grid is built first; timed: scoreSurvey
 * (header finding, unit matching, scale reading, duplicates, exact points), median of 3 runs after
 * a warm-up, wall and CPU time (the machine is shared).
 */
import os from "node:os";
import { performance } from "node:perf_hooks";
import type { CellValue } from "../src/grid/grid";
import { SurveyDesignSchema } from "../src/survey/design-schema";
import { scoreSurvey } from "../src/survey/score-survey";

const ROWS = Number(process.env["CCHC_SURVEY_ROWS"] ?? 100_000);
const UNITS = 130;
const QUESTIONS = 12;
const groups = [
  { code: "HDND", name: "Đại biểu HĐND tỉnh", weight: 0.4 },
  { code: "LDX", name: "Lãnh đạo UBND xã, phường", weight: 0.3 },
  { code: "PX", name: "Lãnh đạo phòng chuyên môn cấp xã", weight: 0.3 },
];
const units = Array.from({ length: UNITS }, (_, i) => ({ name: `UBND xã Số ${i + 1}`, type: "commune" }));
const design = SurveyDesignSchema.parse({
  questions: Array.from({ length: QUESTIONS }, (_, q) => ({
    code: `CH${q + 1}`,
    text: `Câu hỏi số ${q + 1} về chất lượng phục vụ`,
    criterion: `${(q % 8) + 1}.4.1`,
    max: 1.5,
    ...(q % 4 === 3 ? { groups: ["LDX", "PX"] } : {}),
  })),
  groups,
  weighGroups: true,
  minResponses: 30,
  units,
});

// Deterministic pseudo-random answers (mulberry32): letters with and without text, "Không biết", blanks.
let seed = 12345;
const next = () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const ANSWERS = [
  "A. Rất tốt",
  "B. Tốt",
  "C. Trung bình",
  "D. Kém",
  "A",
  "B",
  "C",
  "Không biết / không trả lời",
  "",
];
const values: CellValue[][] = [
  [
    "Dấu thời gian",
    "Nhóm đối tượng",
    "Đơn vị được đánh giá",
    ...design.questions.map((q) => `${q.code}. ${q.text}`),
  ],
];
for (let r = 0; r < ROWS; r++) {
  const g = groups[Math.floor(next() * 3)]!;
  const u = units[Math.floor(next() * UNITS)]!;
  const name =
    next() < 0.1 ? u.name.toUpperCase() : next() < 0.1 ? u.name.replace("UBND", "Ủy ban nhân dân") : u.name;
  values.push([
    `1/12/2025 ${r}`,
    g.name,
    name,
    ...design.questions.map((q) =>
      q.groups && g.code === "HDND" ? "" : ANSWERS[Math.floor(next() * ANSWERS.length)]!,
    ),
  ]);
}
const inputs = [{ source: "bench.xlsx", grids: [{ sheet: "Câu trả lời", values }] }];

function run(): { wall: number; cpu: number; forms: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const r = scoreSurvey(design, inputs);
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000, forms: r.forms.counted };
}

run(); // warm-up
const runs = [run(), run(), run()];
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
const heap = process.memoryUsage().heapUsed / 2 ** 20;
console.log(
  `survey: ${ROWS.toLocaleString("en")} answer rows × ${QUESTIONS} questions, ${UNITS} units, 3 weighed groups → ` +
    `${med(runs.map((r) => r.wall)).toFixed(0)} ms wall, ${med(runs.map((r) => r.cpu)).toFixed(0)} ms CPU (median of 3; ` +
    `fastest CPU ${Math.min(...runs.map((r) => r.cpu)).toFixed(0)} ms); ${runs[0]!.forms} forms counted; heap ${heap.toFixed(0)} MB; ` +
    `load ${os.loadavg()[0]!.toFixed(2)}; ${os.cpus()[0]?.model ?? "?"}; Node ${process.version}`,
);
