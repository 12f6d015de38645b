/** The survey command's own words (help, summary lines), Vietnamese first. */
import type { Lang } from "@cchc/scoring-core";

export const SURVEY_HELP: Record<Lang, string> = {
  vi: `cchc survey <tệp-trả-lời.xlsx…> --design <thiết-kế.xlsx|json> --out diem-dtxhh.xlsx [tùy chọn]

Tính điểm điều tra xã hội học (ĐTXHH) từ câu trả lời thô: bảng câu trả lời Google Forms hoặc bảng
nhập phiếu giấy (có thể nhiều tệp). Điểm câu hỏi = điểm tối đa × trung bình trọng số các câu trả lời
(A/B/C/D = 100/60/20/0 % theo mặc định; "Không biết" không tính); điểm tiêu chí = tổng các câu hỏi.

  --design TỆP          thiết kế phiếu: tệp .xlsx (trang câu hỏi, đơn vị, nhóm, thang, cài đặt) hoặc .json
  --framework BỘ.json   bộ tiêu chí: đối chiếu điểm tối đa; không có --design thì mỗi tiêu chí ĐTXHH là một câu hỏi
  --out TỆP.xlsx        bắt buộc: bảng điểm ĐTXHH (dùng được cho cchc rank --survey)
  --min-responses N     số phiếu tối thiểu mỗi đơn vị (ghi đè thiết kế)
  --weigh-groups        tính theo trọng số nhóm; --no-weigh-groups: mọi câu trả lời như nhau
  --scale TÊN           thang mặc định (abcd, likert5, numeric1-5 hoặc thang trong thiết kế)
  --population N        cỡ mẫu cần cho tổng thể N người: n = N / (1 + N·e²)
  --margin e            sai số cho phép (mặc định 0,05)
  --json                in kết quả dạng JSON (xem cli/README.md)
  --lang en             tiếng Anh

Mã thoát: 0 không có lỗi; 1 có lỗi trong câu trả lời hoặc thiết kế (bảng điểm vẫn được ghi); 2 không đọc được tệp.`,
  en: `cchc survey <answers.xlsx…> --design <design.xlsx|json> --out survey-points.xlsx [options]

Computes the sociological survey (ĐTXHH) points from the raw answers: a Google Forms responses
sheet or a workbook typed from paper forms (several files may be given). Question points = the
question's maximum × the mean weight of its answers (A/B/C/D = 100/60/20/0 % by default; "don't
know" is not counted); criterion points = the sum of its questions.

  --design FILE         the survey design: .xlsx (questions, units, groups, scale, settings sheets) or .json
  --framework SET.json  criteria set: maxima are checked; without --design each survey item is one question
  --out FILE.xlsx       required: the survey points workbook (cchc rank --survey reads it)
  --min-responses N     minimum forms per unit (overrides the design)
  --weigh-groups        weigh respondent groups; --no-weigh-groups: every answer counts the same
  --scale NAME          default scale (abcd, likert5, numeric1-5 or a scale of the design)
  --population N        sample size needed for a population of N: n = N / (1 + N·e²)
  --margin e            margin of error (default 0.05)
  --json                JSON on stdout (see cli/README.md)
  --lang en             English

Exit codes: 0 no error; 1 errors in the answers or the design (the workbook is still written); 2 a file cannot be read.`,
};

const TEXTS = {
  needDesign: {
    vi: "Lệnh survey cần --design (tệp thiết kế phiếu) hoặc --framework (bộ tiêu chí).",
    en: "The survey command needs --design (a survey design) or --framework (a criteria set).",
  },
  noSurveyItems: {
    vi: "Bộ tiêu chí “{0}” không có tiêu chí nào chấm bằng ĐTXHH: cần --design (tệp thiết kế phiếu).",
    en: "The criteria set “{0}” has no survey-scored criterion: --design (a survey design) is needed.",
  },
  designJson: {
    vi: "Tệp thiết kế phiếu “{0}” không phải JSON hợp lệ.",
    en: "The survey design “{0}” is not valid JSON.",
  },
  designInvalid: {
    vi: "Thiết kế phiếu “{0}” không dùng được: {1}",
    en: "The survey design “{0}” cannot be used: {1}",
  },
  badNumber: { vi: "Giá trị “{0}” của {1} không hợp lệ.", en: "Invalid value “{0}” for {1}." },
  header: {
    vi: "Đơn vị | Loại | Số phiếu | Tổng ĐTXHH | Ghi chú",
    en: "Unit | Type | Forms | Survey total | Note",
  },
  noAnswers: { vi: "chưa có", en: "not yet" },
  below: { vi: "dưới tối thiểu", en: "below minimum" },
  forms: {
    vi: "Phiếu: {0} dòng đọc, {1} được tính, {2} trùng.",
    en: "Forms: {0} rows read, {1} counted, {2} duplicates.",
  },
  sample: {
    vi: "Cỡ mẫu cần cho tổng thể {0} người, sai số {1}: {2} phiếu (n = N / (1 + N·e²)).",
    en: "Sample size for a population of {0} at a margin of {1}: {2} forms (n = N / (1 + N·e²)).",
  },
  sampleUnits: {
    vi: "Cỡ mẫu theo đơn vị (sai số {0}): {1}",
    en: "Sample size per unit (margin {0}): {1}",
  },
  issues: { vi: "Vấn đề ({0}{1}):", en: "Issues ({0}{1}):" },
  shown: { vi: ", hiện {0}", en: ", {0} shown" },
  done: {
    vi: "Kết quả: {0} đơn vị, {1} lỗi, {2} cảnh báo. Bảng điểm: {3}",
    en: "Result: {0} units, {1} errors, {2} warnings. Workbook: {3}",
  },
} satisfies Record<string, Record<Lang, string>>;

export function st(lang: Lang, key: keyof typeof TEXTS, ...args: (string | number)[]): string {
  return TEXTS[key][lang].replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ""));
}
