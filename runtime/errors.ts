// Errors a call can end in. Each carries a Chinese message fit to show a finance user as-is, and — when the
// evaluator raised it — where in the policy file the rule that refused the input is written (for whoever debugs
// a generated evaluator; users see only the message).

/** A place in a policy file: the function, the file and the line of the step. */
export interface SourcePosition {
  readonly fn: string;
  readonly file: string;
  readonly line: number;
}

/** The input cannot be accepted (bad cell, value out of range, failed 要求). Excel: #VALUE!. */
export class PolicyInputError extends Error {
  override readonly name = "PolicyInputError";
  constructor(message: string, readonly where?: SourcePosition) {
    super(message);
  }
}

/** A lookup has no row for the value. Excel: #N/A. */
export class PolicyLookupError extends Error {
  override readonly name = "PolicyLookupError";
  constructor(message: string, readonly where?: SourcePosition) {
    super(message);
  }
}
