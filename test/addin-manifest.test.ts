import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";

// An offline check of the built manifest: `office-addin-manifest validate` calls a web
// service, and no package ships the current XML schemas, so this parses the XML and checks
// what makes an add-in load: ids, resids, HTTPS URLs, the shared runtime, the namespace.
const dist = fileURLToPath(new URL("../addin/dist/", import.meta.url));

interface Element {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: Element[];
  text: string;
}

function parse(xml: string): Element {
  const parser = new SaxesParser({ xmlns: false });
  const root: Element = { name: "#document", attributes: {}, children: [], text: "" };
  const stack: Element[] = [root];
  parser.on("opentag", (tag) => {
    const element: Element = { name: tag.name, attributes: Object.fromEntries(Object.entries(tag.attributes)), children: [], text: "" };
    stack[stack.length - 1]!.children.push(element);
    stack.push(element);
  });
  parser.on("text", (text) => {
    stack[stack.length - 1]!.text += text;
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.write(xml).close();
  return root.children[0]!;
}

const all = (e: Element): Element[] => [e, ...e.children.flatMap(all)];
const named = (e: Element, name: string): Element[] => all(e).filter((x) => x.name === name);

function manifest(file: string): Element {
  const path = join(dist, file);
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run build --workspace @costplan/excel-addin`);
  return parse(readFileSync(path, "utf8"));
}

describe("the add-in manifest (offline check)", () => {
  const root = manifest("manifest.dev.xml");
  // Resources are the bt:Image, bt:Url and bt:String elements with an id (an icon's bt:Image refers to one by resid).
  const definitions = ["bt:Image", "bt:Url", "bt:String"].flatMap((n) => named(root, n)).filter((e) => e.attributes["id"] !== undefined);
  const resources = new Map(definitions.map((e) => [e.attributes["id"]!, e]));

  it("is a task pane add-in for workbooks with an id, a version and ReadWriteDocument", () => {
    expect(root.name).toBe("OfficeApp");
    expect(root.attributes["xsi:type"]).toBe("TaskPaneApp");
    expect(named(root, "Id")[0]!.text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(named(root, "Version")[0]!.text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(named(root, "Permissions")[0]!.text).toBe("ReadWriteDocument");
    expect(named(root, "Host").map((h) => h.attributes["Name"] ?? h.attributes["xsi:type"])).toEqual(["Workbook", "Workbook"]);
  });

  it("defines every resid it uses exactly once", () => {
    const ids = definitions.map((e) => e.attributes["id"]);
    expect(new Set(ids).size).toBe(ids.length);
    const used = all(root)
      .map((e) => e.attributes["resid"])
      .filter((r): r is string => r !== undefined);
    expect(used.length).toBeGreaterThan(10);
    for (const resid of used) expect(resources.has(resid), resid).toBe(true);
  });

  it("uses HTTPS for every URL, all on the dev origin https://localhost:3000", () => {
    const urls = all(root)
      .flatMap((e) => [e.attributes["DefaultValue"], e.attributes["Value"]])
      .filter((v): v is string => v !== undefined && /^[a-z]+:\/\//.test(v));
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(new URL(url).origin, url).toBe("https://localhost:3000");
  });

  it("runs custom functions in the task pane's shared runtime", () => {
    const runtime = named(root, "Runtime");
    expect(runtime.map((r) => [r.attributes["resid"], r.attributes["lifetime"]])).toEqual([["Taskpane.Url", "long"]]);
    const cf = named(root, "ExtensionPoint").find((e) => e.attributes["xsi:type"] === "CustomFunctions")!;
    const page = named(cf, "Page")[0]!;
    expect(named(page, "SourceLocation")[0]!.attributes["resid"]).toBe("Taskpane.Url");
    expect(named(root, "FunctionFile")[0]!.attributes["resid"]).toBe("Taskpane.Url");
    const taskpane = named(root, "Action").find((a) => a.attributes["xsi:type"] === "ShowTaskpane")!;
    expect(named(taskpane, "SourceLocation")[0]!.attributes["resid"]).toBe("Taskpane.Url");
    expect(named(root, "Set").map((s) => s.attributes["Name"])).toContain("SharedRuntime");
  });

  it("names the functions namespace COSTPLAN", () => {
    const resid = named(root, "Namespace")[0]!.attributes["resid"]!;
    expect(resources.get(resid)!.attributes["DefaultValue"]).toBe("COSTPLAN");
  });

  it("overrides the display name, descriptions and function metadata for vi-VN, and every file it names exists in the build", () => {
    expect(named(named(root, "DisplayName")[0]!, "Override")[0]!.attributes["Locale"]).toBe("vi-VN");
    expect(named(named(root, "Description")[0]!, "Override")[0]!.attributes["Locale"]).toBe("vi-VN");
    const metadata = resources.get("Functions.Metadata.Url")!;
    expect(named(metadata, "bt:Override").map((o) => o.attributes["Locale"])).toEqual(["vi-VN"]);
    const files = all(root)
      .flatMap((e) => [e.attributes["DefaultValue"], e.attributes["Value"]])
      .filter((v): v is string => v?.startsWith("https://") ?? false);
    for (const url of files) expect(existsSync(join(dist, new URL(url).pathname)), url).toBe(true);
    const vi = JSON.parse(readFileSync(join(dist, "functions.vi-VN.json"), "utf8")) as { functions: { id: string; description: string }[] };
    const en = JSON.parse(readFileSync(join(dist, "functions.json"), "utf8")) as { functions: { id: string; description: string }[] };
    expect(vi.functions.map((f) => f.id)).toEqual(en.functions.map((f) => f.id));
    expect(vi.functions.find((f) => f.id === "ALLOCATE")!.description).toMatch(/Phân bổ/);
  });

  it("serves PNG icons of the sizes it names", () => {
    for (const size of [16, 32, 64, 80]) {
      const png = readFileSync(join(dist, "assets", `icon-${size}.png`));
      expect([...png.subarray(1, 4)].map((b) => String.fromCharCode(b)).join("")).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
});
