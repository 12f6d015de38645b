import { stripControls } from "./terminal-text";

/** Where a command writes: injected so tests can call commands directly and read the output. */
export interface Console {
  out(text: string): void;
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
