/**
 * Opening the next workbook while the current one is scored: a worker thread reads and parses
 * file i+1 (SheetJS, the floor of the run) while the main thread scores file i. The loop stays
 * synchronous (Atomics.wait + receiveMessageOnPort), and only one workbook is in flight, so
 * memory stays flat. Without the worker bundle (tests, or a worker that fails to start) files
 * are opened in line, with the same results.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import type { Lang } from "@cchc/scoring-core";
import { openWorkbook, type OpenResult } from "./read-workbook";

const WORKER_FILE = "read-worker.mjs";
/** Longest wait for one file before giving up on the worker and reading in line. */
const WAIT_MS = 120_000;

export interface WorkbookSource {
  /** The opened workbook for files[i]; call with i = 0, 1, 2… in order. */
  open(i: number): OpenResult;
  close(): void;
}

/** The worker bundle beside the running bundle (dist/cchc.mjs, dist/province.mjs). */
function workerPath(): string | null {
  const main = process.argv[1];
  if (!main) return null;
  const p = join(dirname(main), WORKER_FILE);
  return existsSync(p) ? p : null;
}

export function inlineSource(files: readonly string[], lang: Lang): WorkbookSource {
  return { open: (i) => openWorkbook(files[i]!, lang), close: () => undefined };
}

export function workbookSource(files: readonly string[], lang: Lang): WorkbookSource {
  const path = process.env["CCHC_NO_WORKER"] === "1" ? null : workerPath();
  if (!path || files.length < 2) return inlineSource(files, lang);
  let worker: Worker;
  let port: MessagePort;
  const flag = new SharedArrayBuffer(4);
  const counter = new Int32Array(flag);
  try {
    const channel = new MessageChannel();
    port = channel.port1;
    worker = new Worker(path, { workerData: { port: channel.port2, flag }, transferList: [channel.port2] });
    worker.unref();
  } catch {
    return inlineSource(files, lang);
  }
  let broken = false;
  worker.on("error", () => {
    broken = true;
  });
  let requested = 0;
  let received = 0;
  const request = (i: number) => {
    if (i < files.length) {
      port.postMessage({ path: files[i], lang });
      requested++;
    }
  };
  request(0);
  return {
    open(i) {
      // Ask for the next file first, so the worker reads it while this one is scored.
      if (!broken && requested === i + 1) request(i + 1);
      if (!broken) {
        const deadline = Date.now() + WAIT_MS;
        while (Atomics.load(counter, 0) <= received && Date.now() < deadline) {
          Atomics.wait(counter, 0, received, 1000);
          if (broken) break;
        }
        const msg = receiveMessageOnPort(port);
        if (msg) {
          received++;
          return msg.message as OpenResult;
        }
        broken = true;
      }
      return openWorkbook(files[i]!, lang);
    },
    close() {
      port.close();
      void worker.terminate();
    },
  };
}
