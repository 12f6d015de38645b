import fc from "fast-check";
import { BlockBuilder, type InCell } from "../../src/output/block-builder";
import { heldBlock } from "../../src/output/sheet-block";

const cell: fc.Arbitrary<InCell> = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.double(),
  fc.integer(),
  fc.string(),
  fc.constantFrom("=SUM(A1)", "+1", "@x", "Ủy ban"),
);

describe("BlockBuilder.buildStreamed", () => {
  it("gives, held, the block build gives for the same rows", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 4 }),
        fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 }),
        fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 7 }),
        (head, body, widths) => {
          const width = Math.max(widths.length, ...head.map((r) => r.length), ...body.map((r) => r.length));
          // A header as wide as the widest body row, as every streamed sheet has.
          const header = new Array<InCell>(width).fill("h");
          const held = new BlockBuilder();
          const streamed = new BlockBuilder();
          for (const b of [held, streamed]) {
            head.forEach((r) => b.row(r));
            b.header(header);
          }
          body.forEach((r) => held.row(r));
          const want = held.build("S", widths, [1], "m");
          const got = streamed.buildStreamed("S", widths, [1], "m", body.length, (i) => body[i]!);
          expect(got.rows).toHaveLength(head.length + 1);
          expect(got.body.width).toBe(want.columnWidths.length);
          expect(heldBlock(got)).toEqual(want);
        },
      ),
    );
  });

  it("refuses a body row wider than the block", () => {
    const b = new BlockBuilder();
    b.header(["a", "b"]);
    const block = b.buildStreamed("S", [5], [], undefined, 1, () => ["x", "y", "z"]);
    expect(() => [...block.body.rows()]).toThrow(/body row 0 is wider/);
  });
});
