/**
 * The province sidebar's loader of its output writers (OutputsChunk.html): one server call, the
 * script run once and its writers reused; a failed load is said and retried on the next click.
 * The real chunk in real Chromium: test/province/sidebar.test.ts.
 */
import { chunkScript, OUTPUTS_GLOBAL, outputsLoader } from "../../src/client/province/outputs/load-outputs";

/** A document whose head runs an inserted script's text, as a browser runs an inline <script>. */
function fakeDocument() {
  const inserted: string[] = [];
  const doc = {
    createElement: () => ({ text: "" }),
    head: {
      appendChild(s: { text: string }) {
        inserted.push(s.text);
        new Function(s.text)();
      },
    },
  };
  return { doc: doc as unknown as Document, inserted };
}

const g = globalThis as Record<string, unknown>;
afterEach(() => delete g[OUTPUTS_GLOBAL]);

describe("outputsLoader", () => {
  it("takes the code out of its <script> element", () => {
    expect(chunkScript("<script>var a = 1;</script>\n")).toBe("var a = 1;");
    expect(chunkScript("var a = 1;")).toBe("var a = 1;");
  });

  it("fetches and runs the chunk once, then reuses its writers", async () => {
    const { doc, inserted } = fakeDocument();
    const fetch = jest.fn(async () => `<script>globalThis.${OUTPUTS_GLOBAL} = { reportDocx: 1 };</script>\n`);
    const load = outputsLoader(fetch, doc);
    const [a, b] = await Promise.all([load(), load()]);
    expect(a).toEqual({ reportDocx: 1 });
    expect(b).toBe(a);
    expect(await load()).toBe(a);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(inserted).toHaveLength(1);
  });

  it("says so when the chunk registers nothing or the server fails, and retries next time", async () => {
    const { doc } = fakeDocument();
    const replies = [
      Promise.reject(new Error("Exception: No HTML file named OutputsChunk was found.")),
      Promise.resolve("<script>var nothing = 1;</script>"),
      Promise.resolve(`<script>globalThis.${OUTPUTS_GLOBAL} = { ok: true };</script>`),
    ];
    const load = outputsLoader(() => replies.shift()!, doc);
    await expect(load()).rejects.toThrow(/No HTML file named OutputsChunk/);
    await expect(load()).rejects.toThrow(/did not register/);
    expect(await load()).toEqual({ ok: true });
  });
});
