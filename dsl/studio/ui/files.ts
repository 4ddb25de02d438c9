// The drafter's file: a project policy (bundled at build time), a local .zc file, or a new one. The text is kept
// in this browser's local storage after every change (it never leaves the machine), and saved back with the File
// System Access API where the browser has it, else as a download.
import { decodePolicyFile } from "../../../compiler/driver/decode.js";
import { PROJECT_POLICIES } from "../policies.js";

export interface Doc {
  /** The path diagnostics name and compilation uses: policies/<name>.zc for a project policy (or a local copy of one). */
  readonly path: string;
  /** The file name to save as. */
  readonly name: string;
  readonly text: string;
}

const STORE = "zhengce-studio:doc";

export function loadStored(): Doc | undefined {
  try {
    const raw = localStorage.getItem(STORE);
    const doc = raw ? (JSON.parse(raw) as Doc) : undefined;
    return doc && typeof doc.text === "string" && typeof doc.path === "string" ? doc : undefined;
  } catch {
    return undefined;
  }
}

/** Returns an error message when the browser refuses (storage full or disabled). */
export function store(doc: Doc): string | undefined {
  try {
    localStorage.setItem(STORE, JSON.stringify(doc));
    return undefined;
  } catch (e) {
    return `无法保存到浏览器本地存储：${(e as Error).message}`;
  }
}

export function projectDoc(path: string): Doc | undefined {
  const p = PROJECT_POLICIES.find((q) => q.path === path);
  return p ? { path: p.path, name: p.path.replace(/^.*\//, ""), text: p.text } : undefined;
}

/** A local file named like a project policy stands in for it (else its clauses would all be duplicates). */
export function pathForLocal(name: string): string {
  return PROJECT_POLICIES.some((p) => p.path === `policies/${name}`) ? `policies/${name}` : name;
}

/** Decodes a local file's bytes as the CLI does (UTF-8 only); a file in another encoding is refused with a message. */
export function docFromBytes(name: string, bytes: Uint8Array): Doc | { error: string } {
  const source = decodePolicyFile(name, bytes);
  if (source.notUtf8Line !== undefined) {
    return { error: `「${name}」不是 UTF-8 编码的文本（第 ${source.notUtf8Line} 行），请先在编辑器里另存为 UTF-8` };
  }
  return { path: pathForLocal(name), name, text: source.text };
}

// ---- the File System Access API, where present -------------------------------------------------------------------

interface Writable { write(data: string): Promise<void>; close(): Promise<void> }
export interface FileHandle { readonly name: string; getFile(): Promise<File>; createWritable(): Promise<Writable> }
interface PickerWindow {
  showOpenFilePicker?: (o: unknown) => Promise<FileHandle[]>;
  showSaveFilePicker?: (o: unknown) => Promise<FileHandle>;
}

const TYPES = [{ description: "政策文件（.zc）", accept: { "text/plain": [".zc"] } }];
const picker = () => window as unknown as PickerWindow;

/** Opens a local file; null when the drafter cancelled. */
export async function openLocal(fallbackInput: HTMLInputElement): Promise<{ doc: Doc | { error: string }; handle?: FileHandle } | null> {
  const w = picker();
  if (w.showOpenFilePicker) {
    try {
      const [handle] = await w.showOpenFilePicker({ types: TYPES, multiple: false });
      if (!handle) return null;
      const file = await handle.getFile();
      return { doc: docFromBytes(file.name, new Uint8Array(await file.arrayBuffer())), handle };
    } catch (e) {
      if ((e as Error).name === "AbortError") return null;
      throw e;
    }
  }
  return new Promise((resolve) => {
    fallbackInput.value = "";
    fallbackInput.onchange = async () => {
      const file = fallbackInput.files?.[0];
      resolve(file ? { doc: docFromBytes(file.name, new Uint8Array(await file.arrayBuffer())) } : null);
    };
    fallbackInput.click();
  });
}

export type SaveOutcome = { readonly how: "file" | "download"; readonly name: string; readonly handle?: FileHandle } | { readonly how: "cancelled" };

/** Saves to the handle the file came from, else to a file the drafter picks, else as a download. */
export async function saveDoc(doc: Doc, handle: FileHandle | undefined): Promise<SaveOutcome> {
  const w = picker();
  let target = handle;
  if (!target && w.showSaveFilePicker) {
    try {
      target = await w.showSaveFilePicker({ suggestedName: doc.name, types: TYPES });
    } catch (e) {
      if ((e as Error).name === "AbortError") return { how: "cancelled" };
      throw e;
    }
  }
  if (target) {
    const out = await target.createWritable();
    await out.write(doc.text);
    await out.close();
    return { how: "file", name: target.name, handle: target };
  }
  const url = URL.createObjectURL(new Blob([doc.text], { type: "text/plain;charset=utf-8" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = doc.name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { how: "download", name: doc.name };
}
