// The settlement engine's public face, for the CLI (`zhengce settle`), the Excel SETTLE function and the task pane.
export { settle, type LineAnswer, type SettledClaim, type SettleOptions } from "./engine.js";
export { ledgerLine, FIELD_NAMES, KIND_NAMES, type LedgerLine, type LedgerField } from "./ledger.js";
export { budgetError } from "./budget.js";
export { answerJson, reasonsText, stepJson, noteJson, KIND_LABEL } from "./answer.js";
export type { Step, Note } from "./model.js";
export type { InputAnswer } from "./inputs.js";
export type { SettlementRules, SettlementRule } from "./rules.js";
