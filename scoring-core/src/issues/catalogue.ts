/**
 * The issue catalogue: one versioned list of stable codes (documented in ISSUES.md).
 * Users and scripts depend on these codes: never rename or reuse one; add new codes and
 * bump CATALOGUE_VERSION's minor number.
 *
 * Templates use {name} placeholders filled from an issue's params (plus {cell}, {value},
 * {criterion}, {sheet}).
 */
export const CATALOGUE_VERSION = "1.8.0";

export type Severity = "error" | "warning" | "info";

export interface CatalogueEntry {
  severity: Severity;
  /**
   * A short title (a few words) for tables that list issues: the feedback's issue table, the
   * checking sheet. Every code has one (a test says so); optional in the type only so that a
   * branch adding a code before its title still compiles.
   */
  title?: { vi: string; en: string };
  /**
   * What the code means, for ISSUES.md. Kept in descriptions.ts (ISSUE_DESCRIPTIONS), which
   * only the docs script reads: panes do not ship documentation. Optional here so a branch that
   * adds a code with its description inline still compiles (ISSUES.md reads either).
   */
  description?: string;
  vi: string;
  en: string;
}

export const CATALOGUE = {
  // --- reading the table -------------------------------------------------------------
  "header-not-found": {
    severity: "error",
    title: { vi: "Không tìm thấy dòng tiêu đề", en: "Header row not found" },
    vi: "Không tìm thấy dòng tiêu đề của bảng chấm điểm (cột STT, Nội dung, Điểm tối đa, Điểm tự đánh giá) trong 30 dòng đầu của trang “{sheet}”.",
    en: "No scoring-table header (STT, content, maximum, self-assessed score) was found in the first 30 rows of sheet “{sheet}”.",
  },
  "column-missing": {
    severity: "error",
    title: { vi: "Thiếu cột", en: "Column missing" },
    vi: "Thiếu cột “{column}” ở dòng tiêu đề {row}.",
    en: "Column “{column}” is missing from the header in row {row}.",
  },
  "column-duplicate": {
    severity: "warning",
    title: { vi: "Cột bị trùng", en: "Duplicate column" },
    vi: "Có hai cột “{column}” ({cell} và {other}); dùng cột đầu tiên.",
    en: "Two “{column}” columns ({cell} and {other}); the first is used.",
  },
  "header-nearest": {
    severity: "info",
    title: { vi: "Dòng gần giống tiêu đề nhất", en: "Closest header row" },
    vi: "Dòng {row} gần giống dòng tiêu đề nhất. Đã hiểu: {understood}. Không nhận ra: {unknown}. Còn thiếu: {missing}. Cách sửa: chỉ rõ dòng tiêu đề (dòng {row}), trang tính, hoặc gán cột, ví dụ “{suggestion}”.",
    en: "Row {row} comes closest to a header. Understood: {understood}. Not recognised: {unknown}. Missing: {missing}. To fix: give the header row (row {row}), the sheet, or a column mapping such as “{suggestion}”.",
  },
  "column-role-chosen": {
    severity: "info",
    title: { vi: "Cách đọc các cột thẩm định", en: "Appraisal columns chosen" },
    vi: "Có {count} cột điểm đánh giá/thẩm định: cột {first} (“{firstHeader}”) được đọc là lần 1, cột {last} (“{lastHeader}”) là kết quả cuối cùng ({rule}).{unused}",
    en: "{count} appraisal columns: column {first} (“{firstHeader}”) is read as round 1 and column {last} (“{lastHeader}”) as the final result ({rule}).{unused}",
  },
  "column-title-missing": {
    severity: "warning",
    title: { vi: "Không nhận ra cột nội dung", en: "Title column not recognised" },
    vi: "Không nhận ra cột nội dung (tên tiêu chí) ở dòng tiêu đề {row}: bảng chỉ được đọc theo số thứ tự, tên tiêu chí để trống và các tiêu chí chấm qua điều tra xã hội học không nhận ra được theo tên. Hãy ghi tiêu đề cột (ví dụ “Nội dung đánh giá”) hoặc gán cột (“nội dung=B”).",
    en: "No column of criterion titles was recognised in header row {row}: the table is read by its numbering alone, titles are blank and items scored by the survey cannot be told from their titles. Name the column (e.g. “Nội dung đánh giá”) or map it (“nội dung=B”).",
  },
  "table-empty": {
    severity: "error",
    title: { vi: "Bảng không có dòng nào", en: "Empty table" },
    vi: "Bảng chấm điểm không có dòng nào được đánh số sau dòng tiêu đề.",
    en: "The scoring table has no numbered rows after its header.",
  },
  "sheet-chosen": {
    severity: "info",
    title: { vi: "Đã chọn trang khác để kiểm tra", en: "Another sheet checked" },
    vi: "Trang “{active}” không phải bảng chấm điểm của đơn vị; đã kiểm tra trang “{sheet}” (giống bảng chấm điểm nhất).",
    en: "Sheet “{active}” is not a unit's scoring table; checked sheet “{sheet}” instead (the closest match).",
  },
  "column-score-unread": {
    severity: "warning",
    title: { vi: "Cột điểm không rõ loại", en: "Score column not understood" },
    vi: "Cột {column} (“{header}”) có điểm (ô {cell}) nhưng tiêu đề không cho biết là điểm tối đa, tự đánh giá hay thẩm định, nên không được đọc. Cách sửa: ghi rõ tiêu đề cột (ví dụ “Điểm thẩm định”) hoặc gán cột, ví dụ “thẩm định lần 1={column}”.",
    en: "Column {column} (“{header}”) holds scores (cell {cell}) but its header does not say whether they are maxima, self-assessed or appraised scores, so it is not read. To fix: name the column (e.g. “Điểm thẩm định”) or map it, e.g. “thẩm định lần 1={column}”.",
  },
  "row-unnumbered-score": {
    severity: "warning",
    title: { vi: "Điểm ở dòng không đánh số", en: "Score on an unnumbered row" },
    vi: "Ô {cell} có điểm {value} nhưng dòng {row} không có số thứ tự nên không được tính riêng (được đọc là hướng dẫn của tiêu chí {criterion}). Nếu đó là một tiêu chí thành phần, hãy đánh số dòng này (ví dụ “{next}”); nếu không, hãy ghi điểm ở dòng của tiêu chí {criterion}.",
    en: "Cell {cell} holds the score {value} but row {row} has no numbering, so it is not counted on its own (it is read as guidance for criterion {criterion}). If it is a sub-criterion, number the row (e.g. “{next}”); otherwise enter the score on the row of criterion {criterion}.",
  },
  "row-hidden": {
    severity: "info",
    title: { vi: "Dòng bị ẩn", en: "Hidden row" },
    vi: "Dòng {row} ({criterion}) đang bị ẩn nhưng vẫn được tính điểm.",
    en: "Row {row} ({criterion}) is hidden but still counted.",
  },
  "text-legacy-encoding": {
    severity: "warning",
    title: { vi: "Chữ dùng bảng mã cũ", en: "Legacy text encoding" },
    vi: "Ô {cell} có vẻ dùng bảng mã cũ (TCVN3/VNI); hãy chuyển sang Unicode.",
    en: "Cell {cell} looks TCVN3/VNI-encoded; convert it to Unicode.",
  },
  // --- numbers ---------------------------------------------------------------------------
  "number-invalid": {
    severity: "error",
    title: { vi: "Giá trị không phải số", en: "Not a number" },
    vi: "Ô {cell} có giá trị “{value}” không phải là số.",
    en: "Cell {cell} holds “{value}”, which is not a number.",
  },
  "formula-error": {
    severity: "error",
    title: { vi: "Công thức bị lỗi", en: "Formula error" },
    vi: "Ô {cell} bị lỗi công thức {value}.",
    en: "Cell {cell} has the formula error {value}.",
  },
  "formula-not-calculated": {
    severity: "error",
    title: { vi: "Công thức chưa tính", en: "Formula not calculated" },
    vi: "Ô {cell} có công thức {value} nhưng tệp được lưu khi chưa tính ra kết quả: hãy mở tệp bằng Excel (hoặc LibreOffice), tính lại (Ctrl+Alt+F9), lưu rồi gửi lại.",
    en: "Cell {cell} holds the formula {value}, but the file was saved without its result: open it in Excel (or LibreOffice), recalculate (Ctrl+Alt+F9), save it and send it again.",
  },
  "number-stored-as-text": {
    severity: "warning",
    title: { vi: "Số lưu dạng văn bản", en: "Number stored as text" },
    vi: "Ô {cell}: điểm “{value}” đang được lưu dạng văn bản nên hàm SUM của trang bỏ qua ô này{consequences}. Hãy nhập lại ô này dưới dạng số.",
    en: "Cell {cell}: the score “{value}” is stored as text, so the sheet's SUM skips it{consequences}. Re-enter the cell as a number.",
  },
  "number-too-precise": {
    severity: "warning",
    title: { vi: "Quá nhiều chữ số thập phân", en: "Too many decimals" },
    vi: "Ô {cell}: điểm {value} có quá {decimals} chữ số thập phân.",
    en: "Cell {cell}: score {value} has more than {decimals} decimals.",
  },
  // --- scores ----------------------------------------------------------------------------
  "score-missing": {
    severity: "warning",
    title: { vi: "Chưa có điểm tự đánh giá", en: "Self-score missing" },
    vi: "Tiêu chí {criterion} chưa có điểm tự đánh giá (ô {cell}).",
    en: "Criterion {criterion} has no self-assessed score (cell {cell}).",
  },
  "score-negative": {
    severity: "error",
    title: { vi: "Điểm âm", en: "Negative score" },
    vi: "Ô {cell}: điểm {value} âm ở tiêu chí {criterion}.",
    en: "Cell {cell}: score {value} is negative for criterion {criterion}.",
  },
  "score-exceeds-max": {
    severity: "error",
    title: { vi: "Điểm vượt điểm tối đa", en: "Score above maximum" },
    vi: "Ô {cell}: điểm {value} vượt điểm tối đa {max} của tiêu chí {criterion}; chỉ tính {max} điểm.",
    en: "Cell {cell}: score {value} exceeds the maximum {max} of criterion {criterion}; only {max} counts.",
  },
  "score-not-allowed": {
    severity: "error",
    title: { vi: "Điểm sai thang điểm", en: "Score not on the scale" },
    vi: "Ô {cell}: điểm {value} không đúng thang điểm của tiêu chí {criterion} (được phép: {allowed}).",
    en: "Cell {cell}: score {value} is not allowed for criterion {criterion} (allowed: {allowed}).",
  },
  "score-inconsistent": {
    severity: "warning",
    title: { vi: "Điểm không khớp số liệu", en: "Score disagrees with figures" },
    vi: "Ô {cell}: với số liệu kê khai “{declared}”, cách tính điểm cho {expected} điểm, nhưng đơn vị chấm {value}.",
    en: "Cell {cell}: for the declared figure “{declared}” the rule gives {expected}, but {value} was entered.",
  },
  "declared-missing": {
    severity: "warning",
    title: { vi: "Thiếu số liệu kê khai", en: "Declared figure missing" },
    vi: "Tiêu chí {criterion} cần số liệu kê khai để tính điểm (ô {cell}).",
    en: "Criterion {criterion} needs a declared figure to compute its score (cell {cell}).",
  },
  "survey-item-self-scored": {
    severity: "error",
    title: { vi: "Tự chấm tiêu chí điều tra", en: "Survey item self-scored" },
    vi: "Tiêu chí {criterion} do điều tra xã hội học chấm, đơn vị không tự chấm (ô {cell}).",
    en: "Criterion {criterion} is scored by the survey and must not be self-scored (cell {cell}).",
  },
  "penalty-positive": {
    severity: "error",
    title: { vi: "Điểm trừ không âm", en: "Penalty not negative" },
    vi: "Ô {cell}: điểm trừ của tiêu chí {criterion} phải âm hoặc bằng 0, không được là {value}.",
    en: "Cell {cell}: the penalty for criterion {criterion} must be negative or zero, not {value}.",
  },
  "not-applicable-disallowed": {
    severity: "error",
    title: { vi: "Không được ghi “Không áp dụng”", en: "Not-applicable not allowed" },
    vi: "Tiêu chí {criterion} không được đánh dấu “Không áp dụng” (ô {cell}); tiêu chí vẫn tính điểm tối đa và được 0 điểm.",
    en: "Criterion {criterion} cannot be marked not applicable (cell {cell}); it keeps its maximum and scores 0.",
  },
  "not-applicable-unconfirmed": {
    severity: "warning",
    title: { vi: "“Không áp dụng” chưa có căn cứ", en: "Not-applicable unconfirmed" },
    vi: "Ô {cell}: tiêu chí {criterion} ghi “{value}” nhưng không có bộ tiêu chí hoặc hướng dẫn chấm nào cho phép “Không áp dụng”; tiêu chí vẫn tính điểm tối đa {max} và được 0 điểm. Hãy chọn bộ tiêu chí cho phép hoặc nhập điểm.",
    en: "Cell {cell}: criterion {criterion} says “{value}” but no criteria set or rule text allows “not applicable”; it keeps its maximum of {max} and scores 0. Choose the criteria set that allows it, or enter a score.",
  },
  // --- evidence --------------------------------------------------------------------------
  "evidence-missing": {
    severity: "warning",
    title: { vi: "Thiếu tài liệu kiểm chứng", en: "Evidence missing" },
    vi: "Tiêu chí {criterion} có điểm {value} nhưng chưa có tài liệu kiểm chứng hoặc giải trình (ô {cell}).",
    en: "Criterion {criterion} scores {value} but has neither evidence nor an explanation (cell {cell}).",
  },
  "evidence-unrecognised": {
    severity: "info",
    title: { vi: "Tài liệu kiểm chứng không rõ", en: "Evidence not recognised" },
    vi: "Ô {cell}: không nhận ra số, ký hiệu văn bản hoặc đường dẫn trong tài liệu kiểm chứng “{value}”.",
    en: "Cell {cell}: no document number or link recognised in the evidence “{value}”.",
  },
  "evidence-out-of-period": {
    severity: "warning",
    title: { vi: "Văn bản ngoài thời kỳ đánh giá", en: "Document outside the period" },
    vi: "Ô {cell}: văn bản ngày {date} nằm ngoài thời kỳ đánh giá ({from} – {to}).",
    en: "Cell {cell}: the document dated {date} is outside the assessed period ({from} – {to}).",
  },
  // --- totals ----------------------------------------------------------------------------
  "subtotal-mismatch": {
    severity: "error",
    title: { vi: "Tổng tiêu chí cộng sai", en: "Subtotal mismatch" },
    vi: "Ô {cell}: tổng của {criterion} ghi {value} nhưng cộng các tiêu chí con được {expected}.",
    en: "Cell {cell}: the total of {criterion} reads {value} but its items add up to {expected}.",
  },
  "total-mismatch": {
    severity: "error",
    title: { vi: "Dòng tổng cộng sai", en: "Total mismatch" },
    vi: "Ô {cell}: dòng tổng ghi {value} nhưng cộng các lĩnh vực được {expected}.",
    en: "Cell {cell}: the total row reads {value} but the fields add up to {expected}.",
  },
  "max-total-mismatch": {
    severity: "warning",
    title: { vi: "Điểm tối đa cộng sai", en: "Maximum mismatch" },
    vi: "Điểm tối đa của {criterion} là {value} nhưng các tiêu chí con cộng được {expected}.",
    en: "The maximum of {criterion} is {value} but its items add up to {expected}.",
  },
  "bonus-cap-exceeded": {
    severity: "warning",
    title: { vi: "Vượt mức điểm thưởng/trừ", en: "Bonus/penalty cap exceeded" },
    vi: "Điểm {kind} là {value}, vượt mức tối đa {cap}; chỉ tính {cap}.",
    en: "{kind} points are {value}, above the cap {cap}; only {cap} counts.",
  },
  // --- numbering ---------------------------------------------------------------------------
  "numbering-duplicate": {
    severity: "error",
    title: { vi: "Số thứ tự bị trùng", en: "Duplicate numbering" },
    vi: "Số thứ tự {criterion} bị trùng ở dòng {row} và dòng {other}.",
    en: "Number {criterion} appears twice, in rows {row} and {other}.",
  },
  "numbering-gap": {
    severity: "warning",
    title: { vi: "Thiếu số thứ tự", en: "Numbering gap" },
    vi: "Thiếu số thứ tự {expected} trước {criterion} (dòng {row}); có thể một dòng đã bị xóa.",
    en: "Number {expected} is missing before {criterion} (row {row}); a row may have been deleted.",
  },
  "numbering-orphan": {
    severity: "warning",
    title: { vi: "Tiêu chí không có tiêu chí cha", en: "Criterion without parent" },
    vi: "Tiêu chí {criterion} (dòng {row}) không có tiêu chí cha.",
    en: "Criterion {criterion} (row {row}) has no parent row.",
  },
  // --- appraisal -------------------------------------------------------------------------
  "appraisal-exceeds-max": {
    severity: "error",
    title: { vi: "Điểm thẩm định vượt tối đa", en: "Appraisal above maximum" },
    vi: "Ô {cell}: điểm thẩm định {value} vượt điểm tối đa {max} của tiêu chí {criterion}; chỉ tính {max} điểm.",
    en: "Cell {cell}: the appraised score {value} exceeds the maximum {max} of criterion {criterion}; only {max} counts.",
  },
  "appraisal-negative": {
    severity: "error",
    title: { vi: "Điểm thẩm định âm", en: "Negative appraisal" },
    vi: "Ô {cell}: điểm thẩm định {value} âm ở tiêu chí {criterion}.",
    en: "Cell {cell}: the appraised score {value} is negative for criterion {criterion}.",
  },
  "appraisal-not-allowed": {
    severity: "error",
    title: { vi: "Điểm thẩm định sai thang điểm", en: "Appraisal not on the scale" },
    vi: "Ô {cell}: điểm thẩm định {value} không đúng thang điểm của tiêu chí {criterion} (được phép: {allowed}).",
    en: "Cell {cell}: the appraised score {value} is not allowed for criterion {criterion} (allowed: {allowed}).",
  },
  "appraisal-lower-without-note": {
    severity: "warning",
    title: { vi: "Hạ điểm chưa ghi lý do", en: "Lowered without a note" },
    vi: "Ô {cell}: điểm thẩm định {value} thấp hơn điểm tự đánh giá {self} của tiêu chí {criterion} nhưng chưa có ghi chú lý do.",
    en: "Cell {cell}: the appraised score {value} is below the self-assessed {self} for criterion {criterion} with no note saying why.",
  },
  "appraisal-above-self": {
    severity: "warning",
    title: { vi: "Điểm thẩm định cao hơn tự chấm", en: "Appraisal above self-score" },
    vi: "Ô {cell}: điểm thẩm định {value} cao hơn điểm đơn vị tự đánh giá {self} ở tiêu chí {criterion}.",
    en: "Cell {cell}: the appraised score {value} is above the unit's self-assessed {self} for criterion {criterion}.",
  },
  "appraisal-answer-missing": {
    severity: "warning",
    title: { vi: "Chưa giải trình", en: "Explanation missing" },
    description:
      "An item the appraisers flagged (explanation or evidence needed) has no explanation from the unit yet (evidence counts only in a table without an explanation column).",
    vi: "Tiêu chí {criterion} được yêu cầu giải trình/bổ sung tài liệu (ô {flag}) nhưng đơn vị chưa giải trình hoặc bổ sung (ô {cell}).",
    en: "Criterion {criterion} was flagged for an explanation/evidence (cell {flag}) but the unit has not answered yet (cell {cell}).",
  },
  // --- against a reference criteria set --------------------------------------------------
  "criterion-missing": {
    severity: "error",
    title: { vi: "Thiếu tiêu chí", en: "Criterion missing" },
    vi: "Thiếu tiêu chí {criterion} “{title}” của bộ tiêu chí.",
    en: "Criterion {criterion} “{title}” of the criteria set is missing.",
  },
  "criterion-unknown": {
    severity: "warning",
    title: { vi: "Tiêu chí không có trong bộ", en: "Unknown criterion" },
    vi: "Dòng {row}: tiêu chí {criterion} không có trong bộ tiêu chí.",
    en: "Row {row}: criterion {criterion} is not in the criteria set.",
  },
  "max-mismatch": {
    severity: "error",
    title: { vi: "Điểm tối đa khác bộ tiêu chí", en: "Maximum differs from the set" },
    vi: "Ô {cell}: điểm tối đa của {criterion} là {value}, bộ tiêu chí quy định {expected}.",
    en: "Cell {cell}: the maximum of {criterion} is {value}; the criteria set says {expected}.",
  },
  "title-changed": {
    severity: "info",
    title: { vi: "Nội dung tiêu chí bị sửa", en: "Criterion title changed" },
    vi: "Dòng {row}: nội dung tiêu chí {criterion} khác với bộ tiêu chí.",
    en: "Row {row}: the wording of criterion {criterion} differs from the criteria set.",
  },
  // --- consolidation side tables and the control spreadsheet ------------------------------
  "unit-duplicate": {
    severity: "error",
    title: { vi: "Đơn vị bị trùng", en: "Duplicate unit" },
    vi: "Ô {cell}: đơn vị “{value}” bị trùng với dòng {other}.",
    en: "Cell {cell}: unit “{value}” is listed again (first in row {other}).",
  },
  "survey-missing": {
    severity: "warning",
    title: { vi: "Chưa có điểm ĐTXHH", en: "Survey points missing" },
    vi: "Đơn vị “{value}” không có dòng nào trong bảng điểm điều tra xã hội học: điểm ĐTXHH để trống (chưa có), không tính là 0; {outcome}.",
    en: "Unit “{value}” has no row in the survey (ĐTXHH) table: its survey points are left blank (none yet), not 0; {outcome}.",
  },
  "unit-duplicate-file": {
    severity: "warning",
    title: { vi: "Đơn vị có hai tệp", en: "Unit has two files" },
    vi: "Đơn vị “{value}” có hai tệp: “{file}” và “{other}”; chỉ xếp hạng một lần theo tệp mới hơn “{kept}” (thời gian sửa sau, rồi tên tệp sau).",
    en: "Unit “{value}” is in two files: “{file}” and “{other}”; it is ranked once, from the newer file “{kept}” (later modification time, then later file name).",
  },
  "criteria-set-unmatched": {
    severity: "error",
    title: { vi: "Bộ tiêu chí không dùng đến", en: "Criteria set unused" },
    vi: "Bộ tiêu chí “{value}” (loại đơn vị: {types}) không khớp với đơn vị nào được xếp hạng.",
    en: "Criteria set “{value}” (unit types: {types}) matched no ranked unit.",
  },
  "unit-unmatched": {
    severity: "warning",
    title: { vi: "Đơn vị chưa có bảng chấm điểm", en: "Unit without a table" },
    vi: "Ô {cell}: không có bảng chấm điểm nào của đơn vị “{value}”.",
    en: "Cell {cell}: no scoring workbook belongs to unit “{value}”.",
  },
  "email-invalid": {
    severity: "error",
    title: { vi: "Email không hợp lệ", en: "Invalid e-mail" },
    vi: "Ô {cell}: “{value}” không phải là địa chỉ email.",
    en: "Cell {cell}: “{value}” is not an e-mail address.",
  },
  "spreadsheet-url-invalid": {
    severity: "error",
    title: { vi: "Đường dẫn bảng tính không hợp lệ", en: "Invalid spreadsheet link" },
    vi: "Ô {cell}: “{value}” không phải là đường dẫn hoặc ID của bảng tính Google.",
    en: "Cell {cell}: “{value}” is not a Google spreadsheet URL or ID.",
  },
  "setting-invalid": {
    severity: "error",
    title: { vi: "Cài đặt không hợp lệ", en: "Invalid setting" },
    vi: "Cài đặt “{setting}” không hợp lệ (ô {cell}): “{value}”.",
    en: "Setting “{setting}” is invalid (cell {cell}): “{value}”.",
  },
  // --- the criteria set itself -----------------------------------------------------------
  // --- sociological survey (ĐTXHH) answers --------------------------------------------
  "survey-design-invalid": {
    severity: "error",
    title: { vi: "Thiết kế phiếu không dùng được", en: "Survey design unusable" },
    vi: "Thiết kế phiếu điều tra không dùng được: {reason}.",
    en: "The survey design cannot be used: {reason}.",
  },
  "survey-max-mismatch": {
    severity: "warning",
    title: { vi: "Điểm câu hỏi không khớp tối đa", en: "Survey maximum mismatch" },
    vi: "Các câu hỏi của tiêu chí {criterion} cộng được {expected} điểm nhưng điểm ĐTXHH tối đa của tiêu chí là {value}.",
    en: "The questions of criterion {criterion} add up to {expected} points but its survey maximum is {value}.",
  },
  "survey-question-missing": {
    severity: "warning",
    title: { vi: "Thiếu cột câu hỏi", en: "Question column missing" },
    vi: "Không tìm thấy cột của câu hỏi {question} trong tệp câu trả lời nào.",
    en: "No answers file has a column for question {question}.",
  },
  "survey-answers-not-found": {
    severity: "error",
    title: { vi: "Không thấy trang câu trả lời", en: "No answers sheet found" },
    description:
      "An answers file has no sheet with a header naming the unit rated and at least one question of the design; none of its forms is counted.",
    vi: "Tệp {file}: không tìm thấy trang câu trả lời nào (một dòng tiêu đề có cột “Đơn vị được đánh giá” và cột của ít nhất một câu hỏi: {questions}); không phiếu nào của tệp được tính.",
    en: "File {file}: no answers sheet was found (a header row with a “unit rated” column and a column for at least one question: {questions}); none of its forms is counted.",
  },
  "survey-column-unmatched": {
    severity: "info",
    title: { vi: "Cột không khớp câu hỏi", en: "Column matches no question" },
    vi: "Tệp {file}, ô {cell}: cột “{value}” không khớp câu hỏi nào của thiết kế phiếu; không được tính.",
    en: "File {file}, cell {cell}: column “{value}” matches no question of the design and is not counted.",
  },
  "survey-unit-unknown": {
    severity: "error",
    title: { vi: "Đơn vị không có trong danh sách", en: "Unknown unit in a form" },
    vi: "Tệp {file}, ô {cell}: đơn vị “{value}” không có trong danh sách đơn vị được đánh giá{suggestion}; phiếu không được tính.",
    en: "File {file}, cell {cell}: unit “{value}” is not in the list of units rated{suggestion}; the form is not counted.",
  },
  "survey-unit-missing": {
    severity: "error",
    title: { vi: "Phiếu không ghi đơn vị", en: "Form without a unit" },
    vi: "Tệp {file}, dòng {row}: phiếu không ghi đơn vị được đánh giá; không được tính.",
    en: "File {file}, row {row}: the form does not name the unit it rates and is not counted.",
  },
  "survey-answer-invalid": {
    severity: "error",
    title: { vi: "Câu trả lời không hợp lệ", en: "Invalid answer" },
    vi: "Tệp {file}, ô {cell}: câu trả lời “{value}” không thuộc thang đánh giá của câu hỏi {question}; không được tính.",
    en: "File {file}, cell {cell}: answer “{value}” is not on the scale of question {question} and is not counted.",
  },
  "survey-question-not-for-group": {
    severity: "warning",
    title: { vi: "Câu hỏi không dành cho nhóm", en: "Question not for the group" },
    vi: "Tệp {file}, ô {cell}: câu hỏi {question} không dành cho nhóm “{group}”; câu trả lời không được tính.",
    en: "File {file}, cell {cell}: question {question} is not meant for group “{group}”; the answer is not counted.",
  },
  "survey-question-not-for-unit": {
    severity: "warning",
    title: { vi: "Câu hỏi không dành cho đơn vị", en: "Question not for the unit" },
    vi: "Tệp {file}, ô {cell}: câu hỏi {question} không dùng để đánh giá “{unit}”; câu trả lời không được tính.",
    en: "File {file}, cell {cell}: question {question} does not rate “{unit}”; the answer is not counted.",
  },
  "survey-group-unknown": {
    severity: "warning",
    title: { vi: "Nhóm đối tượng không rõ", en: "Unknown respondent group" },
    vi: "Tệp {file}, ô {cell}: nhóm đối tượng “{value}” không có trong thiết kế phiếu (hoặc không có trọng số).",
    en: "File {file}, cell {cell}: respondent group “{value}” is not in the design (or has no weight).",
  },
  "survey-form-duplicate": {
    severity: "warning",
    title: { vi: "Phiếu bị trùng", en: "Duplicate form" },
    vi: "Tệp {file}, dòng {row}: phiếu trùng hoàn toàn với phiếu ở {other}; không tính lần thứ hai.",
    en: "File {file}, row {row}: the form is identical to the one at {other}; it is counted once.",
  },
  "survey-below-minimum": {
    severity: "warning",
    title: { vi: "Chưa đủ số phiếu tối thiểu", en: "Too few forms" },
    vi: "Đơn vị “{value}” chỉ có {count} phiếu, ít hơn mức tối thiểu {minimum} phiếu.",
    en: "Unit “{value}” has {count} forms, fewer than the minimum of {minimum}.",
  },
  "survey-unit-no-answers": {
    severity: "warning",
    title: { vi: "Đơn vị chưa có phiếu", en: "Unit without forms" },
    vi: "Chưa có phiếu nào đánh giá đơn vị “{value}”: điểm ĐTXHH để trống (chưa có), không tính là 0.",
    en: "No form rates unit “{value}”: its survey points are left empty (not yet), never 0.",
  },
  "survey-matches-no-unit": {
    severity: "error",
    title: { vi: "ĐTXHH không khớp đơn vị nào", en: "Survey matches no unit" },
    vi: "“{value}” có dữ liệu điều tra xã hội học nhưng không dòng nào khớp một đơn vị được tổng hợp (xem tên đơn vị, năm, tệp hoặc trang đã chọn): không đơn vị nào có điểm ĐTXHH nên các đơn vị chưa được xếp hạng (hoặc xếp hạng tạm, theo cài đặt).",
    en: "“{value}” has survey data, but no row matches a unit being consolidated (check the unit names, the year, the file or sheet chosen): no unit has survey points, so the units are held out (or ranked provisionally, by the setting).",
  },
  "survey-question-no-answers": {
    severity: "warning",
    title: { vi: "Câu hỏi chưa có trả lời", en: "Question without answers" },
    vi: "Đơn vị “{value}” chưa có câu trả lời hợp lệ nào cho câu hỏi {question}: điểm tiêu chí {criterion} để trống (chưa có).",
    en: "Unit “{value}” has no valid answer to question {question}: criterion {criterion} is left empty (not yet).",
  },
  "set-children-sum": {
    severity: "error",
    title: { vi: "Bộ tiêu chí: tiêu chí con cộng sai", en: "Set: children do not add up" },
    vi: "Bộ tiêu chí: {criterion} có điểm tối đa {value} nhưng các tiêu chí con cộng được {expected}.",
    en: "Criteria set: {criterion} has maximum {value} but its children add up to {expected}.",
  },
  "set-declared-total": {
    severity: "error",
    title: { vi: "Bộ tiêu chí: tổng điểm sai", en: "Set: total mismatch" },
    vi: "Bộ tiêu chí: các lĩnh vực cộng được {expected} nhưng tổng điểm công bố là {value}.",
    en: "Criteria set: the fields add up to {expected} but the declared total is {value}.",
  },
  "set-declared-count": {
    severity: "warning",
    title: { vi: "Bộ tiêu chí: số tiêu chí sai", en: "Set: count mismatch" },
    vi: "Bộ tiêu chí công bố {value} {kind} nhưng có {expected}.",
    en: "The criteria set declares {value} {kind} but lists {expected}.",
  },
  "set-split-mismatch": {
    severity: "error",
    title: { vi: "Bộ tiêu chí: phần điểm sai", en: "Set: split mismatch" },
    vi: "Bộ tiêu chí công bố phần {kind} là {value} điểm nhưng các tiêu chí cộng được {expected}.",
    en: "The criteria set declares {value} points for the {kind} part but its items add up to {expected}.",
  },
  "set-code-not-nested": {
    severity: "error",
    title: { vi: "Bộ tiêu chí: mã sai cấp", en: "Set: code not nested" },
    vi: "Bộ tiêu chí: mã {criterion} không thuộc mã cha {parent}.",
    en: "Criteria set: code {criterion} does not belong under its parent {parent}.",
  },
  "set-code-duplicate": {
    severity: "error",
    title: { vi: "Bộ tiêu chí: mã trùng", en: "Set: duplicate code" },
    vi: "Bộ tiêu chí: mã {criterion} bị trùng.",
    en: "Criteria set: code {criterion} is used twice.",
  },
  "set-rule-invalid": {
    severity: "error",
    title: { vi: "Bộ tiêu chí: cách chấm sai", en: "Set: invalid rule" },
    vi: "Bộ tiêu chí: cách tính điểm của {criterion} không hợp lệ ({reason}).",
    en: "Criteria set: the rule of {criterion} is invalid ({reason}).",
  },
  "set-schema": {
    severity: "error",
    title: { vi: "Tệp bộ tiêu chí không hợp lệ", en: "Invalid criteria-set file" },
    vi: "Tệp bộ tiêu chí không hợp lệ tại {path}: {reason}.",
    en: "The criteria-set file is invalid at {path}: {reason}.",
  },
  "set-max-unreachable": {
    severity: "error",
    title: { vi: "Bộ tiêu chí: không đạt được tối đa", en: "Set: maximum unreachable" },
    vi: "Bộ tiêu chí: {criterion} có điểm tối đa {value} nhưng cách tính điểm cho nhiều nhất {expected}.",
    en: "Criteria set: {criterion} has maximum {value} but its rule gives at most {expected}.",
  },
  "set-bonus-over-cap": {
    severity: "warning",
    title: { vi: "Bộ tiêu chí: vượt mức thưởng", en: "Set: bonus over its cap" },
    vi: "Bộ tiêu chí: các mục của {criterion} cộng được {expected} điểm, vượt mức tối đa {value} điểm (điểm vượt sẽ không được tính).",
    en: "Criteria set: the items of {criterion} add up to {expected} points, above the cap of {value} (points above it are not counted).",
  },
  "set-not-applicable-unclear": {
    severity: "warning",
    title: { vi: "Bộ tiêu chí: chưa rõ khi không áp dụng", en: "Set: unclear not-applicable rule" },
    vi: "Bộ tiêu chí: chưa hiểu “{value}” (trường hợp không áp dụng) của {criterion}; mục được phép ghi “Không áp dụng” và không tính vào điểm tối đa. Hãy ghi rõ: “Không tính vào điểm tối đa”, “Được điểm tối đa”, “Quy đổi theo tỷ lệ” hoặc “Chia đều cho các tiêu chí còn lại”.",
    en: "Criteria set: “{value}” (when not applicable) of {criterion} is not understood; the item may be marked “Không áp dụng” and leaves the maximum. Say one of: leave out of the maximum, full marks, rescale, share among the others.",
  },
  "set-max-footnote": {
    severity: "warning",
    title: { vi: "Bộ tiêu chí: tối đa dính chú thích", en: "Set: maximum with a footnote" },
    vi: "Bộ tiêu chí: điểm tối đa {value} của {criterion} có thể bị dính số chú thích; theo các tiêu chí cùng cấp và tiêu chí cha thì là {expected}.",
    en: "Criteria set: maximum {value} of {criterion} may have a footnote digit glued to it; its siblings and parent imply {expected}.",
  },
  "set-class-bands": {
    severity: "error",
    title: { vi: "Bộ tiêu chí: mức xếp loại sai", en: "Set: invalid bands" },
    vi: "Bộ tiêu chí: các mức xếp loại không hợp lệ ({reason}).",
    en: "Criteria set: the classification bands are invalid ({reason}).",
  },
  "set-class-rule-invalid": {
    severity: "error",
    title: { vi: "Bộ tiêu chí: quy tắc xếp loại sai", en: "Set: invalid class rule" },
    vi: "Bộ tiêu chí: quy tắc xếp loại không hợp lệ ({reason}).",
    en: "Criteria set: a classification rule is invalid ({reason}).",
  },
  "set-unreadable": {
    severity: "error",
    title: { vi: "Không đọc được bộ tiêu chí", en: "Criteria set unreadable" },
    vi: "Không đọc được bộ tiêu chí lưu trong {place}: {reason}. Hãy nhập lại bộ tiêu chí.",
    en: "The criteria set stored in {place} cannot be read: {reason}. Import the set again.",
  },
  "set-not-found": {
    severity: "error",
    title: { vi: "Không có bộ tiêu chí", en: "Criteria set not found" },
    vi: "Không có bộ tiêu chí “{id}” trong tệp này (các bộ hiện có: {available}). Hãy nhập bộ tiêu chí hoặc chọn bộ khác.",
    en: "Criteria set “{id}” is not in this file (available: {available}). Import the set or choose another.",
  },
  "rule-not-parsed": {
    severity: "info",
    title: { vi: "Chưa hiểu cách chấm", en: "Rule not parsed" },
    vi: "Không phân tích được cách tính điểm của {criterion}; giữ nguyên văn bản.",
    en: "The rule of {criterion} could not be parsed; its text is kept.",
  },
} as const satisfies Record<string, CatalogueEntry>;

export type IssueCode = keyof typeof CATALOGUE;
export const ISSUE_CODES = Object.keys(CATALOGUE) as IssueCode[];

/** The code's short title in the language (the code itself if a title is still missing). */
export function issueTitle(code: string, lang: "vi" | "en"): string {
  const entry = (CATALOGUE as Record<string, CatalogueEntry>)[code];
  return entry?.title?.[lang] ?? code;
}
