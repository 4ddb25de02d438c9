// Registering an add-in's cell functions, the same for every host: each policy function of the namespace under its
// ASCII id, then the explanation function and the two settlement functions. A host says how it registers a callback
// and how it shows a failure; everything between the cell and the evaluators is core/cells.ts and core/settle.ts.
import type { CompiledFunction } from "../../../runtime/types.js";
import type { SettlementRules } from "../../../runtime/settlement/index.js";
import { BUILTIN_IDS, EXPLAIN_ID, SETTLE_ID, SETTLE_REASONS_ID } from "../cities.js";
import { AddinFunctions, callCell, explainCell, hostArgs, type CellFailure, type CellOutcome } from "./cells.js";
import { reasonsColumn, settleColumn, settleRange, type SettleScope } from "./settle.js";

export type CellCallback = (...args: unknown[]) => unknown;

/** The part of a spreadsheet host that custom functions need. */
export interface FunctionHost {
  /** Makes `callback` the cell function `id` of the add-in's namespace. */
  register(id: string, callback: CellCallback): void;
  /** How a failed call shows in its cell (Excel: a CustomFunctions.Error; WPS: a thrown Error). */
  fail(failure: CellFailure): never;
  /** How a failed call of a function that spills a table shows (EXPLAIN, SETTLE…); by default like any failed call. */
  tableFailed?(id: string, failure: CellFailure): (string | number)[][];
}

function settled<T>(host: FunctionHost, outcome: CellOutcome<T>): T {
  return outcome.ok ? outcome.value : host.fail(outcome.failure);
}

function table<T extends (string | number)[][]>(host: FunctionHost, id: string, outcome: CellOutcome<T>): (string | number)[][] {
  if (!outcome.ok && host.tableFailed) return host.tableFailed(id, outcome.failure);
  return settled(host, outcome);
}

/**
 * Registers every policy function of `namespace`, EXPLAIN, SETTLE and SETTLE_REASONS; returns the registered ids in
 * order. `rules` are the namespace's settlement rules (the generated module's `settlement`).
 */
export function registerAll(namespace: string, fns: readonly CompiledFunction[], host: FunctionHost, rules?: SettlementRules): string[] {
  const ids: string[] = [];
  for (const fn of fns) {
    if (fn.meta.namespace !== namespace) continue;
    if (BUILTIN_IDS.includes(fn.meta.name.toUpperCase())) throw new Error(`${fn.meta.id}：函数名 ${fn.meta.name} 留给加载项自己的函数，请改名`);
    host.register(fn.meta.name, (...args) => settled(host, callCell(fn, args)));
    ids.push(fn.meta.name);
  }
  const addin = new AddinFunctions(namespace, fns);
  host.register(EXPLAIN_ID, (...args) => table(host, EXPLAIN_ID, explainCell(addin, args)));
  const scope: SettleScope = { addin, rules: rules?.namespace === namespace ? rules : undefined };
  const settleCall = (args: unknown[]) => {
    const [range, budget] = hostArgs(args) as unknown[];
    return settleRange(scope, range, budget);
  };
  for (const [id, columnOf] of [[SETTLE_ID, settleColumn], [SETTLE_REASONS_ID, reasonsColumn]] as const) {
    host.register(id, (...args) => {
      const outcome = settleCall(args);
      return table(host, id, outcome.ok ? { ok: true, value: columnOf(outcome.value) } : outcome);
    });
  }
  ids.push(EXPLAIN_ID, SETTLE_ID, SETTLE_REASONS_ID);
  return ids;
}
