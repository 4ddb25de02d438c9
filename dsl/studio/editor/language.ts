// The language's editing rules for CodeMirror: indentation as the layout pass reads it (a block opens after a line
// ending in 「：」 and after a 条款 or 规则 head; a line ending on an operator or comma continues deeper), bracket
// matching and auto-closing for 「」“”（）, # comments, and completion of declared names, keywords and units.
import { EditorState, type Extension } from "@codemirror/state";
import { bracketMatching, indentService, indentUnit } from "@codemirror/language";
import { autocompletion, closeBrackets, type CompletionContext, type CompletionResult } from "@codemirror/autocomplete";
import * as T from "../../../compiler/lex/tokens.js";
import { KEYWORDS, UNITS } from "./vocabulary.js";
import { editorLexer } from "./highlight.js";
import type { Outline } from "../protocol.js";

export const INDENT = "  ";

const BLOCK_HEADS = new Set([T.KwClause, T.KwRule]);
const CONTINUES = new Set([...T.NEEDS_OPERAND, T.Comma, T.ListComma, T.Arrow]);

const indentOf = (line: string) => /^[ \u3000\t]*/.exec(line)![0].replace(/\t/g, INDENT).length;

/** The indentation a new line gets after `prev` (the nearest non-blank line above). */
export function indentAfter(prev: string): number {
  const base = indentOf(prev);
  const code = prev.replace(/[#＃].*$/, "").trimEnd();
  if (/[:：]$/.test(code)) return base + INDENT.length;
  const tokens = editorLexer.tokenize(code).tokens;
  const first = tokens[0]?.tokenType, last = tokens[tokens.length - 1]?.tokenType;
  if (first && BLOCK_HEADS.has(first)) return base + INDENT.length;
  if (last && CONTINUES.has(last)) return base + INDENT.length;
  return base;
}

/** Inside the text block under 原文：/说明： lines keep their indentation (the text is not code). */
const RAW_INTRO = /^[ \u3000\t]*(原文|说明)[:：]\s*$/;

const languageIndent = indentService.of((context, pos) => {
  const doc = context.state.doc;
  let line = doc.lineAt(pos).number - 1;
  while (line >= 1 && !doc.line(line).text.trim()) line--;
  if (line < 1) return 0;
  const prev = doc.line(line).text;
  const base = indentOf(prev);
  for (let up = line - 1; up >= 1; up--) {
    const text = doc.line(up).text;
    if (!text.trim() || indentOf(text) >= base) continue;
    if (RAW_INTRO.test(text)) return base;
    break;
  }
  return indentAfter(prev);
});

/** Where the declared names come from: the worker's latest outline of the edited file. */
export type OutlineSource = () => Outline | undefined;

function completer(outline: OutlineSource) {
  return (ctx: CompletionContext): CompletionResult | null => {
    const word = ctx.matchBefore(/[\u3400-\u9fffA-Za-z_0-9%／/]+/);
    if (!word || (word.from === word.to && !ctx.explicit)) return null;
    const afterDigit = /[0-9.]$/.test(ctx.state.sliceDoc(Math.max(0, word.from - 1), word.from));
    const o = outline();
    const here = o?.clauses.find((c) => c.from <= ctx.pos && ctx.pos <= c.to);
    const options = afterDigit || /^[0-9]/.test(word.text)
      ? UNITS.map((u) => ({ label: u, type: "unit", detail: "单位" }))
      : [
          ...(here?.names ?? []).map((n) => ({ label: n, type: "variable", detail: "本条款", boost: 2 })),
          ...(o?.fileNames ?? []).map((n) => ({ label: n, type: "class", detail: "本文件", boost: 1 })),
          ...KEYWORDS.map((k) => ({ label: k, type: "keyword", detail: "关键字" })),
        ];
    const from = /^[0-9.]+/.exec(word.text) ? word.from + /^[0-9.]+/.exec(word.text)![0].length : word.from;
    return { from, options, validFor: /^[\u3400-\u9fffA-Za-z_0-9%／/]*$/ };
  };
}

export function zhengceLanguage(outline: OutlineSource): Extension {
  return [
    lexerIndent(),
    bracketMatching({ brackets: "()[]{}「」“”（）［］" }),
    closeBrackets(),
    EditorState.languageData.of(() => [{ closeBrackets: { brackets: ["(", "[", "「", "“", "（", "［"] }, commentTokens: { line: "#" } }]),
    autocompletion({ override: [completer(outline)], activateOnTyping: true }),
  ];
}

function lexerIndent(): Extension {
  return [indentUnit.of(INDENT), languageIndent];
}
