// Reading and answering JSON lines (`zhengce eval --jsonl`, `zhengce settle --jsonl`): the one home for how a batch
// is read, so that every batch command keeps the same promises:
//
//   - the byte stream is split into lines first and each line decoded whole, so a character split between two
//     chunks of input is never damaged;
//   - one answer per input line, always, in order: a blank line, a line that is not JSON, a line too long or not
//     UTF-8 each get an {"error": …} answer; one bad line never stops the batch;
//   - a UTF-8 byte order mark is ignored; input that is not UTF-8 (GBK, UTF-16) is said once, in Chinese;
//   - JSON numbers are read exactly as written (lossless-json), as WrittenNumber, never through a double;
//   - output respects back-pressure, so a slow reader does not make the batch buffer everything in memory.
//
// Per-line commands use `runJsonl`; a command that needs every line before it can answer (a ledger) reads with
// `readJsonl` and writes with `JsonlWriter`.
import { isUtf8 } from "node:buffer";
import { parse as parseLossless } from "lossless-json";
import { WrittenNumber } from "../../runtime/numtext.js";

/** One input line: its JSON value (numbers as WrittenNumber, objects without prototype), or why it has none. */
export type JsonlRecord =
  | { readonly lineNo: number; readonly ok: true; readonly value: unknown }
  | { readonly lineNo: number; readonly ok: false; readonly error: string };

/** An answer: written as one JSON line. An answer with an `error` key counts as an error line. */
export type JsonlAnswer = Readonly<Record<string, unknown>>;

/** Where answers go: a Node Writable (its `false` from write() and "drain" are honoured) or anything with write(). */
export interface JsonlSink {
  write(chunk: string): boolean | void;
  once?(event: "drain", listener: () => void): unknown;
}

export interface JsonlOptions {
  /** A longer line is answered with an error and skipped without being held in memory. Default 1 MiB. */
  readonly maxLineBytes?: number;
  /** Told once, when the input turns out not to be UTF-8 (the CLI writes it to stderr). */
  readonly notice?: (message: string) => void;
}

export interface JsonlSummary {
  readonly lines: number;
  readonly errors: number;
}

export const DEFAULT_MAX_LINE_BYTES = 1 << 20;
const NEWLINE = 0x0a;
const BOM = [0xef, 0xbb, 0xbf];
const BOM_BYTES = Buffer.from(BOM);

/**
 * Splits a byte stream into lines and turns each into a JsonlRecord. Push chunks as they arrive, then end().
 * Lines are cut on the byte 0x0A, which never occurs inside a multi-byte character of UTF-8 (nor of GBK), so no
 * character is ever cut; a final line without a newline is a line too.
 */
export class JsonlSplitter {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private overlong = false;
  private lineNo = 0;
  private encodingTold = 0;
  private readonly maxLineBytes: number;

  constructor(private readonly options: JsonlOptions = {}) {
    this.maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  }

  push(chunk: Uint8Array | string): JsonlRecord[] {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const out: JsonlRecord[] = [];
    let start = 0;
    if (this.pendingBytes > 0 || this.overlong) {
      // The line the previous chunk ended in.
      const nl = bytes.indexOf(NEWLINE);
      if (nl < 0) {
        this.hold(bytes);
        return out;
      }
      this.hold(bytes.subarray(0, nl));
      out.push(this.takeLine());
      start = nl + 1;
    }
    const last = bytes.lastIndexOf(NEWLINE);
    if (last >= start) {
      const lines = bytes.subarray(start, last);
      if (this.plain(lines)) {
        // Fast path: every whole line of the chunk decoded at once.
        for (const text of lines.toString("utf8").split("\n")) out.push(parseLine(++this.lineNo, text.endsWith("\r") ? text.slice(0, -1) : text));
      } else {
        for (let nl = bytes.indexOf(NEWLINE, start); nl >= 0 && nl <= last; nl = bytes.indexOf(NEWLINE, start)) {
          this.hold(bytes.subarray(start, nl));
          out.push(this.takeLine());
          start = nl + 1;
        }
      }
      start = last + 1;
    }
    if (start < bytes.length) this.hold(bytes.subarray(start));
    return out;
  }

  /** Lines that need no care one by one: UTF-8 without NUL or byte order mark, none of them too long. */
  private plain(lines: Buffer): boolean {
    return lines.length <= this.maxLineBytes && isUtf8(lines) && !lines.includes(0) && !lines.includes(BOM_BYTES);
  }

  /** The last line, if the input did not end with a newline. */
  end(): JsonlRecord[] {
    return this.pendingBytes > 0 || this.overlong ? [this.takeLine()] : [];
  }

  private hold(piece: Buffer): void {
    if (this.overlong || piece.length === 0) return;
    this.pendingBytes += piece.length;
    if (this.pendingBytes > this.maxLineBytes) {
      this.overlong = true;
      this.pending = [];
    } else this.pending.push(Buffer.from(piece)); // a copy: the caller may reuse its chunk's memory
  }

  private takeLine(): JsonlRecord {
    const lineNo = ++this.lineNo;
    const overlong = this.overlong;
    let bytes = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    this.overlong = false;
    if (overlong) return { lineNo, ok: false, error: `第${lineNo}行太长（超过 ${sizeText(this.maxLineBytes)}），未读取` };
    // A byte order mark starts a file saved by Notepad or Excel; files joined with `cat` keep theirs mid-stream.
    if (BOM.every((b, i) => bytes[i] === b)) bytes = bytes.subarray(3);
    if (bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, -1); // CRLF
    if (!isUtf8(bytes) || bytes.includes(0)) return { lineNo, ok: false, error: this.notUtf8(lineNo, bytes) };
    return parseLine(lineNo, bytes.toString("utf8"));
  }

