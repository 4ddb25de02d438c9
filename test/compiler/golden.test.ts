// Golden tests: the rendered diagnostics of every bad program in test/fixtures/bad, the emitted TypeScript of the
// fixture policies in test/fixtures/emit, and the committed generated/ evaluators against a fresh emit.
// `npm run golden:accept` rewrites the .expected files; READ the diff before committing it — a golden is a
// reviewed expectation, not a snapshot of whatever came out.
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { compileSource } from "../../compiler/driver/compile.js";
import { renderDiagnostic, type SourceFile } from "../../compiler/diagnostics/render.js";
import { emitModule } from "../../compiler/emit/index.js";
import { dumpProgram } from "../../compiler/check/dump.js";
import { emitAll } from "../../compiler/driver/project.js";
import { generatedIndex } from "../../compiler/cli/main.js";
import { hasErrors } from "../../compiler/diagnostics/diagnostic.js";
import { FIXTURES, ROOT, compilePolicies } from "./helpers.js";

const ACCEPT = process.env.ZHENGCE_ACCEPT === "1";

function compareOrAccept(expectedPath: string, actual: string): void {
  if (ACCEPT) {
    writeFileSync(expectedPath, actual);
    return;
  }
  expect(existsSync(expectedPath), `${expectedPath} is missing: run npm run golden:accept and review it`).toBe(true);
  expect(actual).toBe(readFileSync(expectedPath, "utf8"));
}

/** A fixture as the CLI would see it from the project root: its path relative to the root, so goldens are portable. */
function fixture(dir: string, name: string): SourceFile {
  const path = `test/fixtures/${dir}/${name}`;
  return { path, text: readFileSync(join(ROOT, path), "utf8") };
}

export function renderAll(source: SourceFile): string {
  const compiled = compileSource(source);
  const files = new Map([[source.path, source]]);
  return compiled.diagnostics.map((d) => renderDiagnostic(d, files)).join("\n\n") + "\n";
}

const badFiles = readdirSync(join(FIXTURES, "bad")).filter((f) => f.endsWith(".zc")).sort();

describe("rendered diagnostics of bad programs", () => {
  it("there is a suite of bad programs, including the four-errors demo", () => {
    expect(badFiles).toContain("four-errors.zc");
    expect(badFiles.length).toBeGreaterThanOrEqual(8);
  });

  it.each(badFiles)("%s", (name) => {
    const source = fixture("bad", name);
    const rendered = renderAll(source);
    expect(compileSource(source).diagnostics.length).toBeGreaterThan(0);
    expect(rendered).not.toContain("编译器内部错误");
    compareOrAccept(join(FIXTURES, "bad", name.replace(/\.zc$/, ".expected")), rendered);
  });
});

