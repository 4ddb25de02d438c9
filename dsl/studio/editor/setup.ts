// The CodeMirror editor of the studio: the project's lexer for highlighting, the language's indentation, brackets
// and completion, squiggles for diagnostics (@codemirror/lint), and the usual keys (undo, search, comment).
import { EditorState, type Extension } from "@codemirror/state";
import {
  EditorView, drawSelection, highlightActiveLine, highlightActiveLineGutter, highlightSpecialChars, keymap, lineNumbers,
} from "@codemirror/view";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { completionKeymap, closeBracketsKeymap } from "@codemirror/autocomplete";
import { highlightSelectionMatches, searchKeymap } from "@codemirror/search";
import { lintGutter, setDiagnostics, type Diagnostic as LintDiagnostic } from "@codemirror/lint";
import { lexerHighlighting } from "./highlight.js";
import { zhengceLanguage, type OutlineSource } from "./language.js";
import { headline } from "../check/diagnostics.js";
import type { StudioDiagnostic } from "../protocol.js";

export interface EditorOptions {
  readonly parent: HTMLElement;
  readonly text: string;
  readonly outline: OutlineSource;
  readonly onChange: (text: string) => void;
  readonly onCursor: (pos: number) => void;
}

export function createEditor(o: EditorOptions): EditorView {
  const extensions: Extension[] = [
    lineNumbers(), highlightActiveLineGutter(), highlightSpecialChars(), history(), drawSelection(), highlightActiveLine(),
    highlightSelectionMatches(), lintGutter(),
    lexerHighlighting, zhengceLanguage(o.outline),
    keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...searchKeymap, ...historyKeymap, ...completionKeymap, indentWithTab]),
    EditorView.lineWrapping,
    EditorView.contentAttributes.of({ "data-testid": "editor", "aria-label": "政策文件", lang: "zh-CN" }),
    EditorView.updateListener.of((u) => {
      if (u.docChanged) o.onChange(u.state.doc.toString());
      if (u.selectionSet || u.docChanged) o.onCursor(u.state.selection.main.head);
    }),
  ];
  return new EditorView({ parent: o.parent, state: EditorState.create({ doc: o.text, extensions }) });
}

/** Replaces the whole text (opening another file): a fresh state, so undo does not cross files. */
export function replaceText(view: EditorView, text: string): void {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: { anchor: 0 }, scrollIntoView: true });
}

/** Squiggles for the edited file's diagnostics (and failed examples), positions clamped to the current text. */
export function showSquiggles(view: EditorView, ds: readonly StudioDiagnostic[], extra: readonly LintDiagnostic[] = []): void {
  const len = view.state.doc.length;
  const clamp = (n: number) => Math.max(0, Math.min(n, len));
  const lint: LintDiagnostic[] = ds.map((d) => ({
    from: clamp(d.from), to: clamp(Math.max(d.to, d.from + 1)), severity: d.severity,
    message: `${headline(d)}${d.hint ? `\n提示：${d.hint}` : ""}`,
  }));
  view.dispatch(setDiagnostics(view.state, [...lint, ...extra]));
}

export function moveCursor(view: EditorView, pos: number): void {
  const at = Math.max(0, Math.min(pos, view.state.doc.length));
  view.dispatch({ selection: { anchor: at }, effects: EditorView.scrollIntoView(at, { y: "center" }) });
  view.focus();
}
