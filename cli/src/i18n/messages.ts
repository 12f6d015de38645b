/**
 * The command's own words (help, progress, one-line errors), Vietnamese first. Issue messages
 * come from scoring-core's catalogue in the chosen language, never from here.
 */
import type { Lang } from "@cchc/scoring-core";

type Text = { vi: string; en: string };

export const HELP: Record<"main" | "validate" | "rank" | "template" | "framework", Text> = {
  main: {
    vi: `cchc — chấm điểm Chỉ số CCHC từ tệp .xlsx

Cách dùng:
  cchc validate <tệp.xlsx> [--sheet TÊN] [--framework BỘ.json] [--json] [--report phản-hồi.xlsx]
  cchc rank <tệp hoặc thư mục…> --out xep-hang.xlsx [--survey dtxhh.xlsx] [--units don-vi.xlsx] [--framework BỘ.json] [--json]
  cchc template --framework BỘ.json --unit "Tên đơn vị" --out bang-cham.xlsx
  cchc framework <phu-luc.xlsx> --out bo-tieu-chi.json [--json]
  cchc framework diff <bộ-cũ.json> <bộ-mới.json> [--out so-sanh.xlsx] [--json]
  cchc framework copy <bộ-năm-trước.json> --year 2026 --out bo-moi.json
  cchc survey <tra-loi.xlsx…> --design thiet-ke-phieu.xlsx --out diem-dtxhh.xlsx [--json]
  cchc trend <xep-hang-2024.xlsx> <xep-hang-2025.xlsx> --out xu-huong.xlsx [--renames sap-xep.xlsx] [--json]
  cchc plan <xep-hang.xlsx> --out ke-hoach.xlsx [--previous xep-hang-nam-truoc.xlsx] [--json]

Tùy chọn chung:
  --lang en     thông báo bằng tiếng Anh (mặc định: tiếng Việt)
  --help, -h    hướng dẫn cho từng lệnh, ví dụ: cchc rank --help

Mã thoát: 0 không có lỗi; 1 có lỗi trong bảng chấm điểm; 2 không đọc được tệp hoặc sai tham số.`,
    en: `cchc — score the Administrative Reform Index (Chỉ số CCHC) from .xlsx files

Usage:
  cchc validate <file.xlsx> [--sheet NAME] [--framework SET.json] [--json] [--report feedback.xlsx]
  cchc rank <files or folders…> --out ranking.xlsx [--survey survey.xlsx] [--units units.xlsx] [--framework SET.json] [--json]
  cchc template --framework SET.json --unit "Unit name" --out table.xlsx
  cchc framework <annex.xlsx> --out framework.json [--json]
  cchc framework diff <old.json> <new.json> [--out diff.xlsx] [--json]
  cchc framework copy <last-year.json> --year 2026 --out new.json
  cchc survey <answers.xlsx…> --design design.xlsx --out survey-points.xlsx [--json]
  cchc trend <ranking-2024.xlsx> <ranking-2025.xlsx> --out trends.xlsx [--renames renames.xlsx] [--json]
  cchc plan <ranking.xlsx> --out plan.xlsx [--previous last-year-ranking.xlsx] [--json]

Common options:
  --lang en     English messages (default: Vietnamese)
  --help, -h    help for each command, e.g. cchc rank --help

Exit codes: 0 no error; 1 errors in the scoring table; 2 a file cannot be read or bad arguments.`,
  },
  validate: {
    vi: `cchc validate <tệp.xlsx> [tùy chọn]

Kiểm tra bảng tự chấm điểm của một đơn vị: tìm trang chấm điểm, liệt kê các vấn đề theo mức độ
kèm địa chỉ ô, rồi in tổng điểm theo từng lĩnh vực.

  --sheet TÊN           trang tính chứa bảng chấm điểm (mặc định: tự tìm)
  --framework BỘ.json   bộ tiêu chí để đối chiếu (tệp JSON hoặc mã bộ mẫu)
  --unit-type LOẠI      loại đơn vị (department, commune…) khi bộ tiêu chí có điểm tối đa riêng
  --header-row SỐ       dòng tiêu đề của bảng (dòng cuối nếu tiêu đề có hai dòng; mặc định: tự tìm)
  --columns "GÁN"       gán cột khi tên cột không rõ, ví dụ "tự chấm=E,tối đa=D,stt=A,nội dung=B"
  --report TỆP.xlsx     ghi tệp phản hồi cho đơn vị (tổng điểm, các vấn đề và ô liên quan)
  --force               ghi đè tệp phản hồi đã có dù không do cchc tạo (không bao giờ ghi đè tệp đầu vào)
  --appraisal           kiểm tra các cột thẩm định, liệt kê mục cần giải trình và mục còn mở
  --json                in kết quả dạng JSON (xem cli/README.md)
  --lang en             tiếng Anh

Ví dụ:
  cchc validate "So Tu phap.xlsx" --report phan-hoi.xlsx

Mã thoát: 0 không có lỗi; 1 có lỗi; 2 không đọc được tệp.`,
    en: `cchc validate <file.xlsx> [options]

Checks one unit's self-assessment table: finds the scoring sheet, lists issues by severity with
their cell addresses, then prints the totals per field.

  --sheet NAME          the sheet holding the scoring table (default: detected)
  --framework SET.json  criteria set to check against (a JSON file or a sample set id)
  --unit-type TYPE      unit type (department, commune…) when the set has per-type maxima
  --header-row N        the table's header row (the last one of a two-row header; default: detected)
  --columns "MAP"       map columns the header does not name clearly, e.g. "self=E,max=D"
                        (or the Vietnamese names: "tự chấm=E,tối đa=D,stt=A,nội dung=B")
  --report FILE.xlsx    write a feedback workbook for the unit (totals, issues and their cells)
  --force               replace an existing report file cchc did not write (never an input)
  --appraisal           check the appraisal columns, list flagged and still-open items
  --json                print the result as JSON (see cli/README.md)
  --lang en             English

Example:
  cchc validate "So Tu phap.xlsx" --report feedback.xlsx --lang en

Exit codes: 0 no error; 1 errors; 2 the file cannot be read.`,
  },
  rank: {
    vi: `cchc rank <tệp hoặc thư mục…> --out xep-hang.xlsx [tùy chọn]

Tổng hợp nhiều bảng chấm điểm: mỗi đơn vị một dòng, xếp hạng trong nhóm, xếp loại.
Tệp không đọc được hoặc có lỗi vẫn được liệt kê, không bị bỏ qua.

  --out TỆP.xlsx        tệp kết quả (bắt buộc; không được trùng tệp đầu vào)
  --force               ghi đè tệp kết quả đã có dù không do cchc tạo (không bao giờ ghi đè tệp đầu vào)
  --units TỆP.xlsx      danh sách đơn vị: tệp → tên đơn vị, nhóm, loại
  --survey TỆP.xlsx     điểm điều tra xã hội học (ĐTXHH) theo đơn vị
  --framework BỘ.json   bộ tiêu chí (tệp JSON hoặc mã bộ mẫu); nhắc lại để dùng một bộ
                        cho mỗi loại đơn vị (Sở; xã, phường)
  --header-row SỐ       dòng tiêu đề của các bảng (mặc định: tự tìm)
  --columns "GÁN"       gán cột, ví dụ "tự chấm=E,tối đa=D"
  --report TỆP.docx     báo cáo kết quả (Word): tổng quan, xếp hạng, tiêu chí mất điểm, phụ lục
  --previous TỆP.xlsx   bảng xếp hạng năm trước (do cchc tạo): báo cáo nêu mức tăng, giảm
  --feedback THƯ-MỤC    ghi tệp phản hồi cho từng đơn vị: đúng số liệu xếp hạng (cả ĐTXHH),
                        tiêu chí bị mất điểm, ý kiến thẩm định, tài liệu kiểm chứng, vấn đề
  --issuer "DÒNG"       cơ quan ban hành ở đầu văn bản; nhắc lại cho mỗi dòng
                        (mặc định: UBND TỈNH <--province> / SỞ NỘI VỤ)
  --province TÊN        tên tỉnh cho đầu văn bản
  --year NĂM            năm đánh giá (mặc định: năm của bộ tiêu chí)
  --decision "SỐ"       số, ngày quyết định công bố: "Kèm theo Quyết định số …"
  --signer "DÒNG"       người ký báo cáo: chức vụ rồi họ tên, nhắc lại cho mỗi dòng
                        (ví dụ --signer "KT. GIÁM ĐỐC" --signer "PHÓ GIÁM ĐỐC" --signer "Lò Văn Minh")
  --json                in kết quả dạng JSON
  --quiet               không in tiến độ
  --lang en             tiếng Anh

Ví dụ:
  cchc rank ho-so/ --units don-vi.xlsx --survey dtxhh.xlsx --out xep-hang.xlsx

Mã thoát: 0 đã xếp hạng (tệp lỗi được liệt kê); 2 không xếp hạng được đơn vị nào, hoặc không đọc được
danh sách đơn vị, phiếu điều tra, bộ tiêu chí.`,
    en: `cchc rank <files or folders…> --out ranking.xlsx [options]

Consolidates many scoring workbooks: one row per unit, rank within its group, classification.
Files that cannot be read or have errors are listed, never dropped.

  --out FILE.xlsx       output workbook (required; must not be one of the inputs)
  --force               replace an existing output file cchc did not write (never an input)
  --units FILE.xlsx     units list: file → unit name, group, unit type
  --survey FILE.xlsx    sociological survey (ĐTXHH) points per unit
  --framework SET.json  criteria set (a JSON file or a sample set id); repeat it to use
                        one set per unit type (departments; communes)
  --header-row N        the tables' header row (default: detected)
  --columns "MAP"       map columns, e.g. "self=E,max=D" ("tự chấm=E,tối đa=D")
  --report FILE.docx    Word report: overview, ranking, criteria that lost points, annexes
  --previous FILE.xlsx  last year's ranking (written by cchc): the report gives the change
  --feedback FOLDER     one feedback workbook per unit: the ranking's figures (survey too),
                        criteria that lost points, appraisers' notes, evidence, issues
  --issuer "LINE"       issuing body at the top of the document; repeat for each line
                        (default: UBND TỈNH <--province> / SỞ NỘI VỤ)
  --province NAME       province name for the heading
  --year YEAR           assessment year (default: the criteria set's year)
  --decision "NO."      decision number and date: "Kèm theo Quyết định số …"
  --signer "LINE"       who signs the report: position lines, then the name; repeat per line
  --json                print the result as JSON
  --quiet               no progress output
  --lang en             English

Example:
  cchc rank units/ --units units.xlsx --survey survey.xlsx --out ranking.xlsx --lang en

Exit codes: 0 ranked (failed files are listed); 2 no unit could be ranked, or the units list, the
survey or a criteria set cannot be read.`,
  },
  template: {
    vi: `cchc template --framework BỘ.json --unit "Tên đơn vị" --out bang-cham.xlsx

Tạo bảng chấm điểm trống cho một đơn vị, dùng được trong Excel 2010 và LibreOffice không cần
add-in: khóa cột cấu trúc, ràng buộc dữ liệu ở ô điểm, cột tài liệu kiểm chứng, công thức tổng,
tô màu ô thiếu tài liệu kiểm chứng và điểm vượt tối đa.

  --framework BỘ.json   bộ tiêu chí (tệp JSON hoặc mã bộ mẫu; bắt buộc)
  --unit TÊN            tên đơn vị (bắt buộc)
  --unit-type LOẠI      loại đơn vị (department, commune…)
  --year NĂM            năm đánh giá
  --out TỆP.xlsx        tệp kết quả (bắt buộc)
  --force               ghi đè tệp kết quả đã có dù không do cchc tạo (không bao giờ ghi đè tệp đầu vào)
  --lang en             tiếng Anh`,
    en: `cchc template --framework SET.json --unit "Unit name" --out table.xlsx

Writes a blank scoring table for one unit that works in Excel 2010 and LibreOffice with no
add-in: locked structure columns, data validation on score cells, an evidence column, total
formulas, highlighting of missing evidence and over-maximum scores.

  --framework SET.json  criteria set (a JSON file or a sample set id; required)
  --unit NAME           unit name (required)
  --unit-type TYPE      unit type (department, commune…)
  --year YEAR           assessed year
  --out FILE.xlsx       output workbook (required)
  --force               replace an existing output file cchc did not write (never an input)
  --lang en             English`,
  },
  framework: {
    vi: `cchc framework <phu-luc.xlsx> --out bo-tieu-chi.json [tùy chọn]

Lập bộ tiêu chí (JSON) từ phụ lục chính thức được dán vào một trang tính, rồi kiểm tra bộ đó
(tổng điểm con bằng điểm cha, tổng các lĩnh vực, đánh số…).

  --out TỆP.json        tệp bộ tiêu chí (bắt buộc)
  --sheet TÊN           trang tính chứa phụ lục (mặc định: tự tìm)
  --id MÃ               mã bộ tiêu chí (mặc định: tên tệp)
  --name TÊN            tên bộ tiêu chí
  --year NĂM            năm áp dụng
  --unit-type LOẠI      loại đơn vị (mặc định: department; phụ lục có cột "Điểm tối đa Sở" |
                        "Điểm tối đa xã" cho ra một bộ với điểm tối đa theo từng loại)
  --header-row SỐ       dòng tiêu đề của phụ lục (mặc định: tự tìm)
  --columns "GÁN"       gán cột, ví dụ "tối đa=C,nội dung=B,stt=A"
  --json                in các vấn đề dạng JSON (như validate --json; xem cli/README.md)
  --lang en             tiếng Anh

Bộ tiêu chí luôn được ghi, kể cả khi có lỗi (có báo); khi đó mã thoát là 1.`,
    en: `cchc framework <annex.xlsx> --out framework.json [options]

Derives a criteria set (JSON) from an official annex pasted into a sheet, then validates it
(children sum to parents, fields to the declared total, numbering…).

  --out FILE.json       criteria set file (required)
  --sheet NAME          the sheet holding the annex (default: detected)
  --id ID               set id (default: the file name)
  --name NAME           set name
  --year YEAR           year it applies to
  --unit-type TYPE      unit type (default: department; an annex with "Điểm tối đa Sở" |
                        "Điểm tối đa xã" columns gives one set with maxima per unit type)
  --header-row N        the annex's header row (default: detected)
  --columns "MAP"       map columns, e.g. "max=C,title=B,code=A"
  --json                print the issues as JSON (as validate --json; see cli/README.md)
  --lang en             English

The set is written even when it has errors (and says so); the exit code is then 1.`,
  },
};

