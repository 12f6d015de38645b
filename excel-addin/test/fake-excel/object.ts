/**
 * The proxy machinery: like Office.js, every property read needs `load` + `sync` first,
 * writes and methods are queued and run at `sync`, and errors surface at `sync`.
 */
import { fail, FakeOfficeError } from "./errors";
import type { WorkbookModel } from "./model";

/** Names a fake class implements, checked against @types/office-js: a typo is a compile error. */
export type Surface<T, K extends keyof T> = { [P in K]: unknown };

export type Op = { kind: "read" | "write"; run: () => void; bytes?: number };

export class FakeContext {
  private queue: Op[] = [];
  constructor(readonly model: WorkbookModel) {}

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  /** Queues an operation that needs an ExcelApi requirement set the host may lack. */
  requireApi(version: string, where: string): void {
    if (!this.model.supports(version))
      this.enqueue({
        kind: "read",
        run: () => {
          throw fail.apiNotFound(where);
        },
      });
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const model = this.model;
    model.syncs++;
    await Promise.resolve();
    if (model.failSyncAt === model.syncs) throw fail.connection();
    const limit = model.payloadLimit;
    if (limit !== null) {
      const request = ops.reduce((n, op) => n + (op.bytes ?? 0), 0);
      if (request > limit) throw fail.requestTooLarge();
    }
    // Excel runs a batch in order and stops at the first error; what ran before stays applied.
    responseBytes = 0;
    for (const op of ops) op.run();
    if (limit !== null && responseBytes > limit) {
      responseBytes = 0;
      throw fail.responseTooLarge();
    }
  }
}

/** Bytes of the current sync's response (loaded values), measured as JSON like the wire format. */
let responseBytes = 0;
export function countResponse(value: unknown): void {
  responseBytes += JSON.stringify(value ?? null).length;
}
export function jsonBytes(value: unknown): number {
  return JSON.stringify(value ?? null).length;
}

type LoadSpec = string | string[] | { select?: string | string[] } | undefined;

function paths(spec: LoadSpec): string[] {
  if (spec === undefined) return [];
  if (typeof spec === "string")
    return spec
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((s) => paths(s));
  return paths(spec.select);
}

/** A proxy for one API object: scalar properties after load, navigation properties always. */
export abstract class FakeObject {
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;
  protected constructor(
    readonly context: FakeContext,
    protected readonly where: string,
  ) {}

  /** Reads a scalar property from the model at sync time (throw for unknown ones). */
  protected abstract readScalar(prop: string): unknown;
  /** A navigation property's proxy (same instance every time), or null if `prop` is a scalar. */
  protected navigate(_prop: string): FakeObject | null {
    return null;
  }
  /** Null objects (…OrNullObject) answer true at sync; others throw their error. */
  protected resolvesToNull(): boolean {
    return false;
  }

  load(spec?: LoadSpec): this {
    const props = paths(spec);
    if (props.length === 0)
      throw fail.invalidArgument(
        `${this.where}.load`,
        "Load every property you read: an empty load is not allowed here.",
      );
    this.context.enqueue({ kind: "read", run: () => this.loadNow(props) });
    return this;
  }

  /** Runs at sync. */
  loadNow(props: string[]): void {
    this.nullState = this.resolvesToNull();
    if (this.nullState) return;
    const nested = new Map<string, string[]>();
    for (const p of props) {
      const [head, ...rest] = p.split("/");
      if (!head) continue;
      const nav = this.navigate(head);
      if (nav) {
        const list = nested.get(head) ?? [];
        if (rest.length) list.push(rest.join("/"));
        nested.set(head, list);
      } else {
        const v = this.readScalar(head);
        countResponse(v);
        this.loaded.set(head, v);
      }
    }
    for (const [head, rest] of nested) {
      const nav = this.navigate(head)!;
      nav.loadNow(rest.length ? rest : nav.defaultLoad());
    }
  }

  /** What loading a navigation property with no sub-path loads. */
  protected defaultLoad(): string[] {
    return [];
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw fail.notLoaded("isNullObject", this.where);
    return this.nullState;
  }

  protected loadedValue<T>(prop: string): T {
    if (this.nullState)
      throw new FakeOfficeError("InvalidObjectPath", "The object is a null object.", `${this.where}.${prop}`);
    if (!this.loaded.has(prop)) throw fail.notLoaded(prop, `${this.where}.${prop}`);
    return this.loaded.get(prop) as T;
  }

  /** After a set, Office.js proxies hold the value set (it reads back without a load). */
  protected remember(prop: string, value: unknown): void {
    this.loaded.set(prop, value);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}
