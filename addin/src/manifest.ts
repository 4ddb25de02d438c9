// All four manifests come from one template (addin/manifest.template.xml). The template is written against the
// yo-office development URL https://localhost:3000/; a production build swaps that prefix for the real base URL.
import type { AddinInfo } from "./cities.js";
import { DEV_BASE_URL } from "./cities.js";

/** Hosts where plain http is accepted: this machine, for development (Excel itself still wants https). */
const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * The base URL the add-in is served from (`npm run build -- --base-url=…`), checked, with a trailing slash:
 * an absolute https URL (http only for localhost), without user name, password, query or fragment, since every
 * file's URL is this base followed by a path. Throws a Chinese message for anything else.
 */
export function normalizeBaseUrl(url: string): string {
  const given = url.trim();
  let u: URL;
  try {
    u = new URL(given);
  } catch {
    throw new Error(`加载项的网址无效：「${given}」。请写完整的 https 网址，如 https://example.com/zhengce/`);
  }
  if (u.protocol !== "https:" && !(u.protocol === "http:" && LOOPBACK_HOSTS.has(u.hostname))) {
    throw new Error(`加载项的网址须为 https://…（只有本机 localhost 可以用 http），收到「${given}」`);
  }
  if (u.username || u.password) throw new Error(`加载项的网址不能含用户名或密码：「${u.host}」`);
  if (u.search || u.hash) throw new Error(`加载项的网址不能含“?”或“#”之后的部分，收到「${given}」`);
  return u.href.endsWith("/") ? u.href : `${u.href}/`;
}

/** Text for an XML attribute value or element content. */
export const xmlEscape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

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
  // Not validated here (the build validates with normalizeBaseUrl; the manifest checks want to see what a bad URL
  // renders to), but always escaped: the URL lands inside XML attributes.
  const base = baseUrl.trim().endsWith("/") ? baseUrl.trim() : `${baseUrl.trim()}/`;
  // Full URLs take the base URL; what is left (the <AppDomain>) is the bare origin.
  return filled.split(DEV_BASE_URL).join(xmlEscape(base)).split(DEV_BASE_URL.slice(0, -1)).join(xmlEscape(new URL(base).origin));
}
