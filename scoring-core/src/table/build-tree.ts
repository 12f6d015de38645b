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
import { arrayOfLength, EMPTY } from "./untracked-array";
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

/**
 * Per-node numbers, parallel to a builder's `nodes`, in typed arrays shared by every builder (one
 * table is read at a time; an entry is written when its node is placed, before any read): no
 * per-table arrays grown push by push (≈ 8 KB a table). KID_LAST: each node's last child number;
 * ITEM_LAST: char code of its last letter item ("a" → 97), 0 for none; PARENT_OF: index of its
 * parent, -1 at the top level; KIDS: its child count (the children arrays are made in `finish`,
 * each of its exact size).
 */
let KID_LAST = new Float64Array(1024);
let ITEM_LAST = new Int32Array(1024);
let PARENT_OF = new Int32Array(1024);
let KIDS = new Int32Array(1024);

/** A copy of `a` with twice its room. */
function doubled<A extends Float64Array | Int32Array>(a: A): A {
  const b = new (a.constructor as new (n: number) => A)(a.length * 2);
  b.set(a);
  return b;
}

function grow(): void {
  KID_LAST = doubled(KID_LAST);
  ITEM_LAST = doubled(ITEM_LAST);
  PARENT_OF = doubled(PARENT_OF);
  KIDS = doubled(KIDS);
}

