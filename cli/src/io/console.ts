import { prettyJsonPieces } from "../json/pretty-pieces";
import { stripControls } from "./terminal-text";

/** Where a command writes: injected so tests can call commands directly and read the output. */
export interface Console {
  out(text: string): void;
  /** Stdout as it is, no newline added (large outputs written in pieces); absent: use `out`. */
  write?(text: string): void;
  err(text: string): void;
  /** True when stderr is a terminal (progress then rewrites one line). */
  errIsTTY: boolean;
}

/**
 * The real terminal: control characters read from cells never reach it (see terminal-text.ts).
 * Piped stdout (--json into a script) is left exact: JSON already escapes C0 controls.
 */
export const processConsole: Console = {
  out: (text) => {
    const line = text.endsWith("\n") ? text : `${text}\n`;
    process.stdout.write(process.stdout.isTTY ? stripControls(line) : line);
  },
  // Piece by piece as `out` would write the whole: JSON writes no control character a piece
  // boundary could split (ESC is written "\u001b"; C1 and bidirectional controls are one character).
  write: (text) => void process.stdout.write(process.stdout.isTTY ? stripControls(text) : text),
  err: (text) => void process.stderr.write(stripControls(text)),
  errIsTTY: Boolean(process.stderr.isTTY),
};

/** A console that keeps everything, for tests and for the province job's quiet runs. */
export function memoryConsole(): Console & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    errIsTTY: false,
    out: (text) => void stdout.push(text.endsWith("\n") ? text : `${text}\n`),
    err: (text) => void stderr.push(text),
  };
}

/** Characters gathered before a piece of a large output is written. */
const PIECE = 1 << 16;

/**
 * `JSON.stringify(value, null, 2)` and a newline on stdout, as `out` writes it, but in pieces of
 * ~64 K characters when the console can (see prettyJsonPieces): a country's ranking is never
 * held whole as text.
 */
export function outJson(io: Console, value: unknown): void {
  if (!io.write) {
    io.out(JSON.stringify(value, null, 2));
    return;
  }
  let text = "";
  for (const piece of prettyJsonPieces(value)) {
    text += piece;
    if (text.length >= PIECE) {
      io.write(text);
      text = "";
    }
  }
  io.write(`${text}\n`);
}
