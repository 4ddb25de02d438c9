// Every namespace's reference implementations, by catalog id.
import type { References } from "./types.js";
import { PINGHU } from "./PINGHU.js";
import { HUZHOU } from "./HUZHOU.js";
import { WUYI } from "./WUYI.js";
import { SHAOXING } from "./SHAOXING.js";

export const REFERENCES: References = { ...PINGHU, ...HUZHOU, ...WUYI, ...SHAOXING };
