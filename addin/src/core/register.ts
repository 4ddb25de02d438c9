// Registering an add-in's cell functions, the same for every host: each policy function of the namespace under its
// ASCII id, then the explanation function. A host says how it registers a callback and how it shows a failure;
// everything between the cell and the evaluators is core/cells.ts.
import type { CompiledFunction } from "../../../runtime/types.js";
import { EXPLAIN_ID } from "../cities.js";
import { AddinFunctions, callCell, explainCell, type CellFailure, type CellOutcome } from "./cells.js";

export type CellCallback = (...args: unknown[]) => unknown;

/** The part of a spreadsheet host that custom functions need. */
export interface FunctionHost {
  /** Makes `callback` the cell function `id` of the add-in's namespace. */
  register(id: string, callback: CellCallback): void;
  /** How a failed call shows in its cell (Excel: a CustomFunctions.Error; WPS: a thrown Error). */
  fail(failure: CellFailure): never;
  /** How a failed explanation shows; by default like any failed call. */
  explainFailed?(failure: CellFailure): string[][];
}

function settle<T>(host: FunctionHost, outcome: CellOutcome<T>): T {
  return outcome.ok ? outcome.value : host.fail(outcome.failure);
}

/** Registers every policy function of `namespace` and EXPLAIN; returns the registered ids in order. */
export function registerAll(namespace: string, fns: readonly CompiledFunction[], host: FunctionHost): string[] {
  const ids: string[] = [];
  for (const fn of fns) {
    if (fn.meta.namespace !== namespace) continue;
    host.register(fn.meta.name, (...args) => settle(host, callCell(fn, args)));
    ids.push(fn.meta.name);
  }
  const addin = new AddinFunctions(namespace, fns);
  host.register(EXPLAIN_ID, (...args) => {
    const outcome = explainCell(addin, args);
    if (!outcome.ok && host.explainFailed) return host.explainFailed(outcome.failure);
    return settle(host, outcome);
  });
  ids.push(EXPLAIN_ID);
  return ids;
}
