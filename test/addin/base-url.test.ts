// --base-url (npm run build -- --base-url=…) is validated before it is used, and escaped where it lands in the
// manifest XML (issue 10.12).
import { describe, expect, it } from "vitest";
import { ADDINS } from "../../addin/src/cities.js";
import { normalizeBaseUrl, renderManifest } from "../../addin/src/manifest.js";
import { manifestTemplate } from "../../addin/src/build.js";
import { ROOT } from "./helpers.js";

const template = manifestTemplate(ROOT);
const tags = (xml: string) => xml.match(/<[^!?/][^>]*>/g)!.map((t) => /^<([^\s>/]+)/.exec(t)![1]);

describe("normalizeBaseUrl", () => {
  it("accepts https URLs, and http only for this machine; adds the trailing slash", () => {
    expect(normalizeBaseUrl("https://addins.example.cn/zhengce")).toBe("https://addins.example.cn/zhengce/");
    expect(normalizeBaseUrl(" https://addins.example.cn/ ")).toBe("https://addins.example.cn/");
    expect(normalizeBaseUrl("http://localhost:3000")).toBe("http://localhost:3000/");
    expect(normalizeBaseUrl("http://127.0.0.1:8080/x/")).toBe("http://127.0.0.1:8080/x/");
  });
  it("refuses anything else with a Chinese message", () => {
    const refused: [string, string][] = [
      ["http://addins.example.cn/", "须为 https"],
      ["javascript:alert(1)", "须为 https"],
      ["file:///etc/", "须为 https"],
      ["addins.example.cn/zhengce", "网址无效"],
      ["", "网址无效"],
      ["https://user:secret@addins.example.cn/", "用户名或密码"],
      ["https://addins.example.cn/?v=1", "“?”或“#”"],
      ["https://addins.example.cn/#top", "“?”或“#”"],
    ];
    for (const [url, why] of refused) expect(() => normalizeBaseUrl(url), url).toThrow(why);
  });
});

describe("renderManifest escapes the base URL", () => {
  it("& and ' in a path become entities", () => {
    const xml = renderManifest(template, ADDINS[0]!, "https://addins.example.cn/a&b'c/");
    expect(xml).toContain('DefaultValue="https://addins.example.cn/a&amp;b&apos;c/PINGHU/functions.js"');
    expect(xml).not.toContain("a&b'c");
  });
  it("a URL written to break out of the attribute adds no element", () => {
    const clean = renderManifest(template, ADDINS[0]!, "https://addins.example.cn/");
    const hostile = renderManifest(template, ADDINS[0]!, 'https://addins.example.cn/"/><Evil a="');
    expect(hostile).not.toContain("<Evil");
    expect(tags(hostile)).toEqual(tags(clean));
  });
});
