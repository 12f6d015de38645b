/**
 * Places numbered rows in the tree field → criterion → sub-criterion → item.
 *
 * Numbering styles: Arabic fields ("1") or Roman ("I", stored as "1"); absolute criteria "1.2"
 * and sub-criteria "1.2.3"; under Roman fields, criteria numbered "1", "2" become "<field>.1"
 * (numbering that runs on across fields, 1-3 then 4-6, restarts per field) and their
 * sub-criteria "1.1" become "<field>.1.1"; letter items "a)" hang under the last non-item row.
 * Reports numbering-duplicate, numbering-gap and numbering-orphan.
 */
import type { IssueCollector } from "../issues/issue";
import type { Numbering } from "./numbering";
import { sectionOfTitle } from "./sections";
import { arrayOf1, EMPTY } from "./untracked-array";
import { plainConstructor } from "./plain-constructor";
import type { NodeLevel, NumberRead, TableNode } from "./types";

const LEVELS: NodeLevel[] = ["field", "criterion", "subcriterion", "item"];
interface FieldState {
  node: TableNode;
  /** Offset subtracted from criteria numbered "1", "2" (numbering running on across fields). */
  offset: number | null;
  lastInt: number;
}

/**
 * Every TableNode the reader makes, made by `new`, not by an object literal, so V8 cannot
 * pretenure them (plain-constructor.ts). Plain objects with the literal's own data fields in the
 * literal's order; the optional fields are added later by the reader, as before.
 */
const ReadNode = plainConstructor(function (
  this: TableNode,
  code: string,
  rawCode: string,
  level: NodeLevel,
  title: string,
  row: number,
  appraisals: NumberRead[],
) {
  this.code = code;
  this.rawCode = rawCode;
  this.level = level;
  this.section = "main";
  this.title = title;
  this.row = row;
  this.hidden = false;
  this.max = null;
  this.declared = null;
  this.self = null;
  this.appraisals = appraisals;
  this.evidence = null;
  this.explanation = null;
  this.appraisalNote = null;
  // Most nodes never get either: one shared frozen array until the first (untracked-array.ts).
  this.ruleText = EMPTY;
  this.children = EMPTY;
});

export class TreeBuilder {
  private readonly fields: TableNode[] = [];
  /**
   * Latest node of every code, and last child number per parent code ("" for the top level, for
   * numbering-gap): built only once a row leaves the fast path (see `add`); null until then.
   */
  private byCode: Map<string, TableNode> | null = null;
  private lastChild: Map<string, number> | null = null;
  /** First row of each code seen twice (byCode holds the latest node of every code). */
  private readonly firstRow = new Map<string, number>();
  /**
   * Fast path state (while byCode is null): every node in order, each one's last child number
   * (parallel), the top level's, and the index of the node last added at each level.
   */
  private readonly nodes: TableNode[] = [];
  private readonly kidLast: number[] = [];
  /** Char code of each node's last letter item ("a" → 97), 0 for none (parallel to nodes). */
  private readonly itemLast: number[] = [];
  /** Index in nodes of lastNonItem. */
  private lastNonItemIndex = -1;
  private topLast = 0;
  private readonly lastAtLevelIndex: number[] = [-1, -1, -1, -1];
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