  /** The first line that is not UTF-8 says what to do (and is told once); later ones point back to it. */
  private notUtf8(lineNo: number, bytes: Buffer): string {
    if (this.encodingTold) return `第${lineNo}行不是 UTF-8 编码的文字（见第${this.encodingTold}行的说明）`;
    this.encodingTold = lineNo;
    const message = `输入须为 UTF-8 编码：第${lineNo}行不是 UTF-8${guessEncoding(bytes)}。请把文件另存为 UTF-8（在记事本、WPS 或 Excel 的“另存为”里选 UTF-8）后再运行`;
    this.options.notice?.(message);
    return message;
  }
}

/** 1 MiB, 64 KiB, 100 字节. */
function sizeText(bytes: number): string {
  if (bytes % (1 << 20) === 0) return `${bytes / (1 << 20)} MiB`;
  return bytes % 1024 === 0 ? `${bytes / 1024} KiB` : `${bytes} 字节`;
}

/** A hint at what the bytes are, for the message: UTF-16 (NUL bytes) or GBK/GB18030 (decodes as such). */
function guessEncoding(bytes: Buffer): string {
  if (bytes.includes(0) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return "（看起来是 UTF-16）";
  try {
    new TextDecoder("gb18030", { fatal: true }).decode(bytes);
    return "（看起来是 GBK/GB18030，中文 Windows 的默认编码）";
  } catch {
    return "";
  }
}

/** One decoded line as JSON; numbers are kept as written. */
export function parseLine(lineNo: number, text: string): JsonlRecord {
  if (text.trim() === "") return { lineNo, ok: false, error: `第${lineNo}行是空行（每行应为一个 JSON 对象）` };
  if (tooDeep(text)) return { lineNo, ok: false, error: `第${lineNo}行${DEEP}` };
  try {
    return { lineNo, ok: true, value: parseLossless(text, null, (digits) => new WrittenNumber(digits)) };
  } catch (e) {
    return { lineNo, ok: false, error: `第${lineNo}行${jsonProblem(e)}` };
  }
}

const DEEP = "嵌套太深，不是可以读取的 JSON";
/** A line or a call nests two levels; the parser recurses per level, at about a microsecond each, so a line of a
 * million brackets would cost milliseconds before it failed. Deeper than this is refused without parsing. */
const MAX_DEPTH = 32;

function tooDeep(text: string): boolean {
  let depth = 0, inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_DEPTH) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/** lossless-json's English SyntaxError, said in Chinese with the column it names. */
function jsonProblem(e: unknown): string {
  if (e instanceof RangeError) return DEEP;
  const message = (e as Error)?.message ?? "";
  const duplicate = /^Duplicate key '(.*)' encountered/s.exec(message);
  if (duplicate) return `有重复的键「${duplicate[1]!.slice(0, 40)}」`;
  const at = /at position (\d+)/.exec(message);
  return `不是有效的 JSON${at ? `（第 ${Number(at[1]) + 1} 个字符附近）` : ""}`;
}

/** Writes answers one JSON line each, waiting for "drain" when the sink asks to. */
export class JsonlWriter {
  private lines = 0;
  private errors = 0;

  constructor(private readonly sink: JsonlSink) {}

  /** Writes a group of answers as one chunk (cheaper than a write per line). */
  async write(answers: readonly JsonlAnswer[]): Promise<void> {
    if (!answers.length) return;
    let text = "";
    for (const a of answers) {
      text += JSON.stringify(a) + "\n";
      this.lines++;
      if ("error" in a) this.errors++;
    }
    if (this.sink.write(text) === false && this.sink.once) await new Promise<void>((done) => this.sink.once!("drain", done));
  }

  get summary(): JsonlSummary {
    return { lines: this.lines, errors: this.errors };
  }
}

/** Every record of the input, in order, one per line. */
export async function* readJsonl(input: AsyncIterable<Uint8Array | string>, options: JsonlOptions = {}): AsyncGenerator<JsonlRecord> {
  const splitter = new JsonlSplitter(options);
  for await (const chunk of input) yield* splitter.push(chunk);
  yield* splitter.end();
}

/**
 * Answers each line of `input` on `output`: a line that could not be read gets its error; any other line gets
 * `answer(lineNo, value)` (which should not throw: if it does, the line gets an internal-error answer).
 */
export async function runJsonl(
  input: AsyncIterable<Uint8Array | string>,
  output: JsonlSink,
  answer: (lineNo: number, value: unknown) => JsonlAnswer,
  options: JsonlOptions = {},
): Promise<JsonlSummary> {
  const splitter = new JsonlSplitter(options);
  const writer = new JsonlWriter(output);
  const answerAll = (records: readonly JsonlRecord[]) => records.map((r) => (r.ok ? safely(answer, r.lineNo, r.value) : { error: r.error }));
  for await (const chunk of input) await writer.write(answerAll(splitter.push(chunk)));
  await writer.write(answerAll(splitter.end()));
  return writer.summary;
}

function safely(answer: (lineNo: number, value: unknown) => JsonlAnswer, lineNo: number, value: unknown): JsonlAnswer {
  try {
    return answer(lineNo, value);
  } catch (e) {
    return { error: `第${lineNo}行内部错误：${(e as Error)?.message ?? String(e)}` };
  }
}
