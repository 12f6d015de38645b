/**
 * Worker entry (dist/read-worker.mjs): opens workbooks for `cchc rank` while the main thread
 * scores the previous one. Each reply is posted, then a shared counter is bumped so the main
 * thread, waiting synchronously, knows it can take it.
 */
import { workerData, type MessagePort } from "node:worker_threads";
import type { Lang } from "@cchc/scoring-core";
import { openWorkbook } from "./read-workbook";

const { port, flag } = workerData as { port: MessagePort; flag: SharedArrayBuffer };
const counter = new Int32Array(flag);

port.on("message", (m: { path: string; lang: Lang }) => {
  let reply: ReturnType<typeof openWorkbook>;
  try {
    reply = openWorkbook(m.path, m.lang);
  } catch (e) {
    reply = { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  port.postMessage(reply);
  Atomics.add(counter, 0, 1);
  Atomics.notify(counter, 0);
});
