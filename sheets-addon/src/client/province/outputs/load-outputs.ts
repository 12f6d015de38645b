/**
 * Loads the output writers (./outputs) on first use. Apps Script serves the sidebar as one page,
 * so there are no lazy chunks to fetch: the province project holds the writers' bundle as a
 * second HTML file (OutputsChunk.html, `<script>…</script>`), the server answers its text in one
 * call (provinceOutputsChunk), and the sidebar inserts it as an inline <script> element, which
 * the HtmlService IFRAME sandbox (allow-scripts, like the page's own inline script) runs at once.
 */
import type { OutputWriters } from "./outputs";

/** The global the bundle registers its writers on (./chunk-entry). */
export const OUTPUTS_GLOBAL = "__CCHC_OUTPUTS__";

export type LoadOutputs = () => Promise<OutputWriters>;

/** `<script>code</script>` (as the build writes the file) → code; bare code passes through. */
export function chunkScript(html: string): string {
  const open = /^\s*<script[^>]*>/i.exec(html);
  const close = html.lastIndexOf("</script>");
  return open && close > open[0].length ? html.slice(open[0].length, close) : html;
}

/** One server call on first use, then the same writers; a failed load is retried next time. */
export function outputsLoader(fetchChunk: () => Promise<string>, doc: Document = document): LoadOutputs {
  let loading: Promise<OutputWriters> | null = null;
  const g = globalThis as Record<string, unknown>;
  return () => {
    const ready = g[OUTPUTS_GLOBAL] as OutputWriters | undefined;
    if (ready) return Promise.resolve(ready);
    loading ??= fetchChunk()
      .then((html) => {
        const script = doc.createElement("script");
        script.text = chunkScript(html);
        // An inline script runs when inserted; it stays harmless in the DOM afterwards.
        doc.head.appendChild(script);
        const writers = g[OUTPUTS_GLOBAL] as OutputWriters | undefined;
        if (!writers) throw new Error("[cchc:server-error] OutputsChunk did not register its writers");
        return writers;
      })
      .catch((e: unknown) => {
        loading = null;
        throw e;
      });
    return loading;
  };
}
