// All four manifests come from one template (addin/manifest.template.xml). The template is written against the
// yo-office development URL https://localhost:3000/; a production build swaps that prefix for the real base URL.
import type { AddinInfo } from "./cities.js";
import { DEV_BASE_URL } from "./cities.js";

export function normalizeBaseUrl(url: string): string {
  const u = url.trim();
  return u.endsWith("/") ? u : `${u}/`;
}

export const xmlEscape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function renderManifest(template: string, addin: AddinInfo, baseUrl: string = DEV_BASE_URL): string {
  const values: Record<string, string> = {
    NAMESPACE: addin.namespace,
    ID: addin.id,
    CITY: addin.city,
  };
  const filled = template.replace(/\{\{([A-Z_]+)\}\}/g, (whole, key: string) => {
    const v = values[key];
    if (v === undefined) throw new Error(`manifest template: unknown placeholder ${whole}`);
    return xmlEscape(v);
  });
  const base = normalizeBaseUrl(baseUrl);
  // Full URLs take the base URL; what is left (the <AppDomain>) is the bare origin.
  return filled.split(DEV_BASE_URL).join(base).split(DEV_BASE_URL.slice(0, -1)).join(new URL(base).origin);
}