const TEXTS = {
  unknownCommand: {
    vi: "Lệnh không hợp lệ “{0}”. Dùng: cchc --help",
    en: "Unknown command “{0}”. See: cchc --help",
  },
  badArgs: {
    vi: "Tham số không hợp lệ: {0}. Dùng: cchc {1} --help",
    en: "Invalid arguments: {0}. See: cchc {1} --help",
  },
  missingArg: { vi: "Thiếu {0}. Dùng: cchc {1} --help", en: "Missing {0}. See: cchc {1} --help" },
  notFound: { vi: "Không tìm thấy tệp “{0}”.", en: "File “{0}” not found." },
  badYear: {
    vi: "Năm “{0}” không hợp lệ (ví dụ: --year 2025).",
    en: "Invalid year “{0}” (e.g. --year 2025).",
  },
  notAFile: { vi: "“{0}” không phải là tệp.", en: "“{0}” is not a file." },
  cannotRead: { vi: "Không đọc được tệp “{0}”: {1}", en: "Cannot read “{0}”: {1}" },
  cannotWrite: { vi: "Không ghi được tệp “{0}”: {1}", en: "Cannot write “{0}”: {1}" },
  nothingRanked: {
    vi: "Không xếp hạng được đơn vị nào: không tệp nào đọc và chấm được (xem danh sách tệp lỗi ở trên).",
    en: "No unit could be ranked: no file could be read and scored (see the failed files above).",
  },
  outIsFolder: {
    vi: "“{0}” là một thư mục: hãy ghi tên tệp kết quả, ví dụ “{0}/ket-qua.xlsx”.",
    en: "“{0}” is a folder: give the output file's name, for example “{0}/result.xlsx”.",
  },
  outNotOurs: {
    vi: "Đã có tệp “{0}” không do cchc tạo ra: hãy chọn tên tệp kết quả khác, hoặc thêm --force để ghi đè tệp đó.",
    en: "“{0}” already exists and was not written by cchc: choose another output file, or add --force to replace it.",
  },
  writeNoPermission: {
    vi: "không có quyền ghi vào thư mục này (hãy chọn thư mục khác, ví dụ trong Tài liệu)",
    en: "no permission to write in this folder (choose another folder, for example in Documents)",
  },
  writeReadOnly: {
    vi: "ổ đĩa hoặc thư mục chỉ cho phép đọc (hãy chọn thư mục khác)",
    en: "the drive or folder is read-only (choose another folder)",
  },
  writeDiskFull: {
    vi: "ổ đĩa đã đầy (hãy giải phóng dung lượng hoặc chọn ổ đĩa khác)",
    en: "the disk is full (free some space or choose another drive)",
  },
  writeBusy: {
    vi: "tệp đang được mở trong chương trình khác (hãy đóng tệp trong Excel rồi chạy lại)",
    en: "the file is open in another program (close it in Excel and run again)",
  },
  writeNoFolder: {
    vi: "không tạo được thư mục chứa tệp (một phần của đường dẫn là tệp, không phải thư mục)",
    en: "cannot create the folder for the file (part of the path is a file, not a folder)",
  },
  writeIsFolder: { vi: "đường dẫn là một thư mục", en: "the path is a folder" },
  writeNameTooLong: {
    vi: "đường dẫn quá dài (hãy chọn tên hoặc thư mục ngắn hơn)",
    en: "the path is too long (choose a shorter name or folder)",
  },
  writeOther: { vi: "lỗi hệ thống {0}", en: "system error {0}" },
  outIsInput: {
    vi: "Không ghi đè tệp đầu vào “{0}”: hãy chọn tệp kết quả khác.",
    en: "Will not overwrite the input file “{0}”: choose another output file.",
  },
  sheetNotFound: {
    vi: "Tệp “{0}” không có trang tính “{1}” (các trang: {2}).",
    en: "“{0}” has no sheet “{1}” (sheets: {2}).",
  },
  frameworkInvalid: { vi: "Bộ tiêu chí “{0}” không hợp lệ: {1}", en: "Criteria set “{0}” is invalid: {1}" },
  frameworkNotJson: {
    vi: "Bộ tiêu chí “{0}” không phải JSON hợp lệ.",
    en: "Criteria set “{0}” is not valid JSON.",
  },
  noInputs: {
    vi: "Không có tệp .xlsx nào trong các đường dẫn đã cho.",
    en: "No .xlsx files in the given paths.",
  },
  unexpected: {
    vi: "Lỗi không mong đợi: {0} (đặt CCHC_DEBUG=1 để xem chi tiết)",
    en: "Unexpected error: {0} (set CCHC_DEBUG=1 for details)",
  },
  // validate output
  file: { vi: "Tệp", en: "File" },
  sheet: { vi: "Trang tính", en: "Sheet" },
  unit: { vi: "Đơn vị", en: "Unit" },
  noIssues: { vi: "Không có vấn đề nào.", en: "No issues." },
  severity_error: { vi: "Lỗi", en: "Errors" },
  severity_warning: { vi: "Cảnh báo", en: "Warnings" },
  severity_info: { vi: "Thông tin", en: "Notes" },
  truncated: { vi: "(chỉ liệt kê {0} trong tổng số {1} vấn đề)", en: "(showing {0} of {1} issues)" },
  fieldsHeader: { vi: "Tổng điểm theo lĩnh vực", en: "Totals per field" },
  colCode: { vi: "TT", en: "No." },
  colTitle: { vi: "Lĩnh vực", en: "Field" },
  colMax: { vi: "Tối đa", en: "Max" },
  colSelf: { vi: "Tự chấm", en: "Self" },
  colAppraised: { vi: "Thẩm định", en: "Appraised" },
  totalsLine: {
    vi: "Tổng: tự chấm {self} · thẩm định {appraised} · ĐTXHH {survey} · thưởng {bonus} · trừ {penalty} · cuối cùng {final}/{max} · chỉ số {index}",
    en: "Total: self {self} · appraised {appraised} · survey {survey} · bonus {bonus} · penalty {penalty} · final {final}/{max} · index {index}",
  },
  verdictOk: { vi: "Kết quả: không có lỗi ({0} cảnh báo).", en: "Result: no errors ({0} warnings)." },
  verdictErrors: { vi: "Kết quả: {0} lỗi, {1} cảnh báo.", en: "Result: {0} errors, {1} warnings." },
  reportWritten: { vi: "Đã ghi tệp phản hồi: {0}", en: "Feedback workbook written: {0}" },
  feedbackWritten: {
    vi: "Đã ghi {0} tệp phản hồi cho từng đơn vị vào thư mục {1}",
    en: "{0} feedback workbooks, one per unit, written to {1}",
  },
  feedbackNotFolder: {
    vi: "“{0}” là một tệp: --feedback cần một thư mục (cchc tạo thư mục nếu chưa có).",
    en: "“{0}” is a file: --feedback needs a folder (cchc creates it when missing).",
  },
  noScoringSheet: {
    vi: "Không tìm thấy bảng chấm điểm trong “{0}”: {1}",
    en: "No scoring table in “{0}”: {1}",
  },
  // validate --appraisal output
  appraisalHeader: { vi: "Thẩm định", en: "Appraisal" },
  appraisalColumns: {
    vi: "Cột: lần 1 {round1} · lần 2 {round2} · cần giải trình {flag} · ý kiến thẩm định {note} · giải trình {answer} · TLKC {evidence}",
    en: "Columns: round 1 {round1} · round 2 {round2} · explanation needed {flag} · appraiser's note {note} · explanation {answer} · evidence {evidence}",
  },
  appraisalStatus: {
    vi: "Trạng thái: {status} · {flagged} mục cần giải trình · {open} mục chưa có điểm lần 2 · {notAppraised} mục chưa thẩm định",
    en: "Status: {status} · {flagged} items flagged · {open} items without a round-2 score · {notAppraised} items not appraised",
  },
  appraisalStatus_none: { vi: "chưa thẩm định", en: "not appraised" },
  appraisalStatus_round1: { vi: "đang thẩm định lần 1", en: "round 1" },
  appraisalStatus_round2: { vi: "đang thẩm định lần 2", en: "round 2" },
  appraisalStatus_closed: { vi: "đã kết thúc thẩm định", en: "closed" },
  appraisalMoved: {
    vi: "So với tự chấm: {changed} mục thay đổi, cộng {added}, trừ {removed} điểm",
    en: "Against self: {changed} items changed, {added} points added, {removed} removed",
  },
  flaggedHeader: {
    vi: "Các mục cần giải trình/bổ sung tài liệu",
    en: "Items flagged for explanation/evidence",
  },
  colItem: { vi: "Tiêu chí", en: "Item" },
  colRound1: { vi: "Lần 1", en: "Round 1" },
  colNote: { vi: "Ý kiến thẩm định", en: "Appraiser's note" },
  colAnswer: { vi: "Giải trình/TLKC", en: "Explanation/evidence" },
  colState: { vi: "Tình trạng", en: "State" },
  stateSettled: { vi: "đã có điểm lần 2", en: "settled" },
  stateAnswered: { vi: "đã giải trình", en: "answered" },
  stateUnanswered: { vi: "chưa giải trình", en: "no answer" },
  openLine: { vi: "Còn mở (chưa có điểm lần 2): {0}", en: "Still open (no round-2 score): {0}" },
  // rank output
  progress: { vi: "Đang xử lý {0}/{1}: {2}", en: "Processing {0}/{1}: {2}" },
  rankDone: {
    vi: "Đã xếp hạng {0} đơn vị ({1} tệp lỗi không đọc được). Kết quả: {2}",
    en: "Ranked {0} units ({1} files failed). Output: {2}",
  },
  failedHeader: { vi: "Tệp không xử lý được:", en: "Files that failed:" },
  skippedHeader: { vi: "Tệp bỏ qua (không xếp hạng):", en: "Files skipped (not ranked):" },
  heldOutHeader: { vi: "Chưa xếp hạng:", en: "Not ranked:" },
  previousByHeaders: {
    vi: "{0} không có dữ liệu kết quả năm (sheet “Dữ liệu CCHC (máy đọc)”): số liệu “so với năm trước” đọc từ các sheet xếp hạng theo tiêu đề cột.",
    en: "{0} holds no year results (sheet “Dữ liệu CCHC (máy đọc)”): the “compared with last year” figures are read from its ranking sheets by their column headers.",
  },
  previousUnreadable: {
    vi: "{0}: dữ liệu kết quả năm bị hỏng ({1}): số liệu “so với năm trước” đọc từ các sheet xếp hạng theo tiêu đề cột.",
    en: "{0}: the year results are damaged ({1}): the “compared with last year” figures are read from its ranking sheets by their column headers.",
  },
  surveyUnmatched: {
    vi: "Điểm ĐTXHH của “{0}” không khớp đơn vị nào.",
    en: "Survey points for “{0}” match no unit.",
  },
  unitsUnmatched: {
    vi: "Danh sách đơn vị có “{0}” ({1}) nhưng không có tệp tương ứng.",
    en: "The units list names “{0}” ({1}) but no such file was given.",
  },
  unitsUnmatchedMore: {
    vi: "… và {0} đơn vị khác trong danh sách không có tệp tương ứng.",
    en: "… and {0} more units in the list with no file given.",
  },
  rankHeader: {
    vi: "Hạng | Đơn vị | Nhóm | Điểm cuối cùng | Tối đa | Chỉ số | Xếp loại | Lỗi | Cảnh báo",
    en: "Rank | Unit | Group | Final | Max | Index | Class | Errors | Warnings",
  },
  templateWritten: { vi: "Đã ghi bảng chấm điểm trống: {0}", en: "Blank scoring table written: {0}" },
  frameworkWritten: {
    vi: "Đã ghi bộ tiêu chí: {0} ({1} lĩnh vực, {2} lỗi, {3} cảnh báo)",
    en: "Criteria set written: {0} ({1} fields, {2} errors, {3} warnings)",
  },
  sheetChosen: { vi: "Đã chọn trang “{0}”.", en: "Chose sheet “{0}”." },
  tableFixHint: {
    vi: "Cách sửa: chạy lại với {0} (sửa dòng, trang và chữ cột cho đúng bảng).",
    en: "To fix: run again with {0} (adjust the row, sheet and column letters to the table).",
  },
  frameworkWithErrors: {
    vi: "Bộ tiêu chí vẫn được ghi nhưng CÓ LỖI: sửa phụ lục (các ô nêu trên) hoặc sửa tệp JSON trước khi dùng.",
    en: "The criteria set was written but HAS ERRORS: fix the annex (cells above) or the JSON before using it.",
  },
} satisfies Record<string, Text>;

export type TextKey = keyof typeof TEXTS;

/** A message in the chosen language; {0}, {1}… are positional, {name} named. */
export function t(lang: Lang, key: TextKey, ...args: (string | number)[]): string {
  return fill(TEXTS[key][lang], args);
}

export function tn(lang: Lang, key: TextKey, vars: Record<string, string>): string {
  return TEXTS[key][lang].replace(/\{(\w+)\}/g, (m, name: string) => vars[name] ?? m);
}

function fill(template: string, args: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (m, i: string) => {
    const v = args[Number(i)];
    return v === undefined ? m : String(v);
  });
}
