// A formula as the pane shows it: it may wrap at a narrow width (350 px), but only after “(” or a comma — never inside
// the function's id (=PINGHU.EQUIPMENT stays whole) or inside a quoted argument. The text (what is copied) is unchanged.
import { h } from "./dom.js";

/** Splits a formula into pieces that must not break, at the points where a line may break. */
export function formulaPieces(formula: string): string[] {
  const pieces: string[] = [];
  let start = 0, inString = false;
  for (let i = 0; i < formula.length; i++) {
    const c = formula[i]!;
    if (c === '"') inString = !inString;
    else if (!inString && (c === "(" || c === ",")) {
      pieces.push(formula.slice(start, i + 1));
      start = i + 1;
    }
  }
  pieces.push(formula.slice(start));
  return pieces.filter(Boolean);
}

/** Fills `el` with the formula: each piece unbreakable (class fpart), a <wbr> between pieces. */
export function showFormula(el: HTMLElement, formula: string): void {
  const nodes: Node[] = [];
  formulaPieces(formula).forEach((p, i) => {
    if (i) nodes.push(h("wbr"));
    nodes.push(h("span", { class: "fpart" }, p));
  });
  el.replaceChildren(...nodes);
}
