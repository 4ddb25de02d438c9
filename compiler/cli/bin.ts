// Entry point of the bundled CLI (dist/zhengce.mjs).
import { main } from "./main.js";

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => {
    process.stderr.write(`zhengce 内部错误：${(e as Error)?.message ?? String(e)}\n请把出错的命令报告给维护人员。\n`);
    process.exitCode = 2;
  },
);