  /**
   * Places a numbered row. `appraisals` becomes the node's list (read before the node is made, so
   * the node is built with its final arrays).
   */
  add(n: Numbering, title: string, row: number, appraisals: NumberRead[]): TableNode {
    let code: string;
    let level: NodeLevel;
    let parentCode: string | null = null;
    /** Index in LEVELS of the node named parentCode. */
    let parentLevel = 0;
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
        parentCode = relative ? code.slice(0, code.lastIndexOf(".")) : n.parent;
        parentLevel = Math.min(depth - 1, 4) - 1;
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

    if (this.byCode === null && n.kind === "letter" && parent !== null && n.letter.length === 1) {
      // Fast path for letter items, exact for the same reason: an item's code is its parent's
      // (distinct, digits only) plus its letter, so a letter past the parent's last one is new.
      const i = this.lastNonItemIndex;
      const rank = n.letter.charCodeAt(0);
      if (rank > this.itemLast[i]!) {
        this.itemLast[i] = rank;
        return this.place(n, code, level, title, row, parent, appraisals);
      }
    }
    if (this.byCode === null && gapNumber !== null) {
      // Fast path, exact while every code so far is distinct and every code "K.j" (or a top-level
      // "j") has j ≤ the last child number of K: then a parent that is the last node of its level
      // and a number past its last child's make a new code (no duplicate to look for, no Map).
      const parentIndex = parentCode === null ? -1 : this.lastAtLevelIndex[parentLevel]!;
      const found = parentCode === null || (parentIndex >= 0 && this.nodes[parentIndex]!.code === parentCode);
      const prev = parentIndex >= 0 ? this.kidLast[parentIndex]! : this.topLast;
      if (found && gapNumber > prev) {
        parent = parentIndex >= 0 ? this.nodes[parentIndex]! : null;
        if (gapNumber > prev + 1) this.reportGap(code, row, parent, prev);
        if (parentIndex >= 0) this.kidLast[parentIndex] = gapNumber;
        else this.topLast = gapNumber;
        return this.place(n, code, level, title, row, parent, appraisals);
      }
    }
    const byCode = this.byCode ?? this.slow();
    const lastChild = this.lastChild!;
    if (parentCode !== null) {
      // The last node of the parent's level is the latest node of its code when the codes match
      // (a code's level follows from the code), so the Map is asked only when they do not.
      const i = this.lastAtLevelIndex[parentLevel]!;
      const last = i >= 0 ? this.nodes[i] : undefined;
      parent = last !== undefined && last.code === parentCode ? last : (byCode.get(parentCode) ?? null);
      if (!parent) {
        this.issues.add("numbering-orphan", { ...this.locate(row), row, criterion: code });
        gapNumber = null;
        let prefix = parentCode;
        while (!parent && prefix.includes(".")) {
          prefix = prefix.slice(0, prefix.lastIndexOf("."));
          parent = byCode.get(prefix) ?? null;
        }
      }
    } else if (n.kind === "letter" && !parent) {
      this.issues.add("numbering-orphan", { ...this.locate(row), row, criterion: code });
    }

    // Written only for duplicates: byCode already tells whether a code was seen.
    const seen = byCode.get(code);
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
      const prev = lastChild.get(key) ?? 0;
      if (gapNumber > prev + 1) this.reportGap(code, row, parent, prev);
      if (gapNumber > prev) lastChild.set(key, gapNumber);
    }
    const node = this.place(n, code, level, title, row, parent, appraisals);
    byCode.set(code, node);
    return node;
  }

  /** numbering-gap: the number expected after `prev` under `parent`. */
  private reportGap(code: string, row: number, parent: TableNode | null, prev: number): void {
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

  /** Leaves the fast path for good: the code Maps, from the nodes so far (their codes are distinct). */
  private slow(): Map<string, TableNode> {
    const byCode = new Map<string, TableNode>();
    const lastChild = new Map<string, number>();
    if (this.topLast > 0) lastChild.set("", this.topLast);
    for (let i = 0; i < this.nodes.length; i++) {
      const code = this.nodes[i]!.code;
      byCode.set(code, this.nodes[i]!);
      if (this.kidLast[i]! > 0) lastChild.set(code, this.kidLast[i]!);
    }
    this.lastChild = lastChild;
    return (this.byCode = byCode);
  }

  /** Makes the node and hangs it in the tree. */
  private place(
    n: Numbering,
    code: string,
    level: NodeLevel,
    title: string,
    row: number,
    parent: TableNode | null,
    appraisals: NumberRead[],
  ): TableNode {
    const node: TableNode = new ReadNode(code, n.raw, level, title, row, appraisals);

    if (parent) {
      const kids = parent.children;
      if (kids === EMPTY) parent.children = arrayOf1(node);
      else (kids as TableNode[]).push(node); // the reader's own array, made just above
    } else this.fields.push(node);
    this.lastParent = parent;
    const levelIndex = level === "field" ? 0 : level === "criterion" ? 1 : level === "subcriterion" ? 2 : 3;
    this.lastAtLevelIndex[levelIndex] = this.nodes.length;
    this.nodes.push(node);
    this.kidLast.push(0);
    this.itemLast.push(0);

    if (level === "field" && !parent) {
      if (this.field) this.prevFieldLastInt = this.field.lastInt || this.prevFieldLastInt;
      this.field = { node, offset: null, lastInt: 0 };
      this.intCriterion = null;
    }
    if (n.kind === "int" && level === "criterion") this.intCriterion = { node, raw: n.value };
    else if (n.kind === "dotted" && level === "criterion") this.intCriterion = null;
    if (level !== "item") {
      this.lastNonItem = node;
      this.lastNonItemIndex = this.nodes.length - 1;
    }
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
