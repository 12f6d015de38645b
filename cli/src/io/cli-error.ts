/** An expected failure: one line for the user and an exit code. Never printed with a stack. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 2,
  ) {
    super(message);
    this.name = "CliError";
  }
}

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_UNREADABLE = 2;
