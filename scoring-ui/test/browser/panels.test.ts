import type { Browser, Page } from "playwright-core";
import {
  collectConsoleErrors,
  describeBrowser,
  launchChromium,
  serveDir,
  type Served,
} from "@cchc/test-kit/browser";
import { ensureDemoBuilt } from "../helpers/demo-build";

interface Call {
  method: string;
  args: unknown[];
}

function calls(page: Page): Promise<Call[]> {
  return page.evaluate(() => (window as unknown as { cchcDemo: { calls: Call[] } }).cchcDemo.calls);
}

const xlsx = (name: string, bytes = 16) => ({
  name,
  mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  buffer: Buffer.alloc(bytes, 1),
});

describeBrowser("demo pane in headless Chromium", () => {
  let browser: Browser;
  let served: Served;
  let page: Page;
  let errors: string[];

  const open = async (query: string) => {
    await page.goto(`${served.url}?${query}`);
    await page.getByRole("tablist").waitFor();
  };

  beforeAll(async () => {
    served = await serveDir(ensureDemoBuilt());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 320, height: 900 } });
    errors = collectConsoleErrors(page);
  });
  afterEach(async () => {
    await page.close();
    expect(errors).toEqual([]);
  });

  it("Kiểm tra: verdict first, totals per field, issues by severity; an issue selects its cell", async () => {
    await open("latency=50");
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    const verdict = page.getByTestId("verdict");
    await verdict.waitFor();
    expect(await verdict.textContent()).toMatch(/Còn \d+ lỗi, \d+ cảnh báo/);
    expect(await page.getByTestId("totals").locator("tbody tr").count()).toBeGreaterThan(1);
    // Decimal comma in Vietnamese.
    expect(await page.getByTestId("totals").textContent()).toMatch(/\d,\d/);
    const first = page.locator("button[data-testid=issue]").first();
    const cell = await first.getAttribute("data-cell");
    expect(cell).toMatch(/^[A-Z]+\d+$/);
    await first.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      (c) =>
        (window as unknown as { cchcDemo: { calls: Call[] } }).cchcDemo.calls.some(
          (x) => x.method === "selectCell" && x.args[1] === c,
        ),
      cell,
    );
    const selected = (await calls(page)).filter((c) => c.method === "selectCell");
    expect(selected.at(-1)?.args).toEqual(["Tự chấm 2025", cell]);
  });

  it("Kiểm tra says how many issues there are when only the first ones are listed", async () => {
    await open("latency=20&issueLimit=2");
    await page.getByTestId("check-run").click();
    await page.getByTestId("verdict").waitFor();
    expect(await page.getByTestId("truncated").textContent()).toBe(
      "Có 5 vấn đề, hiển thị 2 vấn đề đầu tiên.",
    );
    // The verdict counts every issue, not only the listed ones.
    expect(await page.getByTestId("verdict").textContent()).toContain("Còn 2 lỗi, 2 cảnh báo");
  });

  it("Kết quả: writes the results sheet, marks and clears cells", async () => {
    await open("latency=20&panel=results");
    await page.getByTestId("results-write").click();
    await page.getByText(/Đã ghi trang tính “.+”\./).waitFor();
    await page.getByTestId("results-mark").click();
    await page.getByText(/Đã đánh dấu \d+ ô\./).waitFor();
    await page.getByTestId("results-clear").click();
    await page.getByText(/Đã xoá đánh dấu \d+ ô\./).waitFor();
    const methods = (await calls(page)).map((c) => c.method);
    expect(methods).toEqual(expect.arrayContaining(["validate", "writeResults", "markIssues", "clearMarks"]));
  });

  it("Tạo bảng: a sample set, a unit name and a year create a sheet; a bad JSON file says what to do", async () => {
    await open("latency=20&panel=template");
    const create = page.getByTestId("template-create");
    expect(await create.isDisabled()).toBe(true);
    await page.getByTestId("template-set").locator("option").nth(1).waitFor({ state: "attached" });
    await page.getByTestId("template-set").selectOption({ index: 1 });
    await page.getByTestId("template-unit").fill("Sở Tư pháp");
    await create.click();
    await page.getByText(/Đã tạo trang tính “.+”\./).waitFor();
    const request = (await calls(page)).find((c) => c.method === "createTemplate")?.args[0] as {
      unit: string;
      criteriaSetId: string;
    };
    expect(request.unit).toBe("Sở Tư pháp");
    expect(request.criteriaSetId).toBeTruthy();

    await page.getByText("Tệp JSON").click();
    await page.getByTestId("template-file").setInputFiles({
      name: "bo-tieu-chi.json",
      mimeType: "application/json",
      buffer: Buffer.from("{ không phải json"),
    });
    await page.getByRole("alert").getByText("Tệp bo-tieu-chi.json không phải JSON hợp lệ.").waitFor();
  });

  it("Tổng hợp: files picked, progress shown, ranking and failed files listed; cancel stops the job", async () => {
    await open("latency=20&perFile=150&panel=consolidate");
    await page
      .getByTestId("consolidate-files")
      .setInputFiles([
        xlsx("Sở Tư pháp.xlsx"),
        xlsx("Sở Nội vụ.xlsx"),
        xlsx("Sở Y tế.xlsx"),
        xlsx("Sở Xây dựng - lỗi.xlsx", 0),
      ]);
    await page.getByText("Đã chọn 4 tệp.").waitFor();
    await page.getByTestId("consolidate-run").click();
    await page.getByTestId("consolidate-progress").waitFor();
    await page.getByText(/Đã xử lý \d\/4/).waitFor();
    await page.getByTestId("ranking").waitFor();
    expect(await page.getByTestId("ranking").locator("tbody tr").count()).toBe(3);
    expect(await page.getByTestId("failed").textContent()).toContain("Sở Xây dựng - lỗi.xlsx");

    await page.goto(`${served.url}?latency=20&perFile=2000&panel=consolidate`);
    await page
      .getByTestId("consolidate-files")
      .setInputFiles([xlsx("A.xlsx"), xlsx("B.xlsx"), xlsx("C.xlsx")]);
    await page.getByTestId("consolidate-run").click();
    await page.getByText("Đang đọc: A.xlsx").waitFor();
    await page.getByTestId("consolidate-cancel").click();
    await page.getByText("Đã huỷ tổng hợp; chưa ghi trang tính nào.").waitFor();
    expect(await page.getByTestId("ranking").count()).toBe(0);
  });

  it("Tổng hợp shows each unit's appraisal status and survey: “chưa thẩm định”, “chưa có”, the held-out reason", async () => {
    await open("latency=0&perFile=0&panel=consolidate");
    await page
      .getByTestId("consolidate-files")
      .setInputFiles([xlsx("Sở Tư pháp.xlsx"), xlsx("Sở Nội vụ.xlsx"), xlsx("Sở Y tế.xlsx")]);
    await page.getByTestId("consolidate-run").click();
    await page.getByTestId("ranking").waitFor();
    const row = (unit: string) => page.getByTestId("ranking").locator("tbody tr", { hasText: unit });
    // Sở Y tế has no survey points: held out (rank “—”), survey “chưa có”, never 0, with its reason.
    const yTe = row("Sở Y tế");
    expect(await yTe.getAttribute("data-status")).toBe("held-out");
    expect(await yTe.locator("td").first().textContent()).toBe("—");
    expect(await yTe.getByTestId("unit-standing").textContent()).toMatch(
      /^thẩm định lần 1: \d+,\d+ · ĐTXHH: chưa có$/,
    );
    expect(await yTe.getByTestId("unit-reason").textContent()).toBe(
      "Chưa xếp hạng: không có điểm ĐTXHH của đơn vị trong bảng điều tra xã hội học.",
    );
    // Sở Nội vụ: not appraised in any round → “chưa thẩm định”, ranked, survey points shown.
    const noiVu = row("Sở Nội vụ");
    expect(await noiVu.getByTestId("unit-standing").textContent()).toMatch(
      /^chưa thẩm định · ĐTXHH: \d+,\d+$/,
    );
    expect(await noiVu.getByTestId("unit-reason").count()).toBe(0);
    expect(await row("Sở Tư pháp").getByTestId("unit-standing").textContent()).toMatch(
      /^thẩm định lần 1: \d+,\d+ · ĐTXHH: \d+,\d+$/,
    );

    // In English: “not appraised”, “none yet”.
    await page.goto(`${served.url}?latency=0&perFile=0&panel=consolidate&lang=en`);
    await page.getByRole("tablist").waitFor();
    await page.getByTestId("consolidate-files").setInputFiles([xlsx("Sở Nội vụ.xlsx"), xlsx("Sở Y tế.xlsx")]);
    await page.getByTestId("consolidate-run").click();
    await page.getByTestId("ranking").waitFor();
    expect(await row("Sở Y tế").getByTestId("unit-standing").textContent()).toMatch(/survey: none yet$/);
    expect(await row("Sở Nội vụ").getByTestId("unit-standing").textContent()).toMatch(/^not appraised · /);
  });

  it("Kiểm tra says the table's appraisal round, and survey points “chưa có” (a unit's own table has none)", async () => {
    await open("latency=0");
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await page.getByTestId("totals").waitFor();
    // The demo's table has round-1 appraisal scores: their total, and the round, never the self-scores.
    const appraised = await page.getByTestId("totals-appraised").textContent();
    expect(appraised).toMatch(/^\d+,\d+$/);
    expect(await page.getByTestId("totals-standing").textContent()).toBe(
      `thẩm định lần 1: ${appraised} · ĐTXHH: chưa có`,
    );
  });

  it("Tổng hợp on Sheets: one button consolidates the control sheet's units", async () => {
    await open("latency=20&perFile=20&panel=consolidate&host=sheets");
    expect(await page.getByTestId("consolidate-files").count()).toBe(0);
    await page.getByRole("button", { name: "Tổng hợp các đơn vị" }).click();
    await page.getByTestId("ranking").waitFor();
    expect(await page.getByTestId("ranking").locator("table").count()).toBe(2);
  });

  it("Cài đặt: switching to English changes the labels and is saved", async () => {
    await open("latency=20&panel=settings");
    expect(await page.getByRole("tab").first().textContent()).toContain("Kiểm tra");
    await page.getByText("English").click();
    await page.getByRole("tab", { name: "Check" }).waitFor();
    await page.getByText("Settings are stored in the workbook.").waitFor();
    const saved = (await calls(page))
      .filter((c) => c.method === "saveSettings")
      .map((c) => (c.args[0] as { lang: string }).lang);
    expect(saved).toContain("en");
  });

  it("Kiểm tra's results (verdict, totals, issue list) are fetched after the pane has rendered", async () => {
    await page.addInitScript(() => {
      new MutationObserver((_, obs) => {
        if (document.querySelector("[data-testid=check-run]")) {
          (window as unknown as { shownAt: number }).shownAt = performance.now();
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await open("latency=20");
    await page.getByTestId("check-run").click();
    await page.getByTestId("verdict").waitFor();
    expect(await page.locator("button[data-testid=issue]").count()).toBeGreaterThan(0);
    const { shownAt, fetchedAt } = await page.evaluate(() => ({
      shownAt: (window as unknown as { shownAt: number }).shownAt,
      fetchedAt: performance
        .getEntriesByType("resource")
        .filter((e) => /CheckResults/.test(e.name))
        .map((e) => e.startTime),
    }));
    expect(fetchedAt).toHaveLength(1);
    expect(fetchedAt[0]).toBeGreaterThan(shownAt);
  });

  it("the English texts load only when English is chosen, and the switch waits for them", async () => {
    const fetched: string[] = [];
    page.on("request", (r) => fetched.push(r.url()));
    await open("latency=20&panel=settings");
    expect(fetched.filter((u) => /strings-en/.test(u))).toEqual([]);
    await page.getByText("English").click();
    await page.getByRole("tab", { name: "Check" }).waitFor();
    expect(fetched.filter((u) => /strings-en/.test(u))).toHaveLength(1);
    // Every tab switched at once: never half Vietnamese, half English.
    expect(await page.getByRole("tab").allTextContents()).not.toContain("Kiểm tra");
  });

  it("switching language re-renders the last check's issues in the new language", async () => {
    await open("latency=20");
    await page.getByTestId("check-run").click();
    await page.getByText(/Ô D11: điểm 2,5 vượt điểm tối đa/).waitFor();
    await page.getByTestId("tab-settings").click();
    await page.getByText("English").click();
    await page.getByRole("tab", { name: "Check" }).click();
    await page.getByText(/Cell D11: score 2\.5 exceeds the maximum/).waitFor();
    expect(await page.getByTestId("verdict").textContent()).toMatch(/errors?, \d+ warnings? left/);
  });

  it("English host: English labels and issue messages from the start, decimal point", async () => {
    await open("latency=20&lang=en");
    await page.getByRole("button", { name: "Check", exact: true }).click();
    await page.getByTestId("verdict").waitFor();
    expect(await page.getByTestId("verdict").textContent()).toMatch(/\d+ errors?, \d+ warnings? left/);
    expect(await page.getByTestId("index").textContent()).toMatch(/\d\.\d+%/);
  });

  it("a service error shows a message bar with what to do next, not a blank pane", async () => {
    await open("latency=20&fail=validate");
    await page.getByTestId("check-run").click();
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("Không thực hiện được");
    expect(await alert.textContent()).toContain("Cách xử lý:");
    expect(await page.getByTestId("check-run").isEnabled()).toBe(true);
  });

  it("a sheet with nothing left to fix gets the verdict “Sẵn sàng nộp”", async () => {
    await open("latency=20&panel=settings");
    await page.getByTestId("settings-sheet").locator("option").nth(2).waitFor({ state: "attached" });
    await page.getByTestId("settings-sheet").selectOption("Tự chấm 2025 (đã sửa)");
    await page.getByTestId("settings-save").click();
    await page.getByText("Đã lưu cài đặt.").waitFor();
    await page.getByTestId("tab-check").click();
    await page.getByTestId("check-run").click();
    await page.getByTestId("verdict").waitFor();
    expect(await page.getByTestId("verdict").textContent()).toContain("Sẵn sàng nộp");
    expect(await page.locator("button[data-testid=issue]").count()).toBe(0);
  });

  it("settings that cannot be read: the pane says so and still works with defaults", async () => {
    await open("latency=20&fail=loadSettings");
    await page.getByRole("alert").waitFor();
    await page.getByTestId("check-run").click();
    await page.getByTestId("verdict").waitFor();
  });

  it("Cài đặt refuses a header row that is not a number", async () => {
    await open("latency=20&panel=settings");
    await page.getByTestId("settings-sheet").locator("option").nth(1).waitFor({ state: "attached" });
    // A header row that is not a number is refused before saving.
    await page.getByTestId("settings-header-row").fill("năm");
    await page.getByText("Nhập một số nguyên dương, ví dụ 5.").waitFor();
    expect(await page.getByTestId("settings-save").isDisabled()).toBe(true);
  });
  it("Cài đặt keeps a column mapping, as the cli's --columns, and refuses one it cannot read", async () => {
    await open("latency=20&panel=settings");
    await page.getByTestId("settings-sheet").locator("option").nth(1).waitFor({ state: "attached" });
    await page.getByTestId("settings-columns").fill("tự chấm=Q, tối");
    expect(await page.getByTestId("settings-save").isDisabled()).toBe(true);
    await page.getByTestId("settings-columns").fill("tự chấm=E, tối đa=D");
    await page.getByTestId("settings-save").click();
    await page.waitForFunction(() =>
      (window as unknown as { cchcDemo: { calls: Call[] } }).cchcDemo.calls.some(
        (c) => c.method === "saveSettings",
      ),
    );
    const saved = (await calls(page)).filter((c) => c.method === "saveSettings").pop()!;
    expect((saved.args[0] as { columns: unknown }).columns).toEqual({ self: "E", max: "D" });
  });
});
