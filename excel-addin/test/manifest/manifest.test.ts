/**
 * The XML manifests: well-formed, elements in the order Microsoft's schema requires
 * ("How to find the proper order of manifest elements"), resids defined, ids unique, every URL on
 * the variant's own host, icons present at their sizes, and no drift from the generator.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { MIN_EXCEL_API as PORT_MIN } from "../../src/host/port";
import { checkBase, MIN_EXCEL_API, provinceManifest, renderManifest, VARIANTS } from "../../scripts/manifest";
import { pngSize } from "../../scripts/png";
import { child, parseXml, walk, type XmlElement } from "./xml";

const ROOT = join(__dirname, "..", "..", "..");
const ASSETS = join(__dirname, "..", "..", "assets");

/** Order of OfficeApp's children for a TaskPaneApp, from Microsoft's element-ordering page. */
const OFFICEAPP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "Dictionary",
  "VersionOverrides",
];
const ORDERS: Record<string, string[]> = {
  VersionOverrides: [
    "Description",
    "Requirements",
    "Hosts",
    "Resources",
    "WebApplicationInfo",
    "EquivalentAddins",
  ],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  GetStarted: ["Title", "Description", "LearnMoreUrl"],
  Group: ["Label", "Icon", "Control"],
  Control: ["Label", "Supertip", "Icon", "Action"],
  Supertip: ["Title", "Description"],
  Resources: ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"],
};

function assertOrder(el: XmlElement, order: string[]): void {
  let last = -1;
  for (const c of el.children) {
    const at = order.indexOf(c.name);
    if (at < 0) throw new Error(`<${c.name}> is not a known child of <${el.name}>`);
    if (at < last) throw new Error(`<${c.name}> comes after <${order[last]}> in <${el.name}>`);
    last = at;
  }
}

