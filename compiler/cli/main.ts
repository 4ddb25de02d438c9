// zhengce — the command line for drafters and CI. Exit codes: 0 ok, 1 diagnostics or failing examples, 2 usage.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { compileSources, type Compilation } from "../driver/compile.js";
import { defaultPolicyDir, emitAll, examplesSummaryLine, ledgersSummaryLine, loadAll, packageRoot, readSources, runExamples, runSettlementExamples, UsageError } from "../driver/project.js";
import { renderDiagnostic } from "../diagnostics/render.js";
import { callFunction, jsonArg, parseCliArg, type ArgInput } from "../../runtime/adapter.js";
import type { CompiledFunction, FunctionMeta, TraceStep } from "../../runtime/types.js";
import { FunctionIndex } from "../../runtime/functions.js";
import { showMoneyWithYuan } from "../../runtime/show.js";
import { CODES, type Code } from "../diagnostics/codes.js";
import { explainCode } from "../diagnostics/reference.js";
import { dumpProgram } from "../check/dump.js";
import { displayWidth } from "../diagnostics/render.js";
import { documentLabel } from "../../runtime/document.js";
import { explainRows } from "../../runtime/explain.js";
import { writeIfChanged } from "../driver/files.js";
import { parseLine, runJsonl, type JsonlAnswer } from "./jsonl.js";
import { cmdSettle } from "./settle.js";
import { loadPolicies, tellSkipped } from "./policies.js";

const USAGE = `用法：zhengce <命令> [参数]

  check [--dump-ir] [文件或目录…]  检查政策文件（默认 policies/），打印诊断；--dump-ir 另打印检查后的中间表示
  test  [文件或目录…]      运行所有条款的示例
  build                    重新生成 generated/ 下的求值器（Excel 加载项用 npm run build）
  eval NS.NAME 参数…       计算一个函数并逐步解释，例如：zhengce eval PINGHU.EQUIPMENT 4000 A类
  eval --jsonl             从标准输入逐行读 {"fn":"PINGHU.EQUIPMENT","args":[4000,"A类"]}（加 "explain":true 附带解释），
                           每一行输入恰好输出一行结果：{"value":"170"} 或 {"error":"…"}
  settle --jsonl [--budget N]   结算台账：从标准输入逐行读申报、已兑现与企业级输入，每行输出结算结果
  settle 台账.xlsx [-o 结果.xlsx] [--budget N]   结算表格台账（也可 .csv），写出结算额、理由与企业汇总
  list --json              列出所有函数及其参数
  codes [--explain [代码…]] 列出所有诊断代码；--explain 附上消息、提示和一个会引出它的例子

退出码：0 成功；1 有错误、示例失败或批量中有出错的行（每行仍有回答）；2 用法错误。`;

const COMMANDS = new Set(["check", "test", "build", "eval", "settle", "list", "codes"]);

type Out = { write(s: string): boolean | void; once?(event: "drain", listener: () => void): unknown };

