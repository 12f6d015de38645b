import { loadOnce } from "../../src/components/load-once";

describe("loadOnce", () => {
  it("runs the load once and shares its promise", async () => {
    let calls = 0;
    const load = loadOnce(() => Promise.resolve(++calls));
    const [a, b] = await Promise.all([load(), load()]);
    expect([a, b, await load(), calls]).toEqual([1, 1, 1, 1]);
  });

  it("forgets a failed load, so the next call tries again", async () => {
    let calls = 0;
    const load = loadOnce(() =>
      ++calls === 1 ? Promise.reject(new Error("offline")) : Promise.resolve(calls),
    );
    await expect(load()).rejects.toThrow("offline");
    expect(await load()).toBe(2);
    expect(await load()).toBe(2);
  });
});
