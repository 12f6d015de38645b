/**
 * Progress of a long run on stderr: one line rewritten with \r on a terminal, otherwise a line
 * every `every` files (logs and CI stay readable).
 */
import type { Lang } from "@cchc/scoring-core";
import { t } from "../i18n/messages";
import type { Console } from "../io/console";

export class Progress {
  private lastWidth = 0;

  constructor(
    private readonly io: Console,
    private readonly total: number,
    private readonly lang: Lang,
    private readonly enabled = true,
    private readonly every = 25,
  ) {}

  /** Before processing file number `done + 1`. */
  step(done: number, name: string): void {
    if (!this.enabled) return;
    const line = t(this.lang, "progress", done + 1, this.total, name);
    if (this.io.errIsTTY) {
      const shown = line.length > 100 ? `${line.slice(0, 99)}…` : line;
      this.io.err(`\r${shown.padEnd(this.lastWidth)}`);
      this.lastWidth = shown.length;
    } else if (done % this.every === 0 || done + 1 === this.total) {
      this.io.err(`${line}\n`);
    }
  }

  end(): void {
    if (this.enabled && this.io.errIsTTY && this.lastWidth > 0)
      this.io.err(`\r${" ".repeat(this.lastWidth)}\r`);
  }
}
