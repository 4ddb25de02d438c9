// zhengce settle — settle a ledger by the documents' combining rules (runtime/settlement/, SETTLEMENT.md):
//   zhengce settle --jsonl [--budget N]                 JSON lines on stdin → one answer line per input line, in order
//   zhengce settle 台账.xlsx|台账.csv [-o 结果.xlsx] [--budget N]   a workbook with amounts, reasons and a summary sheet
// Settlement needs the whole ledger before it can answer (a later line can cut an earlier one), so lines are read
// first and answered after; the answers are written in chunks.
import type { Decimal } from "decimal.js";
import { FunctionIndex } from "../../runtime/functions.js";
import { readBudget } from "../../runtime/settlement/table.js";
import { answerJson, ledgerLine, settle, type LedgerLine, type SettlementRules } from "../../runtime/settlement/index.js";
import { UsageError } from "../driver/project.js";
import { settleWorkbook } from "./settle-workbook.js";
import { loadPolicies } from "./policies.js";
import { JsonlWriter, readJsonl, type JsonlRecord, type JsonlSink } from "./jsonl.js";

type Out = JsonlSink;

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

/** `--budget` is read like a money cell (300, 300万元, 0.03亿元) and must be a whole number of 分 (the add-in's too). */
export function parseBudget(text: string): Decimal {
  const read = readBudget(text);
  if (!read.ok) throw new UsageError(`--budget：${read.error}`);
  return read.budget;
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

export async function cmdSettle(args: readonly string[], input: AsyncIterable<Uint8Array | string>, out: Out, err: Out): Promise<number> {
  const parsed = parseSettleArgs(args);
  const ctx: SettleContext = { ...loadPolicies(err), budget: parsed.budget };
  if (parsed.jsonl) {
    const errors = await settleJsonl(readJsonl(input, { notice: (m) => err.write(`${m}\n`) }), ctx, out);
    if (errors) err.write(`${errors} 行有错误（见各行的 "error"），其余各行已结算\n`);
    return errors ? 1 : 0;
  }
  return settleWorkbook(parsed.input!, parsed.output, ctx, out, err);
}

/** One JSON-lines record as a ledger line; never throws (a line that could not be read keeps its reason). */
export function ledgerLineOf(record: JsonlRecord): LedgerLine {
  return record.ok ? ledgerLine(record.value) : { kind: "invalid", error: record.error };
}

/**
 * Reads every line (the shared JSON-lines reader: stream decoding, exact numbers, a blank or unreadable line is an
 * error line), settles the whole ledger, and writes one answer per input line, in order. Returns how many lines
 * were errors.
 */
export async function settleJsonl(records: AsyncIterable<JsonlRecord> | Iterable<JsonlRecord>, ctx: SettleContext, out: JsonlSink): Promise<number> {
  const ledger: LedgerLine[] = [];
  for await (const record of records) ledger.push(ledgerLineOf(record));
  const answers = settle(ledger, { ...ctx, label: (i) => `第${i + 1}行` });
  const writer = new JsonlWriter(out);
  const CHUNK = 1000;
  for (let i = 0; i < answers.length; i += CHUNK) await writer.write(answers.slice(i, i + CHUNK).map(answerJson));
  return writer.summary.errors;
}
