// Shared by the studio tests: the project's policy files as the studio bundles them, and the CLI to compare with.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { policyFiles, ROOT } from "../compiler/helpers.js";

export { ROOT };
export const LARGEST = "policies/pinghu-000-xinzhi.zc";

export const projectSources = policyFiles;

export const policyText = (path: string) => readFileSync(join(ROOT, path), "utf8");

/** Replaces exactly one occurrence (the test fails loudly when the policy text moved). */
export function edit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`expected exactly one “${from}” in the policy text`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** Runs the built CLI (npm test builds it first) in a temporary checkout-like folder holding the given files. */
export function cli(args: readonly string[], files: Readonly<Record<string, string>>): string {
  const dir = mkdtempSync(join(tmpdir(), "zhengce-studio-cli-"));
  for (const [path, text] of Object.entries(files)) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "zhengce.cjs"), ...args], { cwd: dir, encoding: "utf8" });
  return r.stdout;
}

/** `zhengce check`'s diagnostics for one file: the header line, where, and the hint. */
export function cliDiagnostics(output: string, path: string): { headline: string; line: number; column: number; hint?: string }[] {
  const out: { headline: string; line: number; column: number; hint?: string }[] = [];
  for (const block of output.split("\n\n")) {
    const lines = block.split("\n");
    const head = lines[0] ?? "";
    const where = /┌─ (.+):(\d+):(\d+)$/.exec(lines[1] ?? "");
    if (!/^(错误|警告)\[Z\d{4}\]/.test(head) || !where || where[1] !== path) continue;
    const hint = lines.find((l) => l.startsWith("  = 提示："))?.slice("  = 提示：".length);
    out.push({ headline: head, line: Number(where[2]), column: Number(where[3]), ...(hint ? { hint } : {}) });
  }
  return out;
}

/** Example lines of a policy text, counted from the text itself: lines with 「→」 in a 示例： block (not 结算示例：). */
export function countExampleLines(text: string): number {
  let n = 0, block = -1;
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    const indent = /^ */.exec(line)![0].length;
    if (block >= 0 && indent <= block) block = -1;
    if (/^\s*示例[:：]\s*(#.*)?$/.test(line)) block = indent;
    else if (block >= 0 && line.replace(/#.*$/, "").includes("→")) n++;
  }
  return n;
}

/** The 结算示例 (ledgers) of a policy text, counted from its headings. */
export const countLedgers = (text: string) => text.split("\n").filter((l) => /^\s*结算示例/.test(l)).length;

/** The project's policy paths, and the CLI's closing lines for all of them (every namespace complete). */
export function cliTestAll(): { ledgers: string; examples: string } {
  const files = Object.fromEntries(projectSources().map((s) => [s.path, s.text]));
  const out = cli(["test", "policies"], files).trim().split("\n");
  return { ledgers: out[out.length - 2]!, examples: out[out.length - 1]! };
}