describe("the four-errors demo", () => {
  const source = fixture("bad", "four-errors.zc");
  const compiled = compileSource(source);
  const lines = source.text.split("\n");
  const lineOf = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1;

  // The four mistakes, where they are, and what a drafter must read about each.
  const expected = [
    { code: "Z0401", line: lineOf("加价 = "), col: lines[lineOf("加价 = ") - 1]!.indexOf("设备投资额") + 1, words: ["金额", "比例"] },
    { code: "Z0301", line: lineOf("企业类别是A类"), col: lines[lineOf("企业类别是A类") - 1]!.indexOf("企业类别是A类") + 1, words: ["企业类别是A类"] },
    { code: "Z0104", line: lineOf("上限 = "), col: lines[lineOf("上限 = ") - 1]!.indexOf("（") + 1, words: ["）"] },
    { code: "Z0501", line: lineOf("2000万元以上："), col: 5, words: ["重叠", "2000万元"] },
  ];

  it("reports exactly these four errors (and no others)", () => {
    const errs = compiled.diagnostics.filter((d) => d.severity === "error");
    expect(errs.map((d) => d.code)).toEqual(expected.map((e) => e.code));
  });

  it.each(expected)("$code at $line:$col with the source line, a caret and a Chinese message", (e) => {
    const d = compiled.diagnostics.find((x) => x.code === e.code)!;
    const text = renderDiagnostic(d, new Map([[source.path, source]]));
    const out = text.split("\n");
    expect(out[0]).toMatch(new RegExp(`^错误\\[${e.code}\\] \\S+：.*[\\u4e00-\\u9fff]`));
    expect(out[1]).toContain(`${source.path}:${e.line}:${e.col}`);
    expect(out[3]).toBe(`${e.line} │ ${lines[e.line - 1]}`);
    expect(out[4]).toMatch(/│ *\^+/);
    for (const w of e.words) expect(text).toContain(w);
  });

  it("the caret sits under the span, counting CJK characters as two columns", () => {
    const d = compiled.diagnostics.find((x) => x.code === "Z0301")!;
    const out = renderDiagnostic(d, new Map([[source.path, source]])).split("\n");
    const src = out[3]!.slice(out[3]!.indexOf("│ ") + 2);
    const caretLine = out[4]!.slice(out[4]!.indexOf("│ ") + 2);
    const before = src.slice(0, src.indexOf("企业类别是A类"));
    // 「  加点 = 若 」 is 6 narrow characters and 3 CJK characters = 12 columns; the name is 6 CJK + 1 narrow = 13.
    expect(before).toBe("  加点 = 若 ");
    expect(caretLine).toBe(" ".repeat(12) + "^".repeat(13));
  });
});

const emitFixtures = readdirSync(join(FIXTURES, "emit")).filter((f) => f.endsWith(".zc")).sort();

describe("emitted TypeScript of fixture policies", () => {
  it("there is at least one emit fixture", () => {
    expect(emitFixtures.length).toBeGreaterThan(0);
  });

  it.each(emitFixtures)("%s", (name) => {
    const source = fixture("emit", name);
    const compiled = compileSource(source);
    expect(compiled.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const code = emitModule(compiled.program!, [source.path]);
    compareOrAccept(join(FIXTURES, "emit", name.replace(/\.zc$/, ".ts.expected")), code);
  });
});

describe("checked IR of fixture policies (what the emitter and the interpreter both run)", () => {
  it.each(emitFixtures)("%s", (name) => {
    const compiled = compileSource(fixture("emit", name));
    compareOrAccept(join(FIXTURES, "emit", name.replace(/\.zc$/, ".ir.expected")), dumpProgram(compiled.program!));
  });
});

describe("generated/ is up to date with policies/", () => {
  it("every namespace whose files check clean matches a fresh emit (else run `npx zhengce build`)", () => {
    const comp = compilePolicies();
    const broken = new Set(comp.files.filter((f) => hasErrors(f.diagnostics)).map((f) => f.source.path));
    const dir = join(ROOT, "generated");
    expect(existsSync(dir), "generated/ is missing: run `npx zhengce build`").toBe(true);
    const emitted = emitAll(comp);
    let compared = 0;
    for (const e of emitted) {
      const nsFiles = comp.namespaces.get(e.namespace)!.files;
      if (nsFiles.some((f) => broken.has(f))) continue; // a namespace with a broken file cannot be rebuilt yet
      const path = join(dir, `${e.namespace}.ts`);
      expect(existsSync(path), `generated/${e.namespace}.ts is missing: run \`npx zhengce build\``).toBe(true);
      expect(readFileSync(path, "utf8") === e.code, `generated/${e.namespace}.ts is stale: run \`npx zhengce build\``).toBe(true);
      compared++;
    }
    expect(compared).toBeGreaterThan(0);
    if (broken.size === 0) {
      const index = readFileSync(join(dir, "index.ts"), "utf8");
      expect(index === generatedIndex(emitted.map((e) => e.namespace)), "generated/index.ts is stale: run `npx zhengce build`").toBe(true);
    }
  });
});
