// Independent reference implementations of the catalog's rules, written from ../shared/catalog/*.json (`rule` and
// `interpretation`) alone — never from policies/*.zc or the generated code — to cross-check the compiled
// evaluators on random inputs (test/policies/behaviour.test.ts).
import type { Decimal } from "decimal.js";
import type { ArgValue } from "../../../runtime/types.js";

/** The rule's result in 万元, or "error" where the catalog says the input is refused beyond the per-parameter checks. */
export type Reference = (args: readonly ArgValue[]) => Decimal | "error";

/** Arguments arrive validated (coerceArgs): money and quantities as Decimal, flags as boolean, enums as string. */
export type References = Readonly<Record<string, Reference>>;
