/**
 * A fake of FormApp, the part the survey uses. Rules it enforces, as Google Forms does
 * (developers.google.com/apps-script/reference/forms):
 * - FormApp.create(title) needs a non-empty title; the form belongs to the acting user.
 * - An item's setChoiceValues needs at least one choice, each a non-empty string, no two alike
 *   (Forms rejects duplicate options: "Invalid data updating form").
 * - ScaleItem.setBounds(lower, upper): lower is 0 or 1, upper 3..10, lower < upper.
 * - Form.setDestination(SPREADSHEET, id) needs a spreadsheet the user can open; Forms then adds a
 *   responses sheet "Câu trả lời biểu mẫu N" (first row: Dấu thời gian, then each item's title)
 *   at the front of that spreadsheet. `_submit` appends a response row there, as a respondent would.
 * Unknown methods throw and every call is counted (strict).
 */
import type { CallLog } from "./calls";
import type { FakeWorld } from "./drive";
import { strict } from "./strict";

type Item = { kind: "list" | "choice" | "scale"; title: string; choices: string[]; required: boolean };

function checkChoices(values: unknown): string[] {
  if (!Array.isArray(values) || values.length === 0) throw new Error("Exception: Invalid argument: values");
  if (values.some((v) => typeof v !== "string" || v.trim() === ""))
    throw new Error("Exception: Invalid argument: values");
  if (new Set(values).size !== values.length) throw new Error("Exception: Invalid data updating form.");
  return values as string[];
}

class FakeItem {
  readonly proxy: unknown;
  constructor(
    log: CallLog,
    typeName: string,
    readonly _item: Item,
  ) {
    this.proxy = strict(typeName, this, log);
  }
  setTitle(title: string) {
    this._item.title = String(title);
    return this.proxy;
  }
  setRequired(required: boolean) {
    this._item.required = Boolean(required);
    return this.proxy;
  }
}

class FakeChoiceItem extends FakeItem {
  setChoiceValues(values: string[]) {
    this._item.choices = checkChoices(values);
    return this.proxy;
  }
}

class FakeScaleItem extends FakeItem {
  setBounds(lower: number, upper: number) {
    if (!(lower === 0 || lower === 1) || !(upper >= 3 && upper <= 10) || lower >= upper)
      throw new Error("Exception: Invalid argument: bounds");
    return this.proxy;
  }
}

export class FakeForm {
  readonly proxy: GoogleAppsScript.Forms.Form;
  readonly items: Item[] = [];
  description = "";
  destination: string | null = null;
  private responsesSheet: string | null = null;
  constructor(
    readonly _log: CallLog,
    readonly _world: FakeWorld,
    readonly id: string,
    readonly title: string,
  ) {
    this.proxy = strict("Form", this, _log) as unknown as GoogleAppsScript.Forms.Form;
  }
  private add(kind: Item["kind"], typeName: string, Ctor: typeof FakeItem) {
    const item: Item = { kind, title: "", choices: [], required: false };
    this.items.push(item);
    return new Ctor(this._log, typeName, item).proxy;
  }
  setDescription(text: string) {
    this.description = String(text);
    return this.proxy;
  }
  addListItem() {
    return this.add("list", "ListItem", FakeChoiceItem);
  }
  addMultipleChoiceItem() {
    return this.add("choice", "MultipleChoiceItem", FakeChoiceItem);
  }
  addScaleItem() {
    return this.add("scale", "ScaleItem", FakeScaleItem);
  }
  setDestination(type: string, id: string) {
    if (type !== "SPREADSHEET") throw new Error("Exception: Invalid argument: type");
    const file = this._world.files.get(id);
    if (!file || !this._world.canOpen(file))
      throw new Error("Exception: No item with the given ID could be found.");
    const book = file.book;
    const n = book._sheets.filter((s) => s.getName().startsWith("Câu trả lời biểu mẫu")).length + 1;
    this.responsesSheet = `Câu trả lời biểu mẫu ${n}`;
    const sheet = book._addSheet(this.responsesSheet, 1000, this.items.length + 1);
    book._sheets.splice(book._sheets.indexOf(sheet), 1);
    book._sheets.unshift(sheet);
    sheet._fill([["Dấu thời gian", ...this.items.map((i) => i.title)]]);
    this.destination = id;
    return this.proxy;
  }
  getEditUrl() {
    return `https://docs.google.com/forms/d/${this.id}/edit`;
  }
  getPublishedUrl() {
    return `https://docs.google.com/forms/d/e/${this.id}/viewform`;
  }
  /** A respondent submits: answers by item title (test set-up, not counted). */
  _submit(stamp: string, answers: Record<string, string>): void {
    if (!this.destination || !this.responsesSheet) throw new Error("form has no destination");
    for (const item of this.items) {
      const a = answers[item.title];
      if (item.required && !a) throw new Error(`required item ${item.title}`);
      if (a && item.kind !== "scale" && !item.choices.includes(a)) throw new Error(`not a choice: ${a}`);
    }
    const sheet = this._world
      .book(this.destination)
      ._sheets.find((s) => s.getName() === this.responsesSheet)!;
    const next = (sheet as unknown as { _cells: unknown[] })._cells.length;
    const rows: (string | null)[][] = Array.from({ length: next }, () => []);
    sheet._fill([...rows, [stamp, ...this.items.map((i) => answers[i.title] ?? "")]]);
  }
}

export class FakeFormApp {
  readonly proxy: GoogleAppsScript.Forms.FormApp;
  readonly forms: FakeForm[] = [];
  readonly DestinationType = { SPREADSHEET: "SPREADSHEET" };
  constructor(
    readonly _log: CallLog,
    readonly _world: FakeWorld,
  ) {
    this.proxy = strict("FormApp", this, _log) as unknown as GoogleAppsScript.Forms.FormApp;
  }
  create(title: string) {
    if (typeof title !== "string" || title.trim() === "")
      throw new Error("Exception: Invalid argument: title");
    const form = new FakeForm(this._log, this._world, this._world.newId(), title);
    this.forms.push(form);
    return form.proxy;
  }
}
