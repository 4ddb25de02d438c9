// zhengce settle — settle a ledger by the documents' combining rules (runtime/settlement/, SETTLEMENT.md):
//   zhengce settle --jsonl [--budget N]                 JSON lines on stdin → one answer line per input line, in order
//   zhengce settle 台账.xlsx|台账.csv [-o 结果.xlsx] [--budget N]   a workbook with amounts, reasons and a summary sheet
// Settlement needs the whole ledger before it can answer (a later line can cut an earlier one), so lines are read
// first and answered after; the answers are written in chunks.
import type { Decimal } from "decimal.js";
import { coerceArg } from "../../runtime/adapter.js";
import { PolicyInputError } from "../../runtime/errors.js";
import { FunctionIndex } from "../../runtime/functions.js";
import { answerJson, budgetError, ledgerLine, settle, type LedgerLine, type SettlementRules } from "../../runtime/settlement/index.js";
import { join } from "node:path";
import { loadEvaluators } from "../driver/cache.js";
import { defaultPolicyDir, packageRoot, readSources, UsageError } from "../driver/project.js";
import { settleWorkbook } from "./settle-workbook.js";

type Out = { write(s: string): void };

export interface SettleContext {
  readonly functions: FunctionIndex;
  readonly rules: readonly SettlementRules[];
  readonly budget?: Decimal;
}

export const SETTLE_USAGE = `用法：zhengce settle --jsonl [--budget 预算万元]
      zhengce settle 台账.xlsx|台账.csv [-o 结果.xlsx] [--budget 预算万元]`;

interface SettleArgs {
  readonly jsonl: boolean;
  readonly input?: string;
  readonly output?: string;
  readonly budget?: Decimal;
}

/** `--budget` is read like a money cell (300, 300万元, 0.03亿元) and must be a whole number of 分. */
export function parseBudget(text: string): Decimal {
  let budget: Decimal;
  try {
    budget = coerceArg({ name: "预算", kind: "money", unit: "万元", optional: false, integer: false, description: "" }, text) as Decimal;
  } catch (e) {
    throw new UsageError(`--budget：${e instanceof PolicyInputError ? e.message : String(e)}`);
  }
  const problem = budgetError(budget);
  if (problem) throw new UsageError(`--budget：${problem}`);
  return budget;
}

export function parseSettleArgs(args: readonly string[]): SettleArgs {
  let jsonl = false, input: string | undefined, output: string | undefined, budget: Decimal | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = () => {
      const v = args[++i];
      if (v === undefined) throw new UsageError(`${a} 后面缺少值\n${SETTLE_USAGE}`);
      return v;
    };
    if (a === "--jsonl") jsonl = true;
    else if (a === "--budget") budget = parseBudget(value());
    else if (a.startsWith("--budget=")) budget = parseBudget(a.slice("--budget=".length));
    else if (a === "-o" || a === "--output") output = value();
    else if (a.startsWith("-")) throw new UsageError(`settle 不认识选项「${a}」\n${SETTLE_USAGE}`);
    else if (input === undefined) input = a;
    else throw new UsageError(`settle 只接受一个台账文件，多了「${a}」\n${SETTLE_USAGE}`);
  }
  if (jsonl === (input !== undefined)) throw new UsageError(SETTLE_USAGE);
  if (jsonl && output) throw new UsageError(`--jsonl 的结果写到标准输出，不接受 -o\n${SETTLE_USAGE}`);
  return { jsonl, input, output, budget };
}

/** The evaluators and rules of every policy file that checks clean (files with errors are named and left out). */
function load(err: Out): { functions: FunctionIndex; rules: readonly SettlementRules[] } {
  const { registry, broken, rules } = loadEvaluators(readSources([defaultPolicyDir()]), join(packageRoot(), ".cache", "evaluators"));
  for (const f of broken) err.write(`注意：${f} 有错误，其中的函数暂不可用（运行 zhengce check 查看）\n`);
  return { functions: new FunctionIndex([...registry.values()]), rules };
}

export async function cmdSettle(args: readonly string[], out: Out, err: Out): Promise<number> {
  const parsed = parseSettleArgs(args);
  const ctx: SettleContext = { ...load(err), budget: parsed.budget };
  if (parsed.jsonl) {
    await settleJsonl(readLines(process.stdin), ctx, out);
    return 0;
  }
  return settleWorkbook(parsed.input!, parsed.output, ctx, out, err);
}

/** Longest JSON line read (a ledger line is a few hundred bytes); a longer one is answered with an error. */
export const MAX_LINE = 1 << 20;

/**
 * Lines of a byte stream, decoded as UTF-8, without their line ends; a line longer than MAX_LINE is yielded as
 * `null` (its bytes are dropped as they come, so memory stays bounded). The one place that reads the JSONL input:
 * it gives way to the shared JSON-lines reader (compiler/cli/jsonl.ts) once that reaches main.
 */
export async function* readLines(stream: AsyncIterable<Buffer | string>): AsyncGenerator<string | null> {
  const decoder = new TextDecoder("utf-8");
  let buffered = "", tooLong = false;
  const emit = (line: string) => {
    const result = tooLong || line.length > MAX_LINE ? null : line.replace(/\r$/, "");
    tooLong = false;
    return result;
  };
  for await (const chunk of stream) {
    const parts = (buffered + (typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true }))).split("\n");
    buffered = parts.pop()!;
    for (const line of parts) yield emit(line);
    if (buffered.length > MAX_LINE) {
      tooLong = true;
      buffered = "";
    }
  }
  buffered += decoder.decode();
  if (buffered || tooLong) yield emit(buffered);
}

/** One JSON line as a ledger line; never throws (not JSON, too deep, too long → an invalid line with the reason). */
export function parseJsonLine(line: string | null): LedgerLine {
  if (line === null) return { kind: "invalid", error: `这一行过长（超过 ${MAX_LINE} 个字符）` };
  try {
    return ledgerLine(JSON.parse(line));
  } catch {
    return { kind: "invalid", error: "不是有效的 JSON" };
  }
}

/** Reads every line, settles, and writes one answer per non-blank input line, in order. */
export async function settleJsonl(lines: AsyncIterable<string | null> | Iterable<string | null>, ctx: SettleContext, out: Out): Promise<void> {
  const ledger: LedgerLine[] = [];
  /** Input line number (1-based) of each ledger line: reasons name the lines as the user numbers them. */
  const lineNumbers: number[] = [];
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line !== null && !line.trim()) continue; // a blank line is no input and gets no answer, as in eval --jsonl
    ledger.push(parseJsonLine(line));
    lineNumbers.push(n);
  }
  const answers = settle(ledger, { ...ctx, label: (i) => `第${lineNumbers[i]}行` });
  const CHUNK = 1000;
  for (let i = 0; i < answers.length; i += CHUNK) {
    out.write(answers.slice(i, i + CHUNK).map((a) => JSON.stringify(answerJson(a)) + "\n").join(""));
  }
}
