// The project's policies as the commands that run them load them (eval, settle): every policy file that checks clean,
// through the evaluator cache; skipped entries and files with errors are named on stderr and left out.
import { join } from "node:path";
import { FunctionIndex } from "../../runtime/functions.js";
import type { SettlementRules } from "../../runtime/settlement/index.js";
import { loadEvaluators } from "../driver/cache.js";
import { defaultPolicyDir, packageRoot, readSources } from "../driver/project.js";

interface Notices {
  write(s: string): unknown;
}

/** A skipped entry of policies/ (a directory named x.zc, a dangling link), told on stderr. */
export const tellSkipped = (err: Notices) => (message: string): void => {
  err.write(`注意：${message}\n`);
};

export function loadPolicies(err: Notices): { functions: FunctionIndex; rules: readonly SettlementRules[] } {
  const { registry, broken, rules } = loadEvaluators(readSources([defaultPolicyDir()], tellSkipped(err)), join(packageRoot(), ".cache", "evaluators"));
  for (const f of broken) err.write(`注意：${f} 有错误，其中的函数暂不可用（运行 zhengce check 查看）\n`);
  return { functions: new FunctionIndex([...registry.values()]), rules };
}
