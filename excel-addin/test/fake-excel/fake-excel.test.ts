/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load, office-addins/no-context-sync-in-loop --
   these tests make the mistakes on purpose, to show that the fake fails on them like Excel. */
/** The fake fails where Excel fails: each rule that office-addin-mock would have let through. */
import { FakeExcelHost } from "./index";

async function run<T>(host: FakeExcelHost, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return host.run(batch);
}

function withSheet(options: ConstructorParameters<typeof FakeExcelHost>[0] = {}) {
  const host = new FakeExcelHost(options);
  host.model.addSheet("Bảng điểm").fill("A1", [
    ["STT", "Điểm"],
    ["1.1", 0.5],
  ]);
  return host;
}

describe("the fake Excel", () => {
  it("throws PropertyNotLoaded for a property read before load + sync", async () => {
    const host = withSheet();
    await run(host, async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1:B2");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([
        ["STT", "Điểm"],
        ["1.1", 0.5],
      ]);
      expect(() => range.formulas).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("gives range.formulas a formula or the value for every cell, as Office.js does", async () => {
    const host = withSheet();
    host.model.sheet("Bảng điểm").fill("B3", [["=SUM(B2:B2)"]]);
    await run(host, async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1:C3");
      range.load("formulas");
      await context.sync();
      expect(range.formulas).toEqual([
        ["STT", "Điểm", ""],
        ["1.1", 0.5, ""],
        ["", "=SUM(B2:B2)", ""],
      ]);
    });
  });

  it("counts every sync as a round trip", async () => {
    const host = withSheet();
    await run(host, async (context) => {
      await context.sync();
      await context.sync();
    });
    expect(host.model.syncs).toBe(2);
  });

  it("getItem of a missing sheet fails at sync with ItemNotFound; getItemOrNullObject answers isNullObject", async () => {
    const host = withSheet();
    await expect(
      run(host, async (context) => {
        context.workbook.worksheets.getItem("Không có").load("name");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    await run(host, async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Không có");
      const present = context.workbook.worksheets.getItemOrNullObject("bảng điểm");
      missing.load("name");
      present.load("name");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(present.name).toBe("Bảng điểm");
    });
  });

  it("loads collections with items/ paths", async () => {
    const host = withSheet();
    host.model.addSheet("Khác");
    await run(host, async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Bảng điểm", "Khác"]);
      expect(() => sheets.items[0]!.id).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("rejects a values array whose size differs from the range (InvalidArgument) and stops the batch there", async () => {
    const host = withSheet();
    await expect(
      run(host, async (context) => {
        const ws = context.workbook.worksheets.getActiveWorksheet();
        ws.getRange("D1").values = [["trước"]];
        ws.getRange("A1:B2").values = [[1, 2, 3]];
        ws.getRange("E1").values = [["sau"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    const sheet = host.model.sheet("Bảng điểm");
    expect(sheet.get(0, 3)?.value).toBe("trước");
    expect(sheet.get(0, 4)).toBeUndefined();
  });

  it("reads a text written through values that starts with = as a formula, and an apostrophe as text", async () => {
    const host = withSheet();
    await run(host, async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("C1:C2").values = [
        ["=cmd|' /C calc'!A0"],
        ["'=cmd"],
      ];
      await context.sync();
    });
    const sheet = host.model.sheet("Bảng điểm");
    expect(sheet.get(0, 2)?.formula).toBe("=cmd|' /C calc'!A0");
    expect(sheet.get(1, 2)).toEqual({ value: "=cmd", formula: null, text: true });
  });

  it("refuses writes to locked cells of a protected sheet (AccessDenied) but allows unlocked ones", async () => {
    const host = withSheet();
    const sheet = host.model.sheet("Bảng điểm");
    sheet.protected = true;
    sheet.unlocked.push({ top: 1, left: 1, bottom: 1, right: 1 });
    await run(host, async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("B2").values = [[0.75]];
      await context.sync();
    });
    expect(sheet.get(1, 1)?.value).toBe(0.75);
    await expect(
      run(host, async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A1").values = [["x"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });

  it("answers requirement sets per host version and fails APIs above it with ApiNotFound", async () => {
    const host = withSheet({ apiVersion: "1.2" });
    expect(host.isSetSupported("ExcelApi", "1.2")).toBe(true);
    expect(host.isSetSupported("ExcelApi", "1.6")).toBe(false);
    await expect(
      run(host, async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A1").conditionalFormats.add("Custom");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(host.model.sheet("Bảng điểm").conditionalFormats).toEqual([]);
  });

  it("caps a response at 5 MB like Excel on the web (and not on desktop)", async () => {
    const big = "x".repeat(1000);
    for (const [limit, fails] of [
      [undefined, true],
      [null, false],
    ] as const) {
      const host = new FakeExcelHost({ payloadLimit: limit });
      host.model.addSheet("Lớn").fill(
        "A1",
        Array.from({ length: 6000 }, () => [big]),
      );
      const attempt = run(host, async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A1:A6000").load("values");
        await context.sync();
      });
      if (fails) await expect(attempt).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
      else await expect(attempt).resolves.toBeUndefined();
    }
  });

  it("caps a request at 5 MB too", async () => {
    const host = withSheet();
    const big = "x".repeat(1000);
    await expect(
      run(host, async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A1:A6000").values = Array.from(
          { length: 6000 },
          () => [big],
        );
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(host.model.sheet("Bảng điểm").get(5999, 0)).toBeUndefined();
  });

  it("fails the Nth sync on request, before anything in it applies", async () => {
    const host = withSheet();
    host.model.failSyncAt = 1;
    await expect(
      run(host, async (context) => {
        context.workbook.worksheets.add("Mới");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ConnectionFailure" });
    expect(host.model.sheets.map((s) => s.name)).toEqual(["Bảng điểm"]);
  });

  it("fails getMergedAreasOrNullObject over 512 merged areas", async () => {
    const host = withSheet();
    const sheet = host.model.sheet("Bảng điểm");
    for (let i = 0; i < 513; i++) sheet.merges.push({ top: i, left: 0, bottom: i, right: 1 });
    await expect(
      run(host, async (context) => {
        context.workbook.worksheets
          .getActiveWorksheet()
          .getRange("A1:B600")
          .getMergedAreasOrNullObject()
          .load("address");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
  });

  it("adds a sheet with a name already taken (case-insensitive) as ItemAlreadyExists", async () => {
    const host = withSheet();
    await expect(
      run(host, async (context) => {
        context.workbook.worksheets.add("BẢNG ĐIỂM");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });

  it("keeps settings only once saveAsync succeeded; a reloaded pane sees the file's copy", async () => {
    const host = withSheet();
    host.settings.set("k", { a: 1 });
    host.reloadPane();
    expect(host.settings.get("k")).toBeNull();
    host.settings.set("k", { a: 2 });
    await new Promise<void>((resolve) => host.settings.saveAsync(() => resolve()));
    host.reloadPane();
    expect(host.settings.get("k")).toEqual({ a: 2 });
  });
});
