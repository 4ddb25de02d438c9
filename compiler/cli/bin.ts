// Entry point of the bundled CLI (dist/zhengce.mjs).
import { main } from "./main.js";

// `zhengce eval … | head -1`: a reader that stops early is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => {
    process.stderr.write(`zhengce 内部错误：${(e as Error)?.message ?? String(e)}\n请把出错的命令报告给维护人员。\n`);
    process.exitCode = 2;
  },
);
