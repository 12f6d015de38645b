/**
 * Every file's meta sent to rank's workers as columns (cli/src/pool/meta-columns.ts): made again,
 * each is the object the main thread's metaOf gave: same keys, same order, same values (null,
 * -0 and NaN survey points, a file name that is not its path's base name), through a structured
 * clone as workerData makes.
 */
import fc from "fast-check";
import { metaColumns, metaFrom } from "../../src/pool/meta-columns";
import type { FileMeta } from "../../src/pool/score-file";

const text = fc.oneof(fc.constantFrom("UBND xã, phường", "Sở, ban, ngành", "commune", ""), fc.string());

describe("meta columns", () => {
  it("gives back every file's meta as it was", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            dir: fc.constantFrom("/a/don-vi/", "C:\\\\don vi\\\\", "", "x/y/"),
            base: fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !/[\\/]/.test(s)),
            ownName: fc.option(fc.string(), { nil: null }),
            unit: fc.option(fc.string(), { nil: null }),
            group: fc.option(text, { nil: null }),
            unitType: fc.option(text, { nil: null }),
            listedSurvey: fc.option(fc.oneof(fc.double(), fc.constantFrom(-0, Number.NaN, 0)), { nil: null }),
          }),
          { maxLength: 20 },
        ),
        (rows) => {
          const files = rows.map((r) => `${r.dir}${r.base}`);
          const metas: FileMeta[] = rows.map((r) => ({
            file: r.ownName ?? r.base,
            unit: r.unit,
            group: r.group,
            unitType: r.unitType,
            listedSurvey: r.listedSurvey,
          }));
          const cols = structuredClone(metaColumns(files, (i) => metas[i]!));
          metas.forEach((m, i) => {
            const back = metaFrom(cols, files, i);
            expect(Object.keys(back)).toEqual(Object.keys(m));
            for (const k of Object.keys(m) as (keyof FileMeta)[]) expect(Object.is(back[k], m[k])).toBe(true);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
