// Excel's side of the cell functions: CustomFunctions.associate registers them (their metadata is functions.json,
// see metadata.ts), and a failure becomes a CustomFunctions.Error carrying the adapter's Chinese message, which
// Excel shows on #VALUE! and #N/A. Everything else is shared with WPS (core/cells.ts, core/register.ts).
// No DOM here: this runs in Excel's JavaScript-only custom-functions runtime.
import type { CompiledFunction } from "../../../runtime/types.js";
import type { SettlementRules } from "../../../runtime/settlement/index.js";
import type { CellFailure } from "../core/cells.js";
import { registerAll, type CellCallback, type FunctionHost } from "../core/register.js";

/**
 * The part of the runtime's `CustomFunctions` global this glue uses (the real one and the test stand-in). Its
 * error codes are the strings Excel shows (#VALUE!, #N/A, #NUM!); @types/office-js does not declare this global.
 */
export interface CustomFunctionsApi {
  associate(id: string, fn: CellCallback): void;
  Error: new (code: string, message?: string) => Error;
  ErrorCode: { readonly invalidValue: string; readonly notAvailable: string; readonly invalidNumber: string };
}

export function excelFunctionHost(CF: CustomFunctionsApi): FunctionHost {
  const codes = { value: CF.ErrorCode.invalidValue, notAvailable: CF.ErrorCode.notAvailable, number: CF.ErrorCode.invalidNumber };
  return {
    register: (id, callback) => CF.associate(id, callback),
    fail: (failure: CellFailure): never => {
      throw new CF.Error(codes[failure.kind], failure.message);
    },
  };
}

/** Associates every policy function of the namespace, EXPLAIN, SETTLE and SETTLE_REASONS. Returns the associated ids. */
export function associateAll(namespace: string, fns: readonly CompiledFunction[], CF: CustomFunctionsApi, rules?: SettlementRules): string[] {
  return registerAll(namespace, fns, excelFunctionHost(CF), rules);
}
