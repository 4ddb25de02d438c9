// The diagnostics reference: every code with its title, severity, message, hints and — compiled from its example
// (examples.ts) — the diagnostic exactly as `zhengce check` prints it. `zhengce codes --explain` prints it, and
// `npm run grammar` writes it to dsl/DIAGNOSTICS.md (a test fails when that file is stale).
import { CODES, type Code, type CodeInfo } from "./codes.js";
import { EXAMPLES } from "./examples.js";
import { compileSources } from "../driver/compile.js";
import { renderDiagnostic } from "./render.js";

/** What `zhengce check` prints for a code's example (the first diagnostic of that code). */
export function exampleRendering(code: Code): string | undefined {
  const ex = EXAMPLES[code];
  if (!("text" in ex)) return undefined;
  const source = { path: "示例.zc", text: ex.text };
  const comp = compileSources([source]);
  const d = comp.diagnostics.find((x) => x.code === code);
  return d && renderDiagnostic(d, comp.sources);
}

function entry(code: Code, fence: boolean): string[] {
  const info: CodeInfo = CODES[code];
  const kind = info.severity === "error" ? "错误" : "警告";
  const hints = Object.values(info.hints ?? {});
  const ex = EXAMPLES[code];
  const rendered = exampleRendering(code);
  const example = rendered ? (fence ? ["```", rendered, "```"] : [rendered]) : ["describe" in ex ? `（${ex.describe}）` : ""];
  return [
    fence ? `### ${code} ${info.title}（${kind}）` : `${code}  ${kind}  ${info.title}`,
    "",
    `消息：${info.message}`,
    ...hints.map((h) => `提示：${h}`),
    "",
    "例：",
    ...example,
    "",
  ];
}

/** One code's entry as the CLI prints it. */
export function explainCode(code: Code): string {
  return entry(code, false).join("\n");
}

export function diagnosticsMarkdown(): string {
  return [
    "<!-- 由 npm run grammar 从 compiler/diagnostics/codes.ts 与 examples.ts 生成，请勿手工修改。 -->",
    "# 诊断代码一览",
    "",
    "每个错误与警告都有固定的代码。下面列出每个代码的消息、提示，以及一段会引出它的政策文本经 `zhengce check` 打印的样子。",
    "花括号里的词（如 `{name}`）在实际消息中换成具体的名称、单位或数。也可以运行 `zhengce codes --explain Z0301` 查看单个代码。",
    "",
    ...(Object.keys(CODES) as Code[]).flatMap((c) => entry(c, true)),
  ].join("\n");
}
