import type { UnitFile } from "../service";

/** A file the user picked, as the plain { name, data } the service takes. */
export async function toUnitFile(file: File): Promise<UnitFile> {
  return { name: file.name, data: await file.arrayBuffer() };
}
