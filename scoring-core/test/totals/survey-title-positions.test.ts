/**
 * buildScoreTree remembers each leaf's survey judgement by the leaf's position (a province's
 * tables share one template): a table whose leaf k has another title than the last table's must
 * still be judged on its own title, whichever way it changes.
 */
import { buildScoreTree, flattenScoreTree, titleSaysSurvey } from "../../src/totals/score-tree";
import { buildTable } from "./table-builder";

const SURVEY = "Điểm đánh giá qua điều tra xã hội học (ĐTXHH)";
const TASK = "Tổ chức điều tra xã hội học về sự hài lòng";
const PLAIN = "Ban hành kế hoạch cải cách hành chính";

function treeOf(titles: string[]) {
  return buildScoreTree(
    buildTable({
      rows: [
        { code: "1", title: "Lĩnh vực 1" },
        ...titles.map((title, i) => ({ code: `1.${i + 1}`, title, max: 1, self: 0.5 })),
      ],
    }),
  );
}

describe("survey judgements kept by leaf position", () => {
  it("follow each table's own titles as they change from table to table", () => {
    const tables = [
      [PLAIN, SURVEY, TASK],
      [SURVEY, PLAIN, TASK],
      [SURVEY, PLAIN, TASK],
      [TASK, SURVEY, PLAIN, SURVEY],
      [PLAIN],
      [SURVEY, SURVEY, PLAIN, PLAIN, TASK],
    ];
    for (const titles of tables) {
      const leaves = flattenScoreTree(treeOf(titles)).filter((n) => n.children.length === 0);
      expect(leaves.map((n) => n.surveyScored)).toEqual(titles.map((t) => titleSaysSurvey(t)));
    }
    expect([SURVEY, TASK, PLAIN].map((t) => titleSaysSurvey(t))).toEqual([true, false, false]);
  });
});
