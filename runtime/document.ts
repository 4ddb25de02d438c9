// How a function's document is named to a reader: title, 文号 and date, and 征求意见稿 marked as a draft. Never the
// internal source file name.
import type { PolicyDocument } from "./types.js";

/** 《平湖市进一步推动经济高质量发展若干政策》（平政发〔2024〕10号，2024-04-14） */
export function documentLabel(doc: PolicyDocument): string {
  const title = doc.title.includes("《") ? doc.title : `《${doc.title}》`;
  const details = [doc.draft && !title.includes("征求意见稿") ? "征求意见稿" : "", doc.docNumber ?? "", doc.date ?? ""].filter(Boolean);
  return `${title}${details.length ? `（${details.join("，")}）` : ""}`;
}
