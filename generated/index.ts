// 由 zhengce build 生成，请勿手工修改。
import type { CompiledFunction } from "../runtime/types.js";
import { functions as HUZHOU } from "./HUZHOU.js";
import { functions as PINGHU } from "./PINGHU.js";
import { functions as SHAOXING } from "./SHAOXING.js";
import { functions as WUYI } from "./WUYI.js";

export const NAMESPACES: Readonly<Record<string, readonly CompiledFunction[]>> = {
  HUZHOU,
  PINGHU,
  SHAOXING,
  WUYI,
};