export async function main(
  argv: readonly string[],
  out: Out = process.stdout,
  err: Out = process.stderr,
  input: AsyncIterable<Uint8Array | string> = process.stdin,
): Promise<number> {
  const [command, ...rest] = argv;
  // `zhengce build --help` and the like: the usage, never the command (build would regenerate generated/).
  if (command && COMMANDS.has(command) && rest.some((a) => a === "--help" || a === "-h")) {
    out.write(USAGE + "\n");
    return 0;
  }
  try {
    switch (command) {
      case "check": return cmdCheck(rest, out, err);
      case "test": return cmdTest(rest, out, err);
      case "build": return cmdBuild(rest, out, err);
      case "eval": return rest[0] === "--jsonl" ? await cmdEvalJsonl(rest.slice(1), input, out, err) : cmdEval(rest, out, err);
      case "settle": return await cmdSettle(rest, input, out, err);
      case "list": return cmdList(rest, out, err);
      case "codes": return cmdCodes(rest, out);
      case "help": case "--help": case "-h": out.write(USAGE + "\n"); return 0;
      default:
        err.write(`${command ? `未知的命令「${command}」` : "缺少命令"}\n\n${USAGE}\n`);
        return 2;
    }
  } catch (e) {
    if (e instanceof UsageError) {
      err.write(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

/** Compiles the named files and directories (default policies/); entries skipped on the way are told on `err`. */
function compilePaths(paths: readonly string[], err: Out): Compilation {
  return compileSources(readSources(paths.length ? paths : [defaultPolicyDir()], tellSkipped(err)));
}

function printDiagnostics(comp: Compilation, out: Out): void {
  for (const d of comp.diagnostics) out.write(renderDiagnostic(d, comp.sources) + "\n\n");
}

function summary(comp: Compilation): string {
  const errors = comp.diagnostics.filter((d) => d.severity === "error").length;
  const warnings = comp.diagnostics.length - errors;
  const clauses = [...comp.namespaces.values()].reduce((n, ns) => n + ns.clauses.length, 0);
  return `检查了 ${comp.files.length} 个文件、${clauses} 个条款：${errors} 个错误，${warnings} 个警告`;
}

function cmdCheck(args: readonly string[], out: Out, err: Out): number {
  const dumpIr = args.includes("--dump-ir");
  const comp = compilePaths(args.filter((a) => a !== "--dump-ir"), err);
  printDiagnostics(comp, out);
  if (dumpIr) for (const f of comp.files) if (f.program) out.write(dumpProgram(f.program) + "\n");
  out.write(summary(comp) + "\n");
  return comp.ok ? 0 : 1;
}

function cmdTest(paths: readonly string[], out: Out, err: Out): number {
  const comp = compilePaths(paths, err);
  if (!comp.ok) {
    printDiagnostics(comp, out);
    out.write(summary(comp) + "\n");
    return 1;
  }
  const registry = loadAll(emitAll(comp));
  const results = runExamples(comp, registry);
  const failed = results.filter((r) => !r.passed);
  for (const f of failed) if (f.diagnostic) out.write(renderDiagnostic(f.diagnostic, comp.sources) + "\n\n");
  const ledgers = runSettlementExamples(comp, registry);
  const rows = ledgers.flatMap((l) => l.rows);
  const wrong = rows.filter((r) => !r.passed);
  for (const r of wrong) if (r.diagnostic) out.write(renderDiagnostic(r.diagnostic, comp.sources) + "\n\n");
  if (ledgers.length) out.write(`${ledgersSummaryLine(ledgers.length, rows.length, wrong.length)}\n`);
  out.write(`${examplesSummaryLine(results.length, results.length - failed.length, failed.length)}\n`);
  return failed.length || wrong.length ? 1 : 0;
}

export function generatedDir(): string {
  return join(packageRoot(), "generated");
}

function cmdBuild(args: readonly string[], out: Out, err: Out): number {
  const comp = compilePaths(args.filter((a) => !a.startsWith("--")), err);
  if (!comp.ok) {
    printDiagnostics(comp, out);
    out.write(summary(comp) + "\n");
    return 1;
  }
  const dir = generatedDir();
  mkdirSync(dir, { recursive: true });
  const emitted = emitAll(comp);
  const files: [string, string][] = [...emitted.map((e): [string, string] => [join(dir, `${e.namespace}.ts`), e.code]), [join(dir, "index.ts"), generatedIndex(emitted.map((e) => e.namespace))]];
  for (const [path, text] of files) if (writeIfChanged(path, text)) out.write(`写入 ${path}\n`);
  out.write(`生成了 ${emitted.length} 个命名空间的求值器：${emitted.map((e) => e.namespace).join("、")}\n`);
  return 0;
}

export function generatedIndex(namespaces: readonly string[]): string {
  const sorted = [...namespaces].sort();
  return [
    "// 由 zhengce build 生成，请勿手工修改。",
    'import type { CompiledFunction } from "../runtime/types.js";',
    ...sorted.map((ns) => `import { functions as ${ns} } from "./${ns}.js";`),
    "",
    "export const NAMESPACES: Readonly<Record<string, readonly CompiledFunction[]>> = {",
    ...sorted.map((ns) => `  ${ns},`),
    "};",
    "",
  ].join("\n");
}


/** Evaluators of every policy file that checks clean; files with errors are named on stderr and left out. */
function loadIndex(err: Out): FunctionIndex {
  return loadPolicies(err).functions;
}

function findFunction(index: FunctionIndex, name: string): CompiledFunction {
  const fn = index.find(name);
  if (!fn) throw new UsageError(`${index.notFound(name)}\n用 zhengce list 查看所有函数（写法如 PINGHU.EQUIPMENT）`);
  return fn;
}

function cmdEval(args: readonly string[], out: Out, err: Out): number {
  if (!args[0]) throw new UsageError("用法：zhengce eval NS.NAME 参数…，例如 zhengce eval PINGHU.EQUIPMENT 4000 A类");
  const fn = findFunction(loadIndex(err), args[0]);
  const outcome = callFunction(fn, args.slice(1).map(parseCliArg), true);
  if (!outcome.ok) {
    err.write(`${fn.meta.id}：${outcome.error}\n`);
    return 1;
  }
  out.write(`${outcome.value}\n\n`);
  out.write(explain(fn.meta, outcome.trace ?? [], outcome.value));
  return 0;
}

/** The step column's widest text, in terminal columns; longer steps wrap inside it. */
const STEP_COLUMN = 44;

/**
 * A trace as an aligned table (columns measured in terminal columns: a CJK character takes two), headed by the
 * function, the article and document it implements and, given the result, the result in 万元 and 元.
 */
export function explain(meta: FunctionMeta, trace: readonly TraceStep[], result?: string): string {
  const pad = (s: string, w: number) => s + " ".repeat(Math.max(0, w - displayWidth(s)));
  const stepW = Math.min(STEP_COLUMN, Math.max(4, ...trace.map((t) => displayWidth(t.step))));
  const valueW = Math.max(2, ...trace.map((t) => displayWidth(t.value)));
  const [header, ...steps] = explainRows(meta, trace);
  const rows = steps.flatMap(([step, value, source]) => {
    const [first, ...more] = wrapToWidth(step!, stepW);
    return [`  ${pad(first!, stepW)}  ${pad(value!, valueW)}  ${source}`.trimEnd(), ...more.map((m) => `  ${m}`)];
  });
  return [
    `${meta.id}「${meta.title}」${meta.article}，${documentLabel(meta.document)}`,
    ...(result === undefined ? [] : [`结果：${showMoneyWithYuan(result)}`]),
    "",
    `  ${pad(header![0]!, stepW)}  ${pad(header![1]!, valueW)}  ${header![2]}`,
    ...rows,
  ].join("\n") + "\n";
}

/** Text broken into lines of at most `width` columns, between characters but never inside a run of ASCII (4,000万元). */
export function wrapToWidth(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const piece of text.match(/[\x21-\x7e]+|[^]/gu) ?? [""]) {
    if (line && displayWidth(line + piece) > width) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else line += piece;
  }
  lines.push(line);
  return lines;
}

async function cmdEvalJsonl(args: readonly string[], input: AsyncIterable<Uint8Array | string>, out: Out, err: Out): Promise<number> {
  if (args.length) throw new UsageError("eval --jsonl 不接受其他参数：请从标准输入逐行提供 JSON");
  const index = loadIndex(err);
  const summary = await runJsonl(input, out, (lineNo, value) => answerEvalLine(index, value, lineNo), {
    notice: (message) => err.write(`${message}\n`),
  });
  if (summary.errors) err.write(`共 ${summary.lines} 行，其中 ${summary.errors} 行出错（见对应行的 "error"）\n`);
  return summary.errors ? 1 : 0;
}

const REQUEST_KEYS = new Set(["fn", "args", "explain"]);

/** One request of `eval --jsonl` (already parsed, numbers as WrittenNumber) → its answer. */
export function answerEvalLine(index: FunctionIndex, request: unknown, lineNo: number): JsonlAnswer {
  if (typeof request !== "object" || request === null || Array.isArray(request)) {
    return { error: `第${lineNo}行须为一个 JSON 对象，如 {"fn":"PINGHU.EQUIPMENT","args":[4000,"A类"]}` };
  }
  const r = request as { fn?: unknown; args?: unknown; explain?: unknown };
  const unknown = Object.keys(r).filter((k) => !REQUEST_KEYS.has(k));
  if (unknown.length) return { error: `第${lineNo}行有不认识的键「${unknown[0]!.slice(0, 40)}」（可用的键：fn、args、explain）` };
  if (typeof r.fn !== "string") return { error: `第${lineNo}行缺少 "fn"（函数名，如 "PINGHU.EQUIPMENT"）` };
  if (r.explain !== undefined && typeof r.explain !== "boolean") return { error: `第${lineNo}行的 "explain" 须为 true 或 false` };
  const fn = index.find(r.fn);
  if (!fn) return { error: index.notFound(r.fn) };
  const rawArgs = r.args ?? [];
  if (!Array.isArray(rawArgs)) return { error: `第${lineNo}行的 "args" 须为数组` };
  const args: ArgInput[] = [];
  for (const a of rawArgs) {
    const v = jsonArg(a);
    if (v === undefined) return { error: `第${lineNo}行的参数只能是数、文字、true/false 或 null` };
    args.push(v);
  }
  const outcome = callFunction(fn, args, r.explain === true);
  if (!outcome.ok) return { error: outcome.error };
  return outcome.trace ? { value: outcome.value, steps: outcome.trace.map(({ step, value, source }) => ({ step, value, source })) } : { value: outcome.value };
}

const indexes = new WeakMap<ReadonlyMap<string, CompiledFunction>, FunctionIndex>();

/** One line of `eval --jsonl` as text → its answer (the benchmark cross-checks the CLI with this). */
export function evalJsonLine(registry: ReadonlyMap<string, CompiledFunction>, line: string, lineNo: number): JsonlAnswer {
  let index = indexes.get(registry);
  if (!index) indexes.set(registry, (index = new FunctionIndex([...registry.values()])));
  const record = parseLine(lineNo, line);
  return record.ok ? answerEvalLine(index, record.value, lineNo) : { error: record.error };
}

function cmdList(args: readonly string[], out: Out, err: Out): number {
  if (args[0] !== "--json" && args.length) throw new UsageError("用法：zhengce list [--json]");
  const comp = compilePaths(args.slice(1), err);
  const clauses = [...comp.namespaces.values()].flatMap((ns) => ns.clauses);
  if (args[0] === "--json") {
    out.write(JSON.stringify(clauses.map((c) => catalogEntry(c.meta)), null, 1) + "\n");
  } else {
    for (const c of clauses) out.write(`${c.meta.id}\t${c.meta.title}\t${c.meta.article}\t(${c.meta.params.map((p) => p.name).join(", ")})\n`);
  }
  return comp.ok ? 0 : 1;
}

/** A function as the catalog describes it: id, title, article, parameters in Excel order. */
export function catalogEntry(m: FunctionMeta) {
  return {
    id: m.id, zh: m.title, zhName: m.zhName, article: m.article, source: m.source, document: m.document,
    params: m.params.map((p) => ({
      name: p.name, type: p.kind,
      ...(p.unit ? { unit: p.unit } : {}),
      ...(p.values ? { values: p.values } : {}),
      ...(p.optional ? { optional: true, default: p.default } : {}),
    })),
    result: m.result,
  };
}

function cmdCodes(args: readonly string[], out: Out): number {
  if (args[0] !== "--explain") {
    if (args.length) throw new UsageError("用法：zhengce codes [--explain [代码…]]");
    for (const [code, info] of Object.entries(CODES)) out.write(`${code}  ${info.severity === "error" ? "错误" : "警告"}  ${info.title}\n`);
    return 0;
  }
  const asked = args.slice(1).map((a) => a.toUpperCase());
  const unknown = asked.filter((a) => !(a in CODES));
  if (unknown.length) throw new UsageError(`没有诊断代码：${unknown.join("、")}。用 zhengce codes 查看所有代码`);
  const codes = (asked.length ? asked : Object.keys(CODES)) as Code[];
  out.write(codes.map(explainCode).join("\n") + "\n");
  return 0;
}
