// The scales of the units a person may write after an amount or a ratio — in a policy file (the compiler's unit
// table builds on these) and in a cell or a command line (the argument adapter) — in one place. Each maps a unit
// word to the factor that brings a number written in it to the canonical unit: 万元 for money, 1 for ratios.
export const MONEY_SCALES: Readonly<Record<string, string>> = { "元": "0.0001", "万元": "1", "亿元": "10000" };
export const RATIO_SCALES: Readonly<Record<string, string>> = { "%": "0.01" };
