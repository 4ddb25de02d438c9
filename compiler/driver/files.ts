// Writing generated files (evaluators, manifests): only when the content changed, so timestamps, watchers and
// `git status` stay quiet after a build that changed nothing.
import { readFileSync, writeFileSync } from "node:fs";

/** Writes `content` to `path` unless the file already holds exactly it; returns whether it wrote. */
export function writeIfChanged(path: string, content: string | Uint8Array): boolean {
  const wanted = typeof content === "string" ? Buffer.from(content, "utf8") : Buffer.from(content);
  try {
    if (readFileSync(path).equals(wanted)) return false;
  } catch {
    // Not there yet (or unreadable): write it.
  }
  writeFileSync(path, wanted);
  return true;
}
