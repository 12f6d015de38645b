/**
 * A memo for values the sheets of a province repeat (every unit fills the same template): each
 * distinct key is worked out once. Bounded: when full it starts afresh, so a workbook of unique
 * texts costs no more memory than the limit. `make` should be a module-level function, not a
 * closure made per call, so the hot path allocates nothing on a hit.
 */
export class BoundedMemo<K, V> {
  private readonly map = new Map<K, V>();

  constructor(private readonly limit: number) {}

  get(key: K, make: (key: K) => V): V {
    let value = this.map.get(key);
    if (value === undefined) {
      value = make(key);
      if (this.map.size >= this.limit) this.map.clear();
      this.map.set(key, value);
    }
    return value;
  }
}
