/** Several finished files in one .zip (a pane's "download all"), stored as they are. */
import { zipSync } from "fflate";

export function zipFiles(files: Readonly<Record<string, Uint8Array>>): Uint8Array {
  // .xlsx and .docx are zips already: compressing them again gains nothing.
  return zipSync({ ...files }, { level: 0 });
}
