/**
 * The three things the port takes from Office.js. The real ones come from the globals;
 * tests pass the fake's. Keeping this seam tiny keeps every other line testable.
 */
export interface OfficeEnv {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version?: string): boolean;
  /** A getter: Office.context.document.settings may be replaced when the pane reloads. */
  settings(): Office.Settings;
}

export function officeEnv(): OfficeEnv {
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    settings: () => Office.context.document.settings,
  };
}
