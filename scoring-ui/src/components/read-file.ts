import type { UnitFile } from "../service";

/**
 * A file the user picked, as the plain { name, data, modified } the service takes: the
 * modification time decides which of two files of one unit is ranked (the newer).
 */
export async function toUnitFile(file: File): Promise<UnitFile> {
  return { name: file.name, data: await file.arrayBuffer(), modified: file.lastModified };
}
