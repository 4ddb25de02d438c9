import { compileText, clauseProgram, HEADER } from "../test/compiler/helpers.js";
import { renderDiagnostic } from "../compiler/diagnostics/render.js";
const progs: Record<string,string> = {
four: clauseProgram(`  参数：
    投资额：金额
    企业类别：枚举（A类、B类）
  加价 = 投资额 + 3%
  未知 = 企业类别是A类
  比率 = 取大（3%，4%
  档 = 分档 投资额：
    1000万元以上：3%
    2000万元以上：4%
  结果 = 投资额 × 档`),
};
for (const [k, text] of Object.entries(progs)) {
  const f = compileText(text, "x.zc");
  console.log("=== " + k);
  console.log(text.split("\n").map((l,i)=>`${i+1}: ${l}`).join("\n"));
  for (const d of f.diagnostics) console.log(renderDiagnostic(d, new Map([["x.zc", {path:"x.zc", text}]]))+"\n");
}
