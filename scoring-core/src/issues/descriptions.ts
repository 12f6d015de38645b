/**
 * What each issue code means, for ISSUES.md (scripts/render-issues-md.ts) and nothing else:
 * kept apart from the catalogue so the panes' bundles do not carry documentation.
 */
import type { IssueCode } from "./catalogue";

export const ISSUE_DESCRIPTIONS: Partial<Record<IssueCode, string>> = {
  "header-not-found":
    "No header row with the numbering, content and score columns was found in the first 30 rows.",
  "column-missing":
    "A column the table needs (for example the maximum or the self-assessed score) is not in the header.",
  "column-duplicate": "Two header cells map to the same column role; the first is used.",
  "header-nearest":
    "No complete header: the row that came closest, what each column was taken to be, what is missing, and how to say it (header row, sheet, column mapping).",
  "column-role-chosen":
    "Several columns could hold the appraisal; by rule the first appraiser (or round 1) is read as round 1 and the competent authority (or the last round) as the final score.",
  "column-title-missing":
    "The table was read by its numbering alone: no column of criterion titles was recognised, so titles are blank in every output and items scored by the survey (ĐTXHH) cannot be told from their titles.",
  "table-empty": "The header was found but no numbered rows follow it.",
  "sheet-chosen":
    "The active sheet is not a scoring table (instructions, a tool sheet): the closest sheet was checked instead.",
  "column-score-unread":
    "A header column speaks of points (“Điểm TĐ”, “ĐTĐ”: tối đa, tự đánh giá or thẩm định?) and holds numbers, but names no role, so it is not read; name it or map it rather than lose its scores silently.",
  "row-unnumbered-score":
    "A row without numbering (a “-” line, a bare caption) holds a self-assessed or appraised score: it is read as guidance for the criterion above, so its score is not counted; number it if it is a sub-criterion.",
  "row-hidden": "A scoring row is hidden in the sheet; it is still counted.",
  "text-legacy-encoding": "Text looks like TCVN3/VNI-encoded Vietnamese; convert the font to Unicode.",
  "number-invalid": "A score or maximum cell holds text that is not a number (e.g. “đạt”).",
  "formula-error": "A cell holds a spreadsheet error such as #REF! or #VALUE!.",
  "formula-not-calculated":
    "A score cell holds a formula saved without its computed value (the file was written by a program and never recalculated); the score is not read as 0.",
  "number-stored-as-text":
    "A score is a number typed as text (“1,25” in a text cell): the tool counts it, but the sheet's own SUM skips it, so the subtotals and the total above it read less. Reported where a subtotal or the total is off because of it (a sheet whose sums count it is left alone); those subtotal/total differences are listed here as its consequences, not as separate errors.",
  "number-too-precise": "A score has more decimals than the criteria set allows.",
  "score-missing": "A self-assessed item has no score.",
  "score-negative": "A score below zero on an item that is not a penalty; totals count 0.",
  "score-exceeds-max": "A score is above the item's maximum; totals count the maximum.",
  "score-not-allowed": "A score is not one of the rule's allowed values or not on its step.",
  "score-inconsistent": "The score differs from what the rule gives for the declared figure.",
  "declared-missing": "The rule needs a declared figure (số liệu kê khai) and none was given.",
  "survey-item-self-scored": "An item scored by the sociological survey was self-scored.",
  "penalty-positive": "A penalty item carries a positive score (penalties are negative or zero).",
  "not-applicable-disallowed":
    "An item was marked not applicable but the criteria set does not allow it; the item keeps its maximum and scores 0.",
  "not-applicable-unconfirmed":
    "An item is marked not applicable (“Không áp dụng”, “KAD”, “N/A”) but neither a criteria set nor the item's rule text allows it: the item keeps its maximum and scores 0, so the index is not raised silently. Choose the criteria set that allows it, or enter a score.",
  "evidence-missing":
    "A positive score with neither evidence nor an explanation: appraisers cut these first.",
  "evidence-unrecognised": "Evidence text is neither a document reference (số/ký hiệu, ngày) nor a link.",
  "evidence-out-of-period": "A referenced document is dated outside the assessed period.",
  "subtotal-mismatch": "A field or criterion row's own figure differs from the sum of its items.",
  "total-mismatch": "The sheet's total row differs from the sum of the fields (compared at 15 digits).",
  "max-total-mismatch": "The maxima of a node's children do not add up to its own maximum.",
  "bonus-cap-exceeded": "Bonus (or penalty) points exceed the content's cap; the cap is applied.",
  "numbering-duplicate": "Two rows carry the same number.",
  "numbering-gap": "Numbering skips an item (a deleted row?).",
  "numbering-orphan": "An item's number has no parent row (e.g. 2.3.1 without 2.3).",
  "appraisal-exceeds-max": "An appraised score is above the item's maximum; totals count the maximum.",
  "appraisal-negative": "An appraised score below zero on an item that is not a penalty.",
  "appraisal-not-allowed": "An appraised score is not one of the rule's allowed values or not on its step.",
  "appraisal-lower-without-note":
    "An appraised score is below the self-assessed score and the appraiser wrote no note saying why.",
  "appraisal-above-self":
    "An appraised score is above the unit's own self-assessed score; check it was meant.",
  "appraisal-answer-missing":
    "An item the appraisers flagged (explanation or evidence needed) has no explanation or evidence from the unit yet.",
  "criterion-missing": "A criterion of the reference set is absent from the sheet.",
  "criterion-unknown": "The sheet has a numbered row that the reference set does not know.",
  "max-mismatch": "The sheet's maximum for an item differs from the reference set's.",
  "title-changed":
    "An item's wording differs from the reference set (compared ignoring case, accents and spacing).",
  "unit-duplicate":
    "A units list or survey sheet names the same unit twice (compared ignoring case, accents and spacing).",
  "survey-missing":
    "A survey (ĐTXHH) table was given but has no row for this unit (names compared through UBND/Ủy ban nhân dân, case, accents and words like “tỉnh”). The unit's survey points are shown as “chưa có” (null), never 0; the unit is held out of the ranks, or ranked and marked provisional when the setting missingSurvey is “provisional”.",
  "unit-duplicate-file":
    "Two files hold the same unit (names compared as for the survey). The unit is ranked once, from the newer file: the later modification time, then the later file name.",
  "criteria-set-unmatched":
    "A criteria set was given for the consolidation but no unit was scored on it (no unit of its unit types): it is never silently ignored.",
  "unit-unmatched": "A survey or units-list row names a unit that no scored workbook has.",
  "email-invalid": "A cell meant to hold e-mail addresses holds something that is not one.",
  "spreadsheet-url-invalid": "A cell meant to hold a Google spreadsheet URL or ID holds neither.",
  "setting-invalid":
    "A setting in the control spreadsheet's settings sheet is missing or has a value the tool cannot use.",
  "survey-design-invalid":
    "The survey design cannot be used as it is: a question without a criterion or maximum, an unknown scale, no questions.",
  "survey-max-mismatch":
    "The maxima of a criterion's survey questions do not add up to the criterion's survey maximum.",
  "survey-question-missing":
    "A question of the design has no column in any answers file; its points stay “chưa có”.",
  "survey-column-unmatched":
    "An answers sheet has a column that names no question of the design; it is not counted.",
  "survey-unit-unknown":
    "A form rates a unit that is not in the design's list of units (the closest known name is suggested); the form is not counted.",
  "survey-unit-missing": "A form does not say which unit it rates; it is not counted.",
  "survey-answer-invalid": "An answer is not on the question's scale; it is not counted.",
  "survey-question-not-for-group":
    "A form answers a question not meant for its respondent group; that answer is not counted.",
  "survey-question-not-for-unit":
    "A form answers a question about another type of unit; that answer is not counted.",
  "survey-group-unknown":
    "A form names a respondent group that is not in the design (or has no weight when groups are weighed); with weighed groups its answers are not counted.",
  "survey-form-duplicate":
    "Two forms are identical (same unit, group, form number and every answer; the timestamp aside): the later one is not counted.",
  "survey-below-minimum":
    "A unit has fewer forms than the design's minimum; its points are computed but are weak evidence.",
  "survey-unit-no-answers": "No form rates this unit: its survey points are “chưa có” (not yet), never 0.",
  "survey-matches-no-unit":
    "A survey file, survey sheet or form-responses sheet has data rows but gave no unit points (names that match nothing, another year's file). The survey still counts as given, so units without points are held out (or provisional by the setting), never all quietly provisional.",
  "survey-question-no-answers":
    "A unit has forms but none answers this question on the scale: the question's and its criterion's points are “chưa có”.",
  "set-children-sum": "In a criteria set, a node's children do not add up to its maximum.",
  "set-declared-total":
    "In a criteria set, the fields do not add up to the declared total (e.g. 99,55 under a header of 100).",
  "set-declared-count":
    "In a criteria set, the declared count of fields, criteria or sub-criteria differs from the tree.",
  "set-split-mismatch":
    "In a criteria set, the declared self-assessed or survey maximum differs from the sum of the self-scored or survey-scored items.",
  "set-code-not-nested":
    "In a criteria set, a child's code does not start with its parent's code (e.g. 2.4 under field 3).",
  "set-code-duplicate": "In a criteria set, two nodes share a code.",
  "set-rule-invalid": "In a criteria set, a rule's points exceed the item's maximum or its bands overlap.",
  "set-schema": "A criteria-set file does not match the schema.",
  "set-max-unreachable":
    "In a criteria set, no option of an item's rule gives its maximum (e.g. levels 1 and 0,5 under a maximum of 2).",
  "set-bonus-over-cap":
    "In a criteria set, the bonus or penalty items add up to more than their content's cap (sometimes intended, often a mistake).",
  "set-not-applicable-unclear":
    "An annex's not-applicable column says something that names neither a permission nor a policy; the item is allowed with the default policy (exclude).",
  "set-max-footnote":
    "In a criteria set, a maximum looks like a number with a footnote digit glued to it (207 where the siblings and parent imply 20).",
  "set-class-bands":
    "In a criteria set, the classification bands overlap, leave a gap, or repeat a lower bound.",
  "set-class-rule-invalid":
    "In a criteria set, a classification rule (condition, tie-break, total range) names a class or item the set does not have.",
  "set-unreadable":
    "A criteria set stored in a workbook or spreadsheet (settings, hidden sheet, metadata) is missing, cut short or damaged.",
  "set-not-found":
    "The settings name a criteria set that is neither stored in the workbook nor a sample set; nothing is checked against a set until one is chosen or imported.",
  "rule-not-parsed": "A rule text could not be turned into a structured rule; the text is kept.",
};
