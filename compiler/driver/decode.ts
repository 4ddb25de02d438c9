// Policy files are UTF-8 text. A byte-order mark is dropped; a file in another encoding (GBK, GB18030 — common on
// Chinese Windows) is not guessed at: it is reported once (Z0106) with the first line that is not UTF-8, instead
// of dozens of errors about unreadable characters.
import type { SourceFile } from "../diagnostics/render.js";

const utf8 = new TextDecoder("utf-8", { fatal: true });

export function decodePolicyFile(path: string, bytes: Uint8Array): SourceFile {
  try {
    return { path, text: utf8.decode(bytes) }; // (the decoder drops a leading BOM)
  } catch {
    return { path, text: "", notUtf8Line: firstBadLine(bytes) };
  }
}

/** The 1-based line holding the first byte sequence that is not UTF-8. */
function firstBadLine(bytes: Uint8Array): number {
  let line = 1, start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    try {
      utf8.decode(bytes.subarray(start, i));
    } catch {
      return line;
    }
    line++;
    start = i + 1;
  }
  return line;
}
