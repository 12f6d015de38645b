/** A command typed as an Object.prototype member name is an unknown command, not a built-in. */
import { runCli } from "../../src/cli";
import { memoryConsole } from "../../src/io/console";

describe("command names", () => {
  it.each(["constructor", "toString", "hasOwnProperty", "valueOf", "__proto__"])(
    "`cchc %s` is an unknown command (exit 2)",
    (name) => {
      const io = memoryConsole();
      const code = runCli([name, "--lang", "en"], io);
      expect(code).toBe(2);
      expect(io.stderr.join("")).toMatch(name);
    },
  );
});
