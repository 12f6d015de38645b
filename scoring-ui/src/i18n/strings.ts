/**
 * Every text the pane shows, in Vietnamese here and in English in strings-en.ts. Components never
 * hard-code UI text: they read it through `useI18n()`. Numbers arrive already formatted (decimal
 * comma in Vietnamese) from the core's formatNumber.
 */

export interface Strings {
  appTitle: string;
  tabs: {
    check: string;
    results: string;
    template: string;
    handout: string;
    consolidate: string;
    settings: string;
    appraisal: string;
  };
  common: {
    working: string;
    cancel: string;
    save: string;
    saved: string;
    errorTitle: string;
    unexpected: string;
    whatNext: string;
    tryAgain: string;
    cancelled: string;
    close: string;
    none: string;
    activeSheet: string;
    loading: string;
    chooseFile: string;
    chooseFiles: string;
    noFile: string;
    /** English was chosen but its texts (a chunk loaded on use) could not be loaded. */
    langFailed: string;
  };
  check: {
    intro: string;
    run: string;
    rerun: string;
    running: string;
    ready: string;
    readyWithWarnings: (warnings: string) => string;
    notReady: (errors: string, warnings: string) => string;
    notReadyHint: string;
    noTable: string;
    sheet: (sheet: string) => string;
    totalsTitle: string;
    colField: string;
    colMax: string;
    colSelf: string;
    colAppraised: string;
    total: string;
    final: string;
    index: string;
    bonusPenalty: (bonus: string, penalty: string) => string;
    issuesTitle: string;
    noIssues: string;
    severity: { error: string; warning: string; info: string };
    general: string;
    field: (code: string) => string;
    truncated: (total: string, shown: string) => string;
    goToCell: (cell: string) => string;
  };
  appraisal: {
    intro: string;
    check: string;
    noTable: string;
    noFlagColumn: string;
    none: string;
    allAnswered: (count: string) => string;
    missing: (count: string) => string;
    status: Record<"none" | "round1" | "round2" | "closed", string>;
    state: Record<"open" | "answered" | "settled", string>;
    round1: (score: string) => string;
    note: string;
    answer: string;
    noAnswer: string;
    openCell: string;
    councilTitle: string;
    councilIntro: string;
    by: string;
    record: string;
    openRound2: string;
    close: string;
    recorded: (logged: string, sheet: string, phase: string) => string;
    nothingLogged: (phase: string) => string;
    phase: Record<"round1" | "round2" | "closed", string>;
  };
  results: {
    intro: string;
    write: string;
    written: (sheet: string) => string;
    mark: string;
    marked: (count: string) => string;
    clear: string;
    cleared: (count: string) => string;
    needsCheck: string;
    basedOn: (sheet: string, errors: string, warnings: string) => string;
  };
  template: {
    intro: string;
    source: string;
    fromSample: string;
    fromFile: string;
    fromAnnex: string;
    set: string;
    pickSet: string;
    file: string;
    fileLoaded: (name: string) => string;
    badJson: (name: string) => string;
    badJsonHint: string;
    annexSheet: string;
    pickSheet: string;
    unit: string;
    unitPlaceholder: string;
    unitType: string;
    year: string;
    yearHint: string;
    yearInvalid: string;
    create: string;
    created: (sheet: string) => string;
    missing: string;
    sampleNote: string;
  };
  consolidate: {
    introFiles: string;
    introUnits: string;
    files: string;
    filesChosen: (count: string) => string;
    survey: string;
    /** Raw survey answers and their design (points computed by the core). */
    surveyAnswers: string;
    surveyDesign: string;
    unitsList: string;
    optional: string;
    run: string;
    runUnits: string;
    progress: (done: string, total: string) => string;
    current: (name: string) => string;
    cancelled: string;
    done: (units: string, failed: string) => string;
    group: (name: string, count: string) => string;
    colRank: string;
    colUnit: string;
    colIndex: string;
    colClass: string;
    more: (count: string) => string;
    failedTitle: (count: string) => string;
    /** Consolidation issues (a set that scored no unit, survey data that matched none…). */
    issuesTitle: (count: string) => string;
    /** Before a run: the heading over the core's "unit type: set" lines. */
    setPlanTitle: string;
    sheetsWritten: string;
    noFiles: string;
    /** Said under the design picker: what an empty design means. */
    surveyDesignHint: string;
    /** The Word report (Báo cáo kết quả) of the last consolidation. */
    wordReport: string;
    wordReportMaking: string;
    wordReportSaved: (name: string) => string;
    wordReportOpen: string;
    /** One feedback workbook per unit, in one .zip. */
    unitFeedback: string;
    openSaved: string;
  };
  settings: {
    intro: string;
    criteriaSet: string;
    noSet: string;
    sample: string;
    sheet: string;
    headerRow: string;
    headerRowHint: string;
    headerRowInvalid: string;
    columns: string;
    columnsHint: string;
    unitType: string;
    anyUnitType: string;
    language: string;
    vi: string;
    en: string;
    saved: string;
  };
  /** "Import a set" (criteria-set storage, issue #10) and the set in use. */
  importSet: {
    inUse: string;
    none: string;
    stored: string;
    sample: string;
    decision: string;
    noDecision: string;
    heading: string;
    source: string;
    fromFile: string;
    fromAnnex: string;
    file: string;
    fileLoaded: (name: string) => string;
    pickFile: string;
    annexSheet: string;
    pickSheet: string;
    unitType: string;
    year: string;
    yearHint: string;
    decisionField: string;
    decisionPlaceholder: string;
    run: string;
    storedOk: (name: string, year: string) => string;
    replaced: string;
    notStored: (errors: string) => string;
    counts: (errors: string, warnings: string) => string;
    issues: string;
  };
  unitTypes: Record<string, string>;
  /** A unit's standing: appraisal status, survey points and why it is not (fully) ranked (#9). */
  standing: {
    /** Appraised is null: no appraisal round has a number. */
    notAppraised: string;
    appraised: (round: string, points: string) => string;
    /** Survey (ĐTXHH) points, or "none yet" (null, never 0). */
    survey: (points: string) => string;
    surveyNone: string;
  };
  boundary: { title: string; body: string; reload: string };
}

