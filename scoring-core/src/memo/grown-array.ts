/**
 * A typed scratch array at least `need` long, its contents kept: doubled until it fits. Shared
 * scratch arrays (totals' and validation's column sums) grow with the largest table seen, so
 * nothing is allocated per table.
 */
export function grown<T extends Float64Array | Int32Array>(a: T, need: number): T {
  let size = a.length * 2;
  while (size < need) size *= 2;
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}
