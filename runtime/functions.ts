// The one place where a function name as a person types it becomes a compiled function: the CLI (`eval`,
// `eval --jsonl`, `settle`), the Excel and WPS add-ins (EXPLAIN, SETTLE) and the task pane all look names up here.
// Names are matched as Excel matches them: case-insensitive, full-width forms typed by a Chinese IME read as their
// half-width forms (NFKC), by id (PINGHU.EQUIPMENT), by bare name inside one namespace (EQUIPMENT) or by the
// Chinese Excel name (设备投资奖励, PINGHU.设备投资奖励).
import type { CompiledFunction } from "./types.js";

/** How a typed name is compared: NFKC, no surrounding blanks, no leading "=", no "(…)" tail, upper case. */
export function normalizeName(name: string): string {
  return name.normalize("NFKC").trim().replace(/^=/, "").replace(/\(.*$/s, "").trim().toUpperCase();
}

export class FunctionIndex {
  private readonly byKey = new Map<string, CompiledFunction>();
  /** Bare name (EQUIPMENT) → every function of that name, one per namespace. */
  private readonly byBareName = new Map<string, CompiledFunction[]>();
  /** Each function's names as compared by `suggest`, normalised once. */
  private readonly spellings: { readonly fn: CompiledFunction; readonly dotted: readonly string[]; readonly bare: readonly string[] }[] = [];
  /** Messages for names already missed: a batch repeats its mistakes, and suggesting is the costly part. */
  private readonly missed = new Map<string, string>();

  constructor(readonly functions: readonly CompiledFunction[]) {
    for (const fn of functions) {
      const m = fn.meta;
      const dotted = [m.id, `${m.namespace}.${m.zhName}`].map(normalizeName);
      const bare = [m.name, m.zhName].filter(Boolean).map(normalizeName);
      for (const key of dotted) this.byKey.set(key, fn);
      for (const key of bare) {
        const list = this.byBareName.get(key) ?? [];
        list.push(fn);
        this.byBareName.set(key, list);
      }
      this.spellings.push({ fn, dotted, bare });
    }
  }

  /**
   * The function a name denotes. With a namespace (inside one add-in), a bare name is looked up there; without one,
   * a bare name is accepted only when exactly one namespace has it.
   */
  find(name: string, namespace?: string): CompiledFunction | undefined {
    if (name.length > MAX_NAME_LENGTH) return undefined;
    // Most names arrive exactly as stored (PINGHU.EQUIPMENT): found without normalising.
    const key = this.byKey.has(name) ? name : normalizeName(name);
    const exact = this.byKey.get(key);
    if (exact && (!namespace || exact.meta.namespace === namespace)) return exact;
    const bare = this.byBareName.get(key) ?? [];
    const inScope = namespace ? bare.filter((f) => f.meta.namespace === namespace) : bare;
    return inScope.length === 1 ? inScope[0] : undefined;
  }

  /** Every function whose bare name is `name` (for “EQUIPMENT 在 PINGHU、SHAOXING、WUYI 中都有”). */
  withBareName(name: string): readonly CompiledFunction[] {
    if (name.length > MAX_NAME_LENGTH) return [];
    return this.byBareName.get(normalizeName(name)) ?? [];
  }

  /**
   * The ids nearest to a mistyped name, closest first (at most `limit`), for “你是不是想写 …？”. A name with a
   * namespace is compared with whole ids (so PINGHU.RD_GROWHT finds PINGHU.RD_GROWTH before HUZHOU's), a bare name
   * with bare names; Chinese names count too.
   */
  suggest(name: string, limit = 3, namespace?: string): string[] {
    if (name.length > MAX_NAME_LENGTH) return [];
    const key = normalizeName(name);
    const dotted = key.includes(".");
    const within = Math.max(2, Math.floor(key.length / 3));
    const scored: { id: string; d: number }[] = [];
    for (const { fn, dotted: ids, bare } of this.spellings) {
      if (namespace && fn.meta.namespace !== namespace) continue;
      const d = Math.min(...(dotted ? ids : bare).map((c) => editDistance(key, c, within)));
      if (d > 0 && d <= within) scored.push({ id: fn.meta.id, d });
    }
    return scored.sort((a, b) => a.d - b.d || a.id.localeCompare(b.id)).slice(0, limit).map((s) => s.id);
  }

  /**
   * Why a name finds no function, in words for the user: a bare name several cities have lists them; otherwise
   * the nearest names are suggested. (The caller adds where to look up all names: `zhengce list`, the task pane.)
   */
  notFound(name: string, namespace?: string): string {
    const memo = `${namespace ?? ""}\u0000${name}`;
    let message = this.missed.get(memo);
    if (message === undefined) {
      message = this.describeMiss(name, namespace);
      if (this.missed.size >= 1000) this.missed.clear();
      this.missed.set(memo, message);
    }
    return message;
  }

  private describeMiss(name: string, namespace?: string): string {
    const shown = name.length > 40 ? `${name.slice(0, 40)}…` : name.trim();
    if (name.length > MAX_NAME_LENGTH) return `函数名太长（${name.length} 个字符）：「${shown}」`;
    const bare = this.withBareName(name).filter((f) => !namespace || f.meta.namespace === namespace);
    if (!namespace && bare.length > 1) {
      const ids = bare.map((f) => f.meta.id);
      return `「${shown}」在 ${bare.map((f) => f.meta.namespace).join("、")} 中都有，请写明城市：${ids.slice(0, -1).join("、")} 或 ${ids[ids.length - 1]}`;
    }
    const near = this.suggest(name, 3, namespace);
    return `没有函数「${shown}」${near.length ? `。你是不是想写 ${near.join("、")}？` : ""}`;
  }
}

/** Longer than any id or Chinese name: such a "name" is refused before it is normalised or compared. */
const MAX_NAME_LENGTH = 128;

/**
 * Levenshtein distance in one row of memory. With `atMost`, any distance above it is reported as atMost + 1 and
 * found early: strings whose lengths differ by more are not compared, and a row whose every cell exceeds the
 * bound ends the work.
 */
export function editDistance(a: string, b: string, atMost = Infinity): number {
  if (Math.abs(a.length - b.length) > atMost) return atMost + 1;
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    let best = row[0];
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
      if (row[j]! < best) best = row[j]!;
    }
    if (best > atMost) return atMost + 1;
  }
  return Math.min(row[b.length]!, atMost + 1);
}
