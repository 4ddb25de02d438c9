// How a decimal number is written, in one place: policy files (1000万元, 2.5%), cells and the CLI (4000, "0.4亿元")
// all build their patterns from these.

/** Digits with an optional fraction: 1000, 2.5. No sign, no exponent, no grouping. */
export const NUMBER_PATTERN = "[0-9]+(?:\\.[0-9]+)?";