export class TreeBuilder {
  private readonly fields: TableNode[] = [];
  /**
   * Latest node of every code (its index in `nodes`), and last child number per parent code (""
   * for the top level, for numbering-gap): built only once a row leaves the fast path (see
   * `add`); null until then.
   */
  private byCode: Map<string, number> | null = null;
  private lastChild: Map<string, number> | null = null;
  /** First row of each code seen twice (byCode holds the latest node of every code). */
  private readonly firstRow = new Map<string, number>();
  /**
   * Every node in order (KID_LAST, ITEM_LAST, PARENT_OF, KIDS are parallel to it); fast path
   * state (while byCode is null): the top level's last child number and the index of the node
   * last added at each level.
   */
  private readonly nodes: TableNode[];
  /** How many of `nodes` are placed (the array is made at the table's row count, then filled). */
  private count = 0;
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
    /** How many nodes the table can have at most (its body rows): `nodes` is made at that size. */
    rows: number,
  ) {
    // Beyond the first 1,024, nodes are pushed (a sheet may hold many unnumbered rows).
    this.nodes = arrayOfLength<TableNode>(Math.min(Math.max(rows, 0), 1_024));
  }

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
    /** Index in nodes of parent (-1: none). */
    let parentAt = -1;
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
        parentAt = p ? this.lastNonItemIndex : -1;
        break;
      }
    }

    if (this.byCode === null && n.kind === "letter" && parent !== null && n.letter.length === 1) {
      // Fast path for letter items, exact for the same reason: an item's code is its parent's
      // (distinct, digits only) plus its letter, so a letter past the parent's last one is new.
      const i = this.lastNonItemIndex;
      const rank = n.letter.charCodeAt(0);
      if (rank > ITEM_LAST[i]!) {
        ITEM_LAST[i] = rank;
        return this.place(n, code, level, title, row, parent, parentAt, appraisals);
      }
    }
    if (this.byCode === null && gapNumber !== null) {
      // Fast path, exact while every code so far is distinct and every code "K.j" (or a top-level
      // "j") has j ≤ the last child number of K: then a parent that is the last node of its level
      // and a number past its last child's make a new code (no duplicate to look for, no Map).
      const parentIndex = parentCode === null ? -1 : this.lastAtLevelIndex[parentLevel]!;
      const found = parentCode === null || (parentIndex >= 0 && this.nodes[parentIndex]!.code === parentCode);
      const prev = parentIndex >= 0 ? KID_LAST[parentIndex]! : this.topLast;
      if (found && gapNumber > prev) {
        parent = parentIndex >= 0 ? this.nodes[parentIndex]! : null;
        if (gapNumber > prev + 1) this.reportGap(code, row, parent, prev);
        if (parentIndex >= 0) KID_LAST[parentIndex] = gapNumber;
        else this.topLast = gapNumber;
        return this.place(n, code, level, title, row, parent, parentIndex, appraisals);
      }
    }
    const byCode = this.byCode ?? this.slow();
    const lastChild = this.lastChild!;
    if (parentCode !== null) {
      // The last node of the parent's level is the latest node of its code when the codes match
      // (a code's level follows from the code), so the Map is asked only when they do not.
      const i = this.lastAtLevelIndex[parentLevel]!;
      const last = i >= 0 ? this.nodes[i] : undefined;
      parentAt = last !== undefined && last.code === parentCode ? i : (byCode.get(parentCode) ?? -1);
      if (parentAt < 0) {
        this.issues.add("numbering-orphan", { ...this.locate(row), row, criterion: code });
        gapNumber = null;
        let prefix = parentCode;
        while (parentAt < 0 && prefix.includes(".")) {
          prefix = prefix.slice(0, prefix.lastIndexOf("."));
          parentAt = byCode.get(prefix) ?? -1;
        }
      }
      parent = parentAt >= 0 ? this.nodes[parentAt]! : null;
    } else if (n.kind === "letter" && !parent) {
      this.issues.add("numbering-orphan", { ...this.locate(row), row, criterion: code });
    }

    // Written only for duplicates: byCode already tells whether a code was seen.
    const seen = byCode.get(code);
    let other: number | undefined;
    if (seen !== undefined) {
      other = this.firstRow.get(code);
      if (other === undefined) this.firstRow.set(code, (other = this.nodes[seen]!.row));
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
    const node = this.place(n, code, level, title, row, parent, parentAt, appraisals);
    byCode.set(code, this.count - 1);
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
  private slow(): Map<string, number> {
    const byCode = new Map<string, number>();
    const lastChild = new Map<string, number>();
    if (this.topLast > 0) lastChild.set("", this.topLast);
    for (let i = 0; i < this.count; i++) {
      const code = this.nodes[i]!.code;
      byCode.set(code, i);
      if (KID_LAST[i]! > 0) lastChild.set(code, KID_LAST[i]!);
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
    /** Index of parent in nodes. */
    parentAt: number,
    appraisals: NumberRead[],
  ): TableNode {
    const node: TableNode = new ReadNode(code, n.raw, level, title, row, appraisals);

    const index = this.count++;
    if (index >= KID_LAST.length) grow();
    if (parent) {
      PARENT_OF[index] = parentAt;
      KIDS[parentAt]!++;
    } else {
      PARENT_OF[index] = -1;
      this.fields.push(node);
    }
    KID_LAST[index] = 0;
    ITEM_LAST[index] = 0;
    KIDS[index] = 0;
    this.lastParent = parent;
    const levelIndex = level === "field" ? 0 : level === "criterion" ? 1 : level === "subcriterion" ? 2 : 3;
    this.lastAtLevelIndex[levelIndex] = index;
    if (index < this.nodes.length) this.nodes[index] = node;
    else this.nodes.push(node);

    if (level === "field" && !parent) {
      if (this.field) this.prevFieldLastInt = this.field.lastInt || this.prevFieldLastInt;
      this.field = { node, offset: null, lastInt: 0 };
      this.intCriterion = null;
    }
    if (n.kind === "int" && level === "criterion") this.intCriterion = { node, raw: n.value };
    else if (n.kind === "dotted" && level === "criterion") this.intCriterion = null;
    if (level !== "item") {
      this.lastNonItem = node;
      this.lastNonItemIndex = index;
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

  /** The fields, with every node's children put in place: arrays of their exact size. */
  finish(): TableNode[] {
    const nodes = this.nodes;
    for (let i = 0; i < this.count; i++) {
      const p = PARENT_OF[i]!;
      if (p < 0) continue;
      const parent = nodes[p]!;
      // A parent's array is made at its first child, of its exact size; KIDS then counts down.
      const had = parent.children;
      const kids =
        had === EMPTY ? (parent.children = arrayOfLength<TableNode>(KIDS[p]!)) : (had as TableNode[]);
      kids[kids.length - KIDS[p]!--] = nodes[i]!;
    }
    return this.fields;
  }
}
