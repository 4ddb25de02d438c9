// Errors a call can end in. Each carries a Chinese message fit to show a finance user as-is.

/** The input cannot be accepted (bad cell, value out of range, failed 要求). Excel: #VALUE!. */
export class PolicyInputError extends Error {
  override readonly name = "PolicyInputError";
  constructor(message: string) {
    super(message);
  }
}

/** A lookup has no row for the value. Excel: #N/A. */
export class PolicyLookupError extends Error {
  override readonly name = "PolicyLookupError";
  constructor(message: string) {
    super(message);
  }
}