describe.each(VARIANTS)("$file", (variant) => {
  const path = join(ROOT, variant.file);
  const text = existsSync(path) ? readFileSync(path, "utf8") : "";
  const root = () => parseXml(text);

  it("exists, is what the generator writes, and is well-formed XML", () => {
    expect(text).toBe(renderManifest(variant));
    expect(root().name).toBe("OfficeApp");
    expect(root().attrs["xsi:type"]).toBe("TaskPaneApp");
  });

  it("has its elements in the schema's order", () => {
    const r = root();
    assertOrder(r, OFFICEAPP_ORDER);
    walk(r, (el) => {
      const order = ORDERS[el.name];
      if (order) assertOrder(el, order);
    });
  });

  it("defines every resid it references, and no id twice", () => {
    const defined = new Map<string, string>();
    const used = new Set<string>();
    const controlIds = new Set<string>();
    walk(root(), (el) => {
      if (/^bt:(Image|Url|String)$/.test(el.name) && el.attrs.id) {
        expect(defined.has(el.attrs.id)).toBe(false);
        defined.set(el.attrs.id, el.name);
      } else if (el.attrs.id) {
        expect(controlIds.has(el.attrs.id)).toBe(false);
        controlIds.add(el.attrs.id);
      }
      if (el.attrs.resid) used.add(el.attrs.resid);
    });
    for (const id of used) expect(defined.has(id)).toBe(true);
    for (const id of defined.keys()) expect(used.has(id)).toBe(true);
    expect(defined.size).toBeGreaterThan(0);
  });

  it("serves every URL over https from its own host", () => {
    const urls: string[] = [];
    walk(root(), (el) => {
      for (const v of Object.values(el.attrs))
        if (/^https?:/.test(v) && !/schemas\.microsoft\.com|w3\.org/.test(v)) urls.push(v);
      if (el.name === "AppDomain") urls.push(el.text.trim());
    });
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u.startsWith(new URL(variant.base).origin)).toBe(true);
    for (const u of urls) expect(u.startsWith("https://")).toBe(true);
  });

  it("has Vietnamese defaults with English overrides, within the manifest's length limits", () => {
    const r = root();
    expect(child(r, "DefaultLocale")?.text).toBe("vi-VN");
    for (const name of ["DisplayName", "Description"])
      expect(child(child(r, name)!, "Override")?.attrs.Locale).toBe("en-US");
    walk(r, (el, parent) => {
      if (el.name !== "bt:String") return;
      expect(child(el, "bt:Override")?.attrs.Locale).toBe("en-US");
      const limit = parent?.name === "bt:ShortStrings" ? 125 : 250;
      expect(el.attrs.DefaultValue!.length).toBeLessThanOrEqual(limit);
      expect(child(el, "bt:Override")!.attrs.Value!.length).toBeLessThanOrEqual(limit);
    });
  });

  it("has a ribbon group on the Home tab with “Kiểm tra” and “Bảng điều khiển”", () => {
    const strings = new Map<string, string>();
    const controls: { label: string; action: string }[] = [];
    let tab = "";
    walk(root(), (el) => {
      if (el.name === "bt:String") strings.set(el.attrs.id!, el.attrs.DefaultValue!);
      if (el.name === "OfficeTab") tab = el.attrs.id!;
      if (el.name === "Control")
        controls.push({
          label: child(el, "Label")!.attrs.resid!,
          action: child(el, "Action")!.attrs["xsi:type"]!,
        });
    });
    expect(tab).toBe("TabHome");
    expect(controls.map((c) => [strings.get(c.label), c.action])).toEqual([
      ["Kiểm tra", "ExecuteFunction"],
      ["Bảng điều khiển", "ShowTaskpane"],
    ]);
  });

  it("asks for the lowest requirement set the core flow needs, the one the port assumes", () => {
    let set: XmlElement | undefined;
    walk(root(), (el) => {
      if (el.name === "Set" && el.attrs.Name === "ExcelApi") set = el;
    });
    expect(set?.attrs.MinVersion).toBe(MIN_EXCEL_API);
    expect(MIN_EXCEL_API).toBe(PORT_MIN);
  });

  it("points at icon files that exist with the right pixel sizes", () => {
    const checks: { url: string; size: number }[] = [];
    const images = new Map<string, string>();
    walk(root(), (el) => {
      if (el.name === "bt:Image" && el.attrs.id) images.set(el.attrs.id, el.attrs.DefaultValue!);
    });
    walk(root(), (el) => {
      if (el.name === "bt:Image" && el.attrs.resid)
        checks.push({ url: images.get(el.attrs.resid)!, size: Number(el.attrs.size) });
      if (el.name === "IconUrl") checks.push({ url: el.attrs.DefaultValue!, size: 32 });
      if (el.name === "HighResolutionIconUrl") checks.push({ url: el.attrs.DefaultValue!, size: 64 });
    });
    expect(new Set(checks.map((c) => c.size))).toEqual(new Set([16, 32, 64, 80]));
    for (const { url, size } of checks) {
      const file = join(ASSETS, url.slice(variant.base.length));
      expect(existsSync(file)).toBe(true);
      expect(pngSize(readFileSync(file))).toEqual({ width: size, height: size });
    }
  });
});

it("production and localhost manifests have different ids (both can be installed)", () => {
  expect(new Set(VARIANTS.map((v) => v.id)).size).toBe(VARIANTS.length);
});

describe("the XML checker itself", () => {
  it.each([
    ["<a><b></a></b>", /does not close/],
    ["<a x=1/>", /bad attribute/],
    ['<a x="1" x="2"/>', /duplicate attribute/],
    ["<a>Tom & Jerry</a>", /bare &/],
    ["<a/><b/>", /second root/],
    ["<a>", /never closed/],
  ])("rejects %s", (xml, error) => {
    expect(() => parseXml(xml)).toThrow(error);
  });
});

describe("a province's own manifest (--base)", () => {
  it("points every add-in URL at the province's address, with one setting", () => {
    const xml = provinceManifest("https://cchc.sonla.gov.vn/excel");
    const urls = [...xml.matchAll(/DefaultValue="(https:[^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u.startsWith("https://cchc.sonla.gov.vn/excel/")).toBe(true);
    expect(xml).not.toContain("example.gov.vn");
    expect(() => parseXml(xml)).not.toThrow();
  });

  it("refuses an address Office would not load", () => {
    expect(() => checkBase("http://cchc.sonla.gov.vn/excel/")).toThrow(/https/);
    expect(() => checkBase("cchc.sonla.gov.vn")).toThrow(/hợp lệ/);
    expect(() => checkBase("https://a.vn/excel/?x=1")).toThrow(/\?/);
  });
});
