/**
 * Contract: the port's reading behaviours over the fake Excel (the suite takes a host factory,
 * so the same cases would run against a real workbook through Script Lab).
 */
import { FakeExcelHost } from "../fake-excel";
import { OfficePort } from "../../src/host/office-port";

function department(host: FakeExcelHost, rows: number) {
  const sheet = host.model.addSheet("Bảng điểm");
  sheet.fill("A1", [["BẢNG TỰ CHẤM ĐIỂM CCHC NĂM 2025"], ["Sở Tư pháp"]]);
  sheet.fill("A4", [["STT", "Nội dung", "Điểm tối đa", "Điểm tự đánh giá", "Tài liệu kiểm chứng"]]);
  const body = Array.from({ length: rows }, (_, i) => [
    `1.${i + 1}`,
    `Tiêu chí thành phần số ${i + 1} về cải cách hành chính`,
    1,
    0.5,
    `Quyết định số ${i + 1}/QĐ-UBND ngày 19/9/2025`,
  ]);
  sheet.fill("A5", body);
  sheet.fill(`D${5 + rows}`, [[`=SUM(D5:D${4 + rows})`]]);
  sheet.merges.push({ top: 0, left: 0, bottom: 0, right: 4 });
  return sheet;
}

describe.each([
  ["Microsoft 365", "1.17", true],
  ["Office 2019", "1.8", false],
  ["Office 2016", "1.2", false],
])("readSheet on %s (ExcelApi %s)", (_label, apiVersion, hasMerges) => {
  it.each([150, 5000])(
    "reads a %i-row sheet in at most 2 syncs with values, formulas and origin",
    async (rows) => {
      const host = new FakeExcelHost({ apiVersion });
      department(host, rows);
      const port = new OfficePort(host.env());
      const read = await port.readSheet(null);
      expect(host.model.syncs).toBe(2);
      expect(port.syncCount).toBe(2);
      expect(read.grid.sheet).toBe("Bảng điểm");
      expect(read.grid.values).toHaveLength(4 + rows + 1);
      expect(read.grid.values[4]).toEqual(["1.1", expect.any(String), 1, 0.5, expect.any(String)]);
      expect(read.grid.values[2]).toEqual([null, null, null, null, null]);
      expect(read.grid.formulas?.[4 + rows]).toEqual([null, null, null, `=SUM(D5:D${4 + rows})`, null]);
      // Office.js gives a formula or a value for every cell; rows holding no formula reach the core as null.
      expect(read.grid.formulas).toHaveLength(4 + rows + 1);
      expect(read.grid.formulas?.slice(0, 4 + rows).every((row) => row === null)).toBe(true);
      expect(read.grid.origin).toEqual({ row: 0, col: 0 });
      if (hasMerges) expect(read.grid.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 4 }]);
      else {
        expect(read.grid.merges).toBeUndefined();
        expect(read.notes).toContain("merges-unavailable");
      }
    },
  );
});

it("reads a named sheet whose used range does not start at A1, with merges relative to it", async () => {
  const host = new FakeExcelHost();
  host.model.addSheet("Khác");
  const s = host.model.addSheet("Phụ lục 01");
  s.fill("C3", [
    ["STT", "Nội dung"],
    ["1", "Công tác chỉ đạo"],
  ]);
  s.merges.push({ top: 2, left: 2, bottom: 3, right: 2 });
  const read = await new OfficePort(host.env()).readSheet("Phụ lục 01");
  expect(read.grid.origin).toEqual({ row: 2, col: 2 });
  expect(read.grid.values).toEqual([
    ["STT", "Nội dung"],
    ["1", "Công tác chỉ đạo"],
  ]);
  expect(read.grid.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 0 }]);
});

it("a missing sheet fails with ItemNotFound at the first sync", async () => {
  const host = new FakeExcelHost();
  host.model.addSheet("A");
  await expect(new OfficePort(host.env()).readSheet("Không có")).rejects.toMatchObject({
    code: "ItemNotFound",
  });
  expect(host.model.syncs).toBe(1);
});

it("falls back without merges (and says so) when a sheet has more than 512 merged areas", async () => {
  const host = new FakeExcelHost();
  const s = department(host, 600);
  for (let i = 0; i < 600; i++) s.merges.push({ top: 4 + i, left: 2, bottom: 4 + i, right: 3 });
  const read = await new OfficePort(host.env()).readSheet(null);
  expect(read.notes).toContain("merges-too-many");
  expect(read.grid.merges).toBeUndefined();
  expect(read.grid.values).toHaveLength(605);
});

it("reads a sheet too big for one 5 MB response in row blocks instead of failing", async () => {
  const host = new FakeExcelHost();
  const s = host.model.addSheet("Lớn");
  const long = "Nội dung rất dài ".repeat(30);
  s.fill(
    "A1",
    Array.from({ length: 5000 }, (_, i) => [String(i + 1), long, long, 1]),
  );
  const port = new OfficePort(host.env());
  const read = await port.readSheet(null);
  expect(read.grid.values).toHaveLength(5000);
  expect(read.grid.values[4999]?.[0]).toBe("5000");
  expect(read.notes).toContain("read-chunked");
  expect(port.syncCount).toBeGreaterThan(2);
});

it("reports protection without failing the read", async () => {
  const host = new FakeExcelHost();
  department(host, 3).protected = true;
  const read = await new OfficePort(host.env()).readSheet(null);
  expect(read.protected).toBe(true);
});
