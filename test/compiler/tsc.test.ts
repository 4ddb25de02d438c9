// The emitted TypeScript compiles under `tsc --strict`: every policy namespace that checks clean and every emit
// fixture is written next to a copy of runtime/, then type-checked with no errors.
import { describe, expect, it } from "vitest";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { compileSource } from "../../compiler/driver/compile.js";
import { emitModule } from "../../compiler/emit/index.js";
import { emitAll } from "../../compiler/driver/project.js";
import { FIXTURES, ROOT, compilePolicies } from "./helpers.js";

describe("emitted code under tsc --strict", () => {
  it("all policies and emit fixtures type-check", () => {
    // Inside the project (so decimal.js resolves from node_modules), in the git-ignored .cache/.
    const dir = join(ROOT, ".cache", `tsc-${process.pid}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, "generated"), { recursive: true });
    mkdirSync(join(dir, "runtime"), { recursive: true });
    try {
      cpSync(join(ROOT, "runtime"), join(dir, "runtime"), { recursive: true });
      const modules: string[] = [];
      for (const e of emitAll(compilePolicies())) {
        writeFileSync(join(dir, "generated", `${e.namespace}.ts`), e.code);
        modules.push(e.namespace);
      }
      for (const name of readdirSync(join(FIXTURES, "emit")).filter((f) => f.endsWith(".zc"))) {
        const path = `test/fixtures/emit/${name}`;
        const compiled = compileSource({ path, text: readFileSync(join(ROOT, path), "utf8") });
        const ns = `FIXTURE_${name.replace(/\W/g, "_")}`;
        writeFileSync(join(dir, "generated", `${ns}.ts`), emitModule(compiled.program!, [path]));
        modules.push(ns);
      }
      expect(modules.length).toBeGreaterThan(1);
      writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({
        compilerOptions: {
          target: "ES2022", module: "ESNext", moduleResolution: "Bundler", strict: true, noEmit: true,
          isolatedModules: true, skipLibCheck: true, types: [],
        },
        include: ["generated/*.ts", "runtime/**/*.ts"],
      }));
      let output = "";
      try {
        execFileSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", join(dir, "tsconfig.json"), "--noEmit", "--strict"], {
          cwd: dir, encoding: "utf8", stdio: "pipe",
        });
      } catch (e) {
        const err = e as { stdout?: string; stderr?: string };
        output = `${err.stdout ?? ""}${err.stderr ?? ""}` || String(e);
      }
      expect(output).toBe("");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
