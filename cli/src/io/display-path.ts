import { isAbsolute, relative, resolve } from "node:path";

/** A path as the user should read it: relative to the working folder when inside it. */
export function displayPath(path: string, from = process.cwd()): string {
  const rel = relative(from, resolve(path));
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : resolve(path);
}
