/** Error texts: only the add-on's own codes are codes ("[cchc:constructor]" is not one). */
import { classifyError } from "../../src/shared/errors";

describe("classifyError", () => {
  it("reads the add-on's own code", () => {
    expect(classifyError("Exception: [cchc:quota] x").code).toBe("quota");
  });
  it("treats [cchc:constructor] as a server error, not a code", () => {
    expect(classifyError("Exception: [cchc:constructor] x").code).toBe("server-error");
  });
});
