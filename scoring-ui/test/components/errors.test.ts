import { ServiceError } from "../../src/service";
import { isAbort, toShownError } from "../../src/components/errors";

describe("toShownError", () => {
  it("keeps a ServiceError's message and hint", () => {
    expect(toShownError(new ServiceError("Không đọc được trang.", "Thoát khỏi ô đang sửa."), "x")).toEqual({
      message: "Không đọc được trang.",
      hint: "Thoát khỏi ô đang sửa.",
    });
  });

  it("reads plain objects (errors that crossed google.script.run lose their class)", () => {
    expect(toShownError({ message: "m", hint: "h" }, "x")).toEqual({ message: "m", hint: "h" });
    expect(toShownError({ message: "m", hint: "" }, "x")).toEqual({ message: "m", hint: null });
  });

  it("falls back to a message for the user when there is nothing to show", () => {
    expect(toShownError(new Error(""), "Lỗi không mong muốn")).toEqual({
      message: "Lỗi không mong muốn",
      hint: null,
    });
    expect(toShownError(null, "Lỗi không mong muốn")).toEqual({ message: "Lỗi không mong muốn", hint: null });
    expect(toShownError(42, "Lỗi không mong muốn")).toEqual({ message: "Lỗi không mong muốn", hint: null });
    expect(toShownError("hết thời gian", "x")).toEqual({ message: "hết thời gian", hint: null });
  });

  it("recognises a cancelled call", () => {
    expect(isAbort(new DOMException("Aborted", "AbortError"))).toBe(true);
    expect(isAbort(new Error("boom"))).toBe(false);
    expect(isAbort(null)).toBe(false);
  });
});
