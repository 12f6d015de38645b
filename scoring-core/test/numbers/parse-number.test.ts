import fc from "fast-check";
import { parseNumberCell } from "../../src/numbers/parse-number";

const num = (value: number) => ({ kind: "number", value });

describe("parseNumberCell", () => {
  it("keeps host numbers, cut to 15 significant digits", () => {
    expect(parseNumberCell(7.5)).toEqual(num(7.5));
    expect(parseNumberCell(0.1 + 0.2)).toEqual(num(0.3));
    expect(parseNumberCell(1.0049999999999999)).toEqual(num(1.005));
    expect(parseNumberCell(-0)).toEqual(num(0));
    expect(parseNumberCell(1e300)).toEqual(num(1e300));
    expect(parseNumberCell(-2)).toEqual(num(-2));
  });

  it("reads decimal commas and points typed as text", () => {
    expect(parseNumberCell("7,5")).toEqual(num(7.5));
    expect(parseNumberCell("7.5")).toEqual(num(7.5));
    expect(parseNumberCell(" 7,50 ")).toEqual(num(7.5));
    expect(parseNumberCell("\u00a00,25\n")).toEqual(num(0.25));
    expect(parseNumberCell("-1")).toEqual(num(-1));
    expect(parseNumberCell("−0,5")).toEqual(num(-0.5));
    expect(parseNumberCell("+2")).toEqual(num(2));
    expect(parseNumberCell(",5")).toEqual(num(0.5));
    expect(parseNumberCell("7,")).toEqual(num(7));
    expect(parseNumberCell("10")).toEqual(num(10));
  });

  it("takes a single separator as the decimal one (scores are below 1000)", () => {
    expect(parseNumberCell("1.5")).toEqual(num(1.5));
    expect(parseNumberCell("1.234")).toEqual(num(1.234));
    expect(parseNumberCell("1,234")).toEqual(num(1.234));
  });

  it("reads thousands groups only when unambiguous", () => {
    expect(parseNumberCell("1.234,5")).toEqual(num(1234.5));
    expect(parseNumberCell("1,234.5")).toEqual(num(1234.5));
    expect(parseNumberCell("1.234.567")).toEqual(num(1234567));
    expect(parseNumberCell("1,234,567")).toEqual(num(1234567));
    expect(parseNumberCell("1 234,5")).toEqual(num(1234.5));
    expect(parseNumberCell("1,2.3,4").kind).toBe("invalid");
    expect(parseNumberCell("12.34,5").kind).toBe("invalid");
    expect(parseNumberCell("1.2.3").kind).toBe("invalid");
  });

  it("accepts exponents as the spreadsheet would", () => {
    expect(parseNumberCell("1e3")).toEqual(num(1000));
    expect(parseNumberCell("2,5E-1")).toEqual(num(0.25));
  });

  it("drops a trailing 'điểm' unit", () => {
    expect(parseNumberCell("2 điểm")).toEqual(num(2));
    expect(parseNumberCell("1,5đ")).toEqual(num(1.5));
    expect(parseNumberCell("điểm").kind).toBe("invalid");
  });

  it("reads blanks", () => {
    for (const v of [null, "", "   ", "-", " - ", "–", "\u00a0"])
      expect(parseNumberCell(v)).toEqual({ kind: "blank" });
  });

  it("reads not-applicable spellings", () => {
    for (const v of [
      "Không áp dụng",
      "không áp dụng",
      "KHÔNG ÁP DỤNG",
      "Khong ap dung",
      "KAD",
      "N/A",
      "n/a",
      "Không áp dụng".normalize("NFD"),
      "Không  áp\ndụng",
      "Không áp dụng (không có TTHC)",
    ])
      expect(parseNumberCell(v)).toEqual({ kind: "not-applicable" });
  });

  it("reads spreadsheet errors", () => {
    for (const e of [
      "#REF!",
      "#VALUE!",
      "#DIV/0!",
      "#N/A",
      "#NAME?",
      "#NUM!",
      "#NULL!",
      "#SPILL!",
      "#CALC!",
      "#ERROR!",
    ])
      expect(parseNumberCell(e)).toEqual({ kind: "error", error: e });
    expect(parseNumberCell("#ref!")).toEqual({ kind: "error", error: "#REF!" });
  });

  it("leaves everything else invalid, with its text", () => {
    expect(parseNumberCell("Có")).toEqual({ kind: "invalid", text: "Có" });
    expect(parseNumberCell("Không")).toEqual({ kind: "invalid", text: "Không" });
    expect(parseNumberCell("đạt")).toEqual({ kind: "invalid", text: "đạt" });
    expect(parseNumberCell(true)).toEqual({ kind: "invalid", text: "TRUE" });
    expect(parseNumberCell(false)).toEqual({ kind: "invalid", text: "FALSE" });
    expect(parseNumberCell("50%").kind).toBe("invalid");
    expect(parseNumberCell(".").kind).toBe("invalid");
    expect(parseNumberCell("7,5 7,5").kind).toBe("invalid");
    expect(parseNumberCell(Number.NaN).kind).toBe("invalid");
    expect(parseNumberCell(Number.POSITIVE_INFINITY).kind).toBe("invalid");
  });

  it("round-trips any score written with a decimal comma", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -100_000, max: 100_000 }),
        fc.integer({ min: 0, max: 3 }),
        (units, pad) => {
          const x = units / 100;
          const text = x.toFixed(2).replace(".", ",") + "0".repeat(pad);
          expect(parseNumberCell(text)).toEqual(num(x));
          expect(parseNumberCell(` ${x.toFixed(2)} `)).toEqual(num(x));
        },
      ),
    );
  });

  it("agrees with toPrecision(15) on any finite double and never throws on any string", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const r = parseNumberCell(x);
        // 15 significant digits, except where that rounds past the largest double (then x itself).
        const p15 = Number(x.toPrecision(15));
        expect(r).toEqual(num((Number.isFinite(p15) ? p15 : x) + 0));
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        const r = parseNumberCell(s);
        expect(["number", "blank", "not-applicable", "error", "invalid"]).toContain(r.kind);
      }),
    );
  });
});
