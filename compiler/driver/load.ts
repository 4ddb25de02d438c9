// Loads emitted TypeScript in-process: esbuild strips the types, and the module runs with the same runtime
// modules the add-in bundles, so `zhengce eval`, the examples and the tests run the real generated code.
import { transformSync } from "esbuild";
import * as decimal from "decimal.js";
import * as errors from "../../runtime/errors.js";
import * as show from "../../runtime/show.js";
import * as compare from "../../runtime/compare.js";
import * as exact from "../../runtime/exact.js";
import type { CompiledFunction } from "../../runtime/types.js";
import type { SettlementRules } from "../../runtime/settlement/rules.js";

const MODULES: Record<string, unknown> = {
  "decimal.js": decimal,
  "../runtime/errors.js": errors,
  "../runtime/show.js": show,
  "../runtime/compare.js": compare,
  "../runtime/exact.js": exact,
  "../runtime/types.js": {},
};

/** The emitted TypeScript as a CommonJS script (types stripped), ready for `runScript`. */
export function toScript(tsSource: string): string {
  return transformSync(tsSource, { loader: "ts", format: "cjs", target: "es2022" }).code;
}

export function loadEmitted(tsSource: string): readonly CompiledFunction[] {
  return runScript(toScript(tsSource));
}

/** What a namespace's module exports: its evaluators and, when it declares 规则, its settlement rules. */
export interface LoadedModule {
  readonly functions: readonly CompiledFunction[];
  readonly settlement?: SettlementRules;
}

export function runScript(code: string): readonly CompiledFunction[] {
  return runModule(code).functions;
}

export function loadEmittedModule(tsSource: string): LoadedModule {
  return runModule(toScript(tsSource));
}

/** Runs a module script; `replace` substitutes runtime modules (the precision benchmark swaps runtime/exact.js). */
export function runModule(code: string, replace: Readonly<Record<string, unknown>> = {}): LoadedModule {
  const module = { exports: {} as { functions?: readonly CompiledFunction[]; settlement?: SettlementRules } };
  const require = (name: string) => {
    if (name in replace) return replace[name];
    if (!(name in MODULES)) throw new Error(`generated code imports unknown module ${name}`);
    return MODULES[name];
  };
  new Function("require", "module", "exports", code)(require, module, module.exports);
  const { functions = [], settlement } = module.exports;
  return settlement ? { functions, settlement } : { functions };
}
