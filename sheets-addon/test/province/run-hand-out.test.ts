/** The sidebar's hand-out loop over the real server function on the fake province. */
import { runHandOut, type HandOutProgress } from "../../src/client/province/run-hand-out";
import { handOutTables } from "../../src/server/province/hand-out";
import { provinceWith, unitRows } from "./province-fixture";

function clientOf(env: ReturnType<typeof provinceWith>) {
  let calls = 0;
  return {
    calls: () => calls,
    // Each call is its own execution, as google.script.run makes it; JSON in and out.
    provinceHandOut: (limit?: number) => {
      calls++;
      return Promise.resolve(JSON.parse(JSON.stringify(handOutTables(env.services, "vi", limit))));
    },
  };
}

describe("runHandOut", () => {
  it("hands out every unit in chunks, with progress after each, and a second run makes nothing", async () => {
    const env = provinceWith(unitRows(11));
    const client = clientOf(env);
    const seen: HandOutProgress[] = [];
    const sum = await runHandOut(client, { chunk: 4, onProgress: (p) => seen.push(p) });
    expect(sum).toMatchObject({ created: 11, failed: 0, remaining: 0, stalled: false });
    expect(client.calls()).toBe(3);
    expect(seen.map((p) => p.created)).toEqual([4, 8, 11]);
    expect(seen.map((p) => p.remaining)).toEqual([7, 3, 0]);
    const again = await runHandOut(client, { chunk: 4 });
    expect(again).toMatchObject({ created: 0, skipped: 11, remaining: 0 });
  });

  it("a quota error ends that chunk; the next chunk retries the unit and nothing is made twice", async () => {
    const env = provinceWith(unitRows(6));
    const client = clientOf(env);
    env.log.failOn(
      /^SpreadsheetApp\.create$/,
      "Exception: Service invoked too many times for one day: create.",
      2,
    );
    const sum = await runHandOut(client, { chunk: 4 });
    expect(sum.failures[0]!.reason).toMatch(/too many times/);
    expect(sum.created).toBe(6);
    expect(env.world.files.size).toBe(1 + 6);
  });

  it("says 'stalled' when a chunk makes nothing while units remain (a day's quota used up)", async () => {
    const sum = await runHandOut({
      provinceHandOut: () => Promise.resolve({ created: [], skipped: 0, failed: [], remaining: 5 }),
    });
    expect(sum).toMatchObject({ created: 0, stalled: true, remaining: 5 });
  });

  it("stops between chunks when cancelled", async () => {
    const env = provinceWith(unitRows(6));
    const ctrl = new AbortController();
    const sum = await runHandOut(clientOf(env), {
      chunk: 2,
      signal: ctrl.signal,
      onProgress: () => ctrl.abort(),
    });
    expect(sum).toMatchObject({ created: 2, cancelled: true });
  });
});
