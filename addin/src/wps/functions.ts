/// <reference types="et-jsapi-declare" />
// WPS 表格's side of the cell functions: each is registered with wps.AddCustomFunction(namespace, name, callback,
// metadata) (addon.et.d.ts), under its ASCII id — wpsjs's own scanner accepts only [A-Za-z_][A-Za-z0-9_]* names and
// whether WPS takes Chinese names is not documented — with Chinese descriptions. The same metadata is written to
// functions.json (the format wpsjs generates: name, description, parameters [{name, description, type}],
// result {type}; an optional parameter's type ends in "?").
//
// A failed call throws a WpsCellError: WPS documents no error value or error object for custom functions, and a
// returned text would be summed as nothing by SUM; a thrown error keeps the cell from holding a number. Its name is
// the spreadsheet error code and its message the adapter's Chinese message. EXPLAIN never throws for a bad call:
// it returns the message as a row of its table, the one place a WPS user can always read it in the sheet.
// See addin/README.md (WPS 表格 · 错误的显示) for the sources and what is not yet confirmed on a real WPS.
import type { CompiledFunction } from "../../../runtime/types.js";
import type { SettlementRules } from "../../../runtime/settlement/index.js";
import { EXPLAIN_ID } from "../cities.js";
import { EXPLAIN_HEADER } from "../../../runtime/explain.js";
import { FAILURE_CODE, type CellFailure, type FailureKind } from "../core/cells.js";
import { registerAll, type FunctionHost } from "../core/register.js";
import { describeFunctions, type FunctionDescription } from "../metadata.js";

export type AddCustomFunction = WPS.EtAddonRoot["AddCustomFunction"];
/** The metadata argument of wps.AddCustomFunction, as et-jsapi-declare types it. */
export type WpsFunctionMetadata = NonNullable<Parameters<AddCustomFunction>[3]>;
/** One entry of a WPS functions.json: the function's name and its metadata. */
export type WpsFunctionsJsonEntry = { readonly name: string } & WpsFunctionMetadata;

/** Function names WPS's tooling accepts (wpsjs vite_plugins.js). */
export const WPS_NAME_RULE = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** The explanation table, as wpsjs names a 2-D array of text. */
export const WPS_TABLE_TYPE = "string[][]";
/** A 2-D array of numbers and text: SETTLE's result, and the ledger range it takes. */
export const WPS_MIXED_TABLE_TYPE = "any[][]";

function wpsEntry(d: FunctionDescription): WpsFunctionsJsonEntry {
  return {
    name: d.id,
    description: d.description,
    result: { type: d.result === "number" ? "number" : d.result === "mixed" ? WPS_MIXED_TABLE_TYPE : WPS_TABLE_TYPE },
    // "any": the functions check their own arguments, so that WPS shows our message and not its own. A ledger range
    // is declared a 2-D array so that WPS hands over its values, not one cell (not yet tried on a real WPS).
    parameters: d.params.map((p) => ({ name: p.name, type: p.range ? WPS_MIXED_TABLE_TYPE : p.optional ? "any?" : "any", description: p.description })),
  };
}

/** The namespace's functions and EXPLAIN, in registration order, with their WPS metadata. */
export function wpsFunctionsJson(namespace: string, fns: readonly CompiledFunction[]): { functions: WpsFunctionsJsonEntry[] } {
  return { functions: describeFunctions(namespace, fns).map(wpsEntry) };
}

/** What a cell shows when a call fails: name = #VALUE!/#N/A/#NUM!, message = the Chinese reason. */
export class WpsCellError extends Error {
  constructor(readonly kind: FailureKind, message: string) {
    super(message);
    this.name = FAILURE_CODE[kind];
  }
}

export function wpsFunctionHost(namespace: string, add: AddCustomFunction, metadata: ReadonlyMap<string, WpsFunctionMetadata>): FunctionHost {
  return {
    register: (id, callback) => add(namespace, id, callback, metadata.get(id)),
    fail: (failure: CellFailure): never => {
      throw new WpsCellError(failure.kind, failure.message);
    },
    // A table function says why it failed inside its table: WPS shows no message with a thrown error.
    tableFailed: (id, failure) => id === EXPLAIN_ID
      ? [[...EXPLAIN_HEADER], ["错误", FAILURE_CODE[failure.kind], failure.message]]
      : [[`错误：${FAILURE_CODE[failure.kind]} ${failure.message}`]],
  };
}

/** Registers every function of the namespace and EXPLAIN with WPS; returns the registered names in order. */
export function registerWps(namespace: string, fns: readonly CompiledFunction[], root: Pick<WPS.EtAddonRoot, "AddCustomFunction">, rules?: SettlementRules): string[] {
  const metadata = new Map(wpsFunctionsJson(namespace, fns).functions.map(({ name, ...meta }) => [name, meta] as const));
  // Called as a method of the wps object, as WPS's own examples do.
  const add: AddCustomFunction = (ns, name, callback, meta) => root.AddCustomFunction(ns, name, callback, meta);
  return registerAll(namespace, fns, wpsFunctionHost(namespace, add, metadata), rules);
}
