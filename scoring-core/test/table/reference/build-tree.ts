// Reference: src/table/build-tree.ts as it was before the session-4 fast path (commit f71f642), kept
// unchanged so test/table/read-fast-path.test.ts can read every grid with both readers.
/**
 * Places numbered rows in the tree field → criterion → sub-criterion → item.
 *
 * Numbering styles: Arabic fields ("1") or Roman ("I", stored as "1"); absolute criteria "1.2"
 * and sub-criteria "1.2.3"; under Roman fields, criteria numbered "1", "2" become "<field>.1"
 * (numbering that runs on across fields, 1-3 then 4-6, restarts per field) and their
 * sub-criteria "1.1" become "<field>.1.1"; letter items "a)" hang under the last non-item row.
 * Reports numbering-duplicate, numbering-gap and numbering-orphan.
 */
import type { IssueCollector } from "../../../src/issues/issue";
import type { Numbering } from "./numbering";
import { sectionOfTitle } from "../../../src/table/sections";
import type { NodeLevel, TableNode } from "../../../src/table/types";

const LEVELS: NodeLevel[] = ["field", "criterion", "subcriterion", "item"];
interface FieldState {
  node: TableNode;
  /** Offset subtracted from criteria numbered "1", "2" (numbering running on across fields). */
  offset: number | null;
  lastInt: number;
}

export class TreeBuilder {
  private readonly fields: TableNode[] = [];
  private readonly byCode = new Map<string, TableNode>();
  /** First row of each code seen twice (byCode holds the latest node of every code). */
  private readonly firstRow = new Map<string, number>();
  /** Last child number per parent code ("" for the top level), for numbering-gap. */
  private readonly lastChild = new Map<string, number>();
  /** Parent of the node added last (placeSection follows add). */
  private lastParent: TableNode | null = null;
  private romanFields = false;
  private field: FieldState | null = null;
  private prevFieldLastInt = 0;
  /** A criterion typed as a plain integer under a Roman field, with that integer. */
  private intCriterion: { node: TableNode; raw: number } | null = null;
  private lastNonItem: TableNode | null = null;
  lastNode: TableNode | null = null;

  constructor(
    private readonly issues: IssueCollector,
    /** The numbering cell of a sheet row, for issues. */
    private readonly locate: (row: number) => { cell: string; column: string },
  ) {}

  add(n: Numbering, title: string, row: number): TableNode {
    let code: string;
    let level: NodeLevel;
    let parentCode: string | null = null;
    let parent: TableNode | null = null;
    let gapNumber: number | null = null;
    switch (n.kind) {
      case "roman":
        this.romanFields = true;
        code = String(n.value);
        level = "field";
        gapNumber = n.value;
        break;
      case "int":
        if (this.romanFields && this.field) {
          const f = this.field;
          if (f.offset === null)
            f.offset = n.value > 1 && this.prevFieldLastInt === n.value - 1 ? n.value - 1 : 0;
          f.lastInt = n.value;
          const k = n.value - f.offset;
          code = `${f.node.code}.${k}`;
          level = "criterion";
          parentCode = f.node.code;
          gapNumber = k;
        } else {
          code = String(n.value);
          level = "field";
          gapNumber = n.value;
        }
        break;
      case "dotted": {
        const ic = this.intCriterion;
        const relative = this.romanFields && ic !== null && n.first === ic.raw;
        code = relative ? ic.node.code + n.code.slice(n.code.indexOf(".")) : n.code;
        const depth = relative ? n.depth + 1 : n.depth;
        level = LEVELS[Math.min(depth, 4) - 1]!;
        parentCode = code.slice(0, code.lastIndexOf("."));
        gapNumber = n.last;
        break;
      }
      case "letter":
      case "rule": {
        const p = this.lastNonItem;
        const letter = n.kind === "letter" ? n.letter : "-";
        code = p ? `${p.code}.${letter}` : letter;
        level = "item";
        parent = p;
        break;
      }
    }

    if (parentCode !== null) {
      parent = this.byCode.get(parentCode) ?? null;
      if (!parent) {
        this.issues.add("numbering-orphan", { ...this.locate(row), row, criterion: code });
        gapNumber = null;
        let prefix = parentCode;
        while (!parent && prefix.includes(".")) {
          prefix = prefix.slice(0, prefix.lastIndexOf("."));
          parent = this.byCode.get(prefix) ?? null;
        }
      }
    } else if (n.kind === "letter" && !parent) {
      this.issues.add("numbering-orphan", { ...this.locate(row), row, criterion: code });
    }

    const node: TableNode = {
      code,
      rawCode: n.raw,
      level,
      section: "main",
      title,
      row,
      hidden: false,
      max: null,
      declared: null,
      self: null,
      appraisals: [],
      evidence: null,
      explanation: null,
      appraisalNote: null,
      ruleText: [],
      children: [],
    };

    // Written only for duplicates: byCode already tells whether a code was seen.
    const seen = this.byCode.get(code);
    let other: number | undefined;
    if (seen !== undefined) {
      other = this.firstRow.get(code);
      if (other === undefined) this.firstRow.set(code, (other = seen.row));
    }
    if (other !== undefined) {
      this.issues.add("numbering-duplicate", {
        ...this.locate(row),
        row,
        criterion: code,
        params: { other },
      });
      gapNumber = null;
    }

    if (gapNumber !== null) {
      const key = parent ? parent.code : "";
      const prev = this.lastChild.get(key) ?? 0;
      if (gapNumber > prev + 1) {
        const prefix = parent ? `${parent.code}.` : "";
        // Codes, not the typed Roman numerals, so the issue links to the node like every other.
        const expected = `${prefix}${prev + 1}`;
        this.issues.add("numbering-gap", {
          ...this.locate(row),
          row,
          criterion: code,
          params: { expected },
        });
      }
      if (gapNumber > prev) this.lastChild.set(key, gapNumber);
    }

    if (parent)
      (parent.children as TableNode[]).push(node); // its own array, made as a literal
    else this.fields.push(node);
    this.lastParent = parent;
    this.byCode.set(code, node);

    if (level === "field" && !parent) {
      if (this.field) this.prevFieldLastInt = this.field.lastInt || this.prevFieldLastInt;
      this.field = { node, offset: null, lastInt: 0 };
      this.intCriterion = null;
    }
    if (n.kind === "int" && level === "criterion") this.intCriterion = { node, raw: n.value };
    else if (n.kind === "dotted" && level === "criterion") this.intCriterion = null;
    if (level !== "item") this.lastNonItem = node;
    this.lastNode = node;
    return node;
  }

  /** Sets the section of the node just added (its max read): bonus/penalty contents by title, children inherit. */
  placeSection(node: TableNode): void {
    const parent = this.lastParent;
    if (!parent) {
      const hint = sectionOfTitle(node.title);
      if (hint === "both") {
        node.section = "bonus";
        node.mixedSection = true;
      } else if (hint) node.section = hint;
      return;
    }
    if (parent.mixedSection) {
      const hint = sectionOfTitle(node.title);
      const max = node.max?.parsed;
      node.section =
        hint === "bonus" || hint === "penalty"
          ? hint
          : max?.kind === "number" && max.value < 0
            ? "penalty"
            : "bonus";
      return;
    }
    node.section = parent.section;
  }

  /** After a total row: text rows no longer belong to the last node. */
  endBlock(): void {
    this.lastNode = null;
  }

  finish(): TableNode[] {
    return this.fields;
  }
}
