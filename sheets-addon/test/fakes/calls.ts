/**
 * Every call a fake service receives is recorded here, so tests and the benchmark can count
 * them. It also plays the host's authorisation mode and injected failures (quota errors).
 */
export type AuthMode = "NONE" | "LIMITED" | "CUSTOM_FUNCTION" | "FULL";

/** What onOpen may touch in AuthMode.NONE: building the add-on menu, nothing else. */
const ALLOWED_IN_NONE = /^(SpreadsheetApp\.getUi|Ui\.createAddonMenu|Menu\.\w+)$/;

export class CallLog {
  readonly calls: string[] = [];
  authMode: AuthMode = "FULL";
  private failures: { method: RegExp; message: string; after: number }[] = [];

  record(name: string): void {
    if (this.authMode === "NONE" && !ALLOWED_IN_NONE.test(name)) {
      throw new Error(`Exception: You do not have permission to call ${name}. (AuthMode.NONE)`);
    }
    this.calls.push(name);
    for (const f of this.failures) {
      if (f.method.test(name) && f.after-- <= 0) {
        this.failures = this.failures.filter((x) => x !== f);
        throw new Error(f.message);
      }
    }
  }

  /** Makes the next matching call (after `after` matching calls succeed) throw `message`. */
  failOn(method: RegExp, message: string, after = 0): void {
    this.failures.push({ method, message, after });
  }

  count(pattern?: RegExp): number {
    return pattern ? this.calls.filter((c) => pattern.test(c)).length : this.calls.length;
  }

  byMethod(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const c of this.calls) out[c] = (out[c] ?? 0) + 1;
    return out;
  }

  reset(): void {
    this.calls.length = 0;
  }
}

/**
 * Calls on the spreadsheet service's objects. Builders (SpreadsheetApp.new…, …Builder.*) run
 * locally and are not counted.
 */
export const SPREADSHEET_CALL =
  /^(SpreadsheetApp\.(?!new)|(Spreadsheet|Sheet|Range|RangeList|Protection|DeveloperMetadata\w*)\.)/;
/** The calls that move cell data: the expensive ones. */
export const DATA_CALL =
  /^Range\.(getValues|getFormulas|getDisplayValues|getMergedRanges|setValues|setFormulas|setRichTextValues|setDataValidations|clearContent|getValue|setValue)$/;