/** The pane's own language: in its first load. English (strings-en.ts) loads when first shown. */
export const VI_STRINGS: Strings = {
  appTitle: "Chấm điểm Chỉ số CCHC",
  tabs: {
    check: "Kiểm tra",
    results: "Kết quả",
    template: "Tạo bảng",
    handout: "Phát bảng",
    consolidate: "Tổng hợp",
    settings: "Cài đặt",
    appraisal: "Giải trình",
  },
  common: {
    working: "Đang xử lý…",
    cancel: "Huỷ",
    save: "Lưu",
    saved: "Đã lưu",
    errorTitle: "Không thực hiện được",
    unexpected: "Đã xảy ra lỗi không mong muốn.",
    whatNext: "Cách xử lý:",
    tryAgain: "Hãy thử lại; nếu vẫn lỗi, đóng và mở lại bảng điều khiển.",
    cancelled: "Đã huỷ.",
    close: "Đóng",
    none: "(không có)",
    activeSheet: "Trang tính đang mở",
    loading: "Đang tải…",
    chooseFile: "Chọn tệp…",
    chooseFiles: "Chọn các tệp…",
    noFile: "Chưa chọn tệp.",
    langFailed: "Không tải được giao diện tiếng Anh; bảng điều khiển vẫn dùng tiếng Việt.",
  },
  check: {
    intro: "Kiểm tra bảng tự chấm điểm: điểm vượt tối đa, thiếu tài liệu kiểm chứng, tổng sai…",
    run: "Kiểm tra",
    rerun: "Kiểm tra lại",
    running: "Đang đọc và kiểm tra bảng…",
    ready: "Sẵn sàng nộp",
    readyWithWarnings: (w) => `Sẵn sàng nộp — còn ${w} cảnh báo nên xem lại`,
    notReady: (e, w) => `Còn ${e} lỗi, ${w} cảnh báo`,
    notReadyHint: "Bấm vào từng lỗi để đến ô cần sửa, sửa xong bấm Kiểm tra lại.",
    noTable: "Không đọc được bảng chấm điểm trên trang tính này.",
    sheet: (s) => `Trang tính: ${s}`,
    totalsTitle: "Tổng điểm theo lĩnh vực",
    colField: "Lĩnh vực",
    colMax: "Tối đa",
    colSelf: "Tự chấm",
    colAppraised: "Thẩm định",
    total: "Tổng",
    final: "Điểm cuối cùng",
    index: "Chỉ số",
    bonusPenalty: (b, p) => `Điểm thưởng ${b}, điểm trừ ${p}`,
    issuesTitle: "Các vấn đề",
    noIssues: "Không có vấn đề nào.",
    severity: { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" },
    general: "Chung",
    field: (c) => `Lĩnh vực ${c}`,
    truncated: (t, s) => `Có ${t} vấn đề, hiển thị ${s} vấn đề đầu tiên.`,
    goToCell: (c) => `Đến ô ${c}`,
  },
  appraisal: {
    intro:
      "Mục cần giải trình: các tiêu chí hội đồng thẩm định đánh dấu “Cần giải trình / bổ sung tài liệu”, kèm ý kiến thẩm định. Trả lời ở cột Giải trình của dòng đó (tài liệu bổ sung ghi ở cột Tài liệu kiểm chứng) rồi kiểm tra lại.",
    check: "Kiểm tra giải trình",
    noTable: "Không tìm thấy bảng chấm điểm trong tệp.",
    noFlagColumn: "Bảng chưa có cột “Cần giải trình / bổ sung tài liệu”: chưa có mục nào phải giải trình.",
    none: "Không có mục nào cần giải trình.",
    allAnswered: (n) => `Đã giải trình đủ ${n} mục: có thể gửi lại cho hội đồng thẩm định.`,
    missing: (n) => `Còn ${n} mục chưa giải trình.`,
    status: {
      none: "Chưa thẩm định",
      round1: "Thẩm định vòng 1",
      round2: "Thẩm định vòng 2",
      closed: "Đã kết thúc thẩm định",
    },
    state: { open: "Chưa giải trình", answered: "Đã giải trình", settled: "Đã chấm vòng 2" },
    round1: (x) => `Vòng 1: ${x}`,
    note: "Ý kiến thẩm định",
    answer: "Giải trình",
    noAnswer: "(chưa có)",
    openCell: "Đến ô giải trình",
    councilTitle: "Dành cho người thẩm định",
    councilIntro:
      "Ghi vào trang “Nhật ký thẩm định” các điểm thẩm định đã thay đổi từ lần ghi trước, kèm tên người ghi và thời điểm.",
    by: "Tên người thẩm định",
    record: "Ghi nhật ký",
    openRound2: "Mở vòng 2",
    close: "Kết thúc thẩm định",
    recorded: (n, sheet, phase) => `Đã ghi ${n} thay đổi vào “${sheet}”. Giai đoạn: ${phase}.`,
    nothingLogged: (phase) => `Không có thay đổi nào từ lần ghi trước. Giai đoạn: ${phase}.`,
    phase: { round1: "vòng 1", round2: "vòng 2", closed: "đã kết thúc" },
  },
  results: {
    intro:
      "Ghi kết quả kiểm tra vào một trang tính riêng của công cụ và đánh dấu các ô có vấn đề. Dữ liệu đã nhập không bị thay đổi.",
    write: "Ghi trang tính kết quả",
    written: (s) => `Đã ghi trang tính “${s}”.`,
    mark: "Đánh dấu ô có vấn đề",
    marked: (n) => `Đã đánh dấu ${n} ô.`,
    clear: "Xoá đánh dấu",
    cleared: (n) => `Đã xoá đánh dấu ${n} ô.`,
    needsCheck: "Chưa kiểm tra: công cụ sẽ kiểm tra bảng trước.",
    basedOn: (s, e, w) => `Theo lần kiểm tra trang tính “${s}”: ${e} lỗi, ${w} cảnh báo.`,
  },
  template: {
    intro: "Tạo trang tính chấm điểm mới từ một bộ tiêu chí.",
    source: "Lấy bộ tiêu chí từ",
    fromSample: "Bộ tiêu chí có sẵn",
    fromFile: "Tệp JSON",
    fromAnnex: "Trang tính phụ lục trong tệp này",
    set: "Bộ tiêu chí",
    pickSet: "Chọn bộ tiêu chí",
    file: "Tệp bộ tiêu chí (.json)",
    fileLoaded: (n) => `Đã đọc tệp ${n}.`,
    badJson: (n) => `Tệp ${n} không phải JSON hợp lệ.`,
    badJsonHint: "Chọn tệp bộ tiêu chí xuất từ công cụ (đuôi .json).",
    annexSheet: "Trang tính phụ lục",
    pickSheet: "Chọn trang tính",
    unit: "Tên đơn vị",
    unitPlaceholder: "Ví dụ: Sở Tư pháp",
    unitType: "Loại đơn vị",
    year: "Năm đánh giá",
    yearHint: "Để trống: năm của bộ tiêu chí.",
    yearInvalid: "Nhập năm gồm 4 chữ số, ví dụ 2025.",
    create: "Tạo bảng",
    created: (s) => `Đã tạo trang tính “${s}”.`,
    missing: "Hãy chọn bộ tiêu chí và nhập tên đơn vị.",
    sampleNote: "Bộ mẫu, không phải quyết định chính thức.",
  },
  consolidate: {
    introFiles: "Chọn các tệp tự chấm điểm (.xlsx) của đơn vị để tổng hợp, xếp hạng và xếp loại.",
    introUnits: "Tổng hợp các đơn vị có trong danh sách của bảng tính điều phối.",
    files: "Tệp của các đơn vị (.xlsx)",
    filesChosen: (n) => `Đã chọn ${n} tệp.`,
    survey: "Tệp điểm điều tra xã hội học",
    surveyAnswers: "Tệp câu trả lời điều tra (Google Forms, phiếu giấy đã nhập)",
    surveyDesign: "Thiết kế phiếu điều tra (câu hỏi, tiêu chí, điểm tối đa)",
    unitsList: "Tệp danh sách đơn vị",
    optional: "không bắt buộc",
    run: "Tổng hợp",
    runUnits: "Tổng hợp các đơn vị",
    progress: (d, t) => `Đã xử lý ${d}/${t}`,
    current: (n) => `Đang đọc: ${n}`,
    cancelled: "Đã huỷ tổng hợp; chưa ghi trang tính nào.",
    done: (u, f) => `Đã tổng hợp ${u} đơn vị; ${f} tệp lỗi.`,
    group: (g, n) => `${g} (${n})`,
    colRank: "Hạng",
    colUnit: "Đơn vị",
    colIndex: "Chỉ số",
    colClass: "Xếp loại",
    more: (n) => `… và ${n} đơn vị khác (xem trang tính xếp hạng).`,
    failedTitle: (n) => `${n} tệp không tổng hợp được`,
    issuesTitle: (n) => `${n} vấn đề khi tổng hợp`,
    setPlanTitle: "Bộ tiêu chí sẽ áp dụng",
    sheetsWritten: "Đã ghi các trang tính:",
    noFiles: "Hãy chọn ít nhất một tệp .xlsx.",
    surveyDesignHint:
      "Không chọn: mỗi tiêu chí ĐTXHH của bộ tiêu chí trong Cài đặt là một câu hỏi, thang A/B/C/D = 100/60/20/0 %.",
    wordReport: "Báo cáo (Word)",
    wordReportMaking: "Đang lập báo cáo…",
    wordReportSaved: (n) => `Đã lưu “${n}” vào Google Drive của bạn.`,
    wordReportOpen: "Mở báo cáo",
    unitFeedback: "Phản hồi từng đơn vị (.zip)",
    openSaved: "Mở tệp",
  },
  settings: {
    intro: "Các thiết lập được lưu trong tệp bảng tính.",
    criteriaSet: "Bộ tiêu chí đối chiếu",
    noSet: "Không đối chiếu",
    sample: "mẫu",
    sheet: "Trang tính chấm điểm",
    headerRow: "Dòng tiêu đề",
    headerRowHint: "Để trống để tự nhận diện.",
    headerRowInvalid: "Nhập một số nguyên dương, ví dụ 5.",
    columns: "Gán cột",
    columnsHint: "Khi tên cột không đủ rõ: “tự chấm=E, tối đa=D”. Để trống để tự nhận diện.",
    unitType: "Loại đơn vị",
    anyUnitType: "Chưa chọn",
    language: "Ngôn ngữ",
    vi: "Tiếng Việt",
    en: "English",
    saved: "Đã lưu cài đặt.",
  },
  importSet: {
    inUse: "Bộ tiêu chí đang dùng",
    none: "Chưa chọn bộ tiêu chí: bảng được kiểm tra không đối chiếu với bộ tiêu chí nào.",
    stored: "lưu trong tệp này",
    sample: "dữ liệu mẫu",
    decision: "Ban hành theo",
    noDecision: "chưa rõ quyết định ban hành",
    heading: "Nhập bộ tiêu chí của tỉnh",
    source: "Lấy từ",
    fromFile: "Tệp bộ tiêu chí (JSON)",
    fromAnnex: "Trang phụ lục trong tệp này",
    file: "Chọn tệp",
    fileLoaded: (name) => `Đã chọn: ${name}`,
    pickFile: "Chưa chọn tệp.",
    annexSheet: "Trang phụ lục",
    pickSheet: "Chọn trang",
    unitType: "Loại đơn vị áp dụng",
    year: "Năm",
    yearHint: "Để trống để lấy năm ghi trong phụ lục.",
    decisionField: "Quyết định ban hành",
    decisionPlaceholder: "Quyết định số …/QĐ-UBND ngày …",
    run: "Nhập và dùng bộ tiêu chí",
    storedOk: (name, year) => `Đã lưu bộ tiêu chí “${name}” (${year}) vào tệp và chọn dùng.`,
    replaced: "Bộ tiêu chí cùng mã đã lưu trước đây được thay bằng bộ mới.",
    notStored: (errors) => `Bộ tiêu chí có ${errors} lỗi nên CHƯA được lưu. Sửa các ô dưới đây rồi nhập lại.`,
    counts: (errors, warnings) => `${errors} lỗi, ${warnings} cảnh báo`,
    issues: "Các vấn đề của bộ tiêu chí",
  },
  unitTypes: { department: "Sở, ban, ngành", commune: "UBND xã, phường", district: "UBND cấp huyện" },
  standing: {
    notAppraised: "chưa thẩm định",
    appraised: (round, p) => `thẩm định lần ${round}: ${p}`,
    survey: (p) => `ĐTXHH: ${p}`,
    surveyNone: "chưa có",
  },
  boundary: {
    title: "Bảng điều khiển gặp lỗi",
    body: "Dữ liệu trong bảng tính không bị ảnh hưởng. Hãy tải lại bảng điều khiển.",
    reload: "Tải lại",
  },
};

export function unitTypeLabel(s: Strings, unitType: string): string {
  // Own keys only: a province's unit type "constructor" is shown as typed, not as Object.prototype's.
  return Object.hasOwn(s.unitTypes, unitType) ? s.unitTypes[unitType]! : unitType;
}
