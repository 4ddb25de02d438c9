/// <reference types="et-jsapi-declare" />
// The script of a city's WPS add-in page (index.html, which WPS opens when it loads the add-in): registers every
// function and EXPLAIN, and answers the callbacks ribbon.xml names — OnAddinLoad, OnAction (the 政策函数 button
// opens or hides the task pane) and GetImage. The task pane is taskpane.html beside it, the same page as Excel's.
import type { CompiledFunction } from "../../../runtime/types.js";
import type { SettlementRules } from "../../../runtime/settlement/index.js";
import { registerWps } from "./functions.js";
import { RIBBON } from "./files.js";

export interface WpsAddinConfig {
  readonly namespace: string;
  readonly city: string;
  readonly functions: readonly CompiledFunction[];
  /** The namespace's settlement rules (the generated module's `settlement`). */
  readonly settlement?: SettlementRules;
}

/** What of the `wps` object the add-in page uses (addon.et.d.ts, index.d.ts). */
export type WpsRoot = Pick<WPS.EtAddonRoot, "AddCustomFunction"> & Pick<WPS.AddonRoot, "CreateTaskPane" | "GetTaskPane" | "PluginStorage">;

/** A ribbon control as WPS hands it to a callback. */
interface RibbonControl {
  readonly Id: string;
}

const TASKPANE_KEY = "zhengce.taskpane";

/** Shows the task pane, creating it the first time; a second click hides it. */
function toggleTaskpane(wps: WpsRoot, cfg: WpsAddinConfig): void {
  const known = wps.PluginStorage.getItem(TASKPANE_KEY);
  if (known) {
    const pane = wps.GetTaskPane(Number(known));
    pane.Visible = !pane.Visible;
    return;
  }
  const pane = wps.CreateTaskPane(new URL("taskpane.html", location.href).href, `政策函数·${cfg.city}`);
  wps.PluginStorage.setItem(TASKPANE_KEY, String(pane.ID));
  pane.Visible = true;
}

export function startWpsAddin(cfg: WpsAddinConfig): void {
  const wps = (globalThis as { wps?: WpsRoot }).wps;
  if (!wps) {
    console.warn(`政策函数·${cfg.city}：这个页面须由 WPS 表格作为加载项打开`);
    return;
  }
  // A WPS older than 12.1.0.20540 has no custom functions; the ribbon and the task pane still work there.
  if (typeof wps.AddCustomFunction === "function") registerWps(cfg.namespace, cfg.functions, wps, cfg.settlement);
  else console.warn(`政策函数·${cfg.city}：这个 WPS 没有 wps.AddCustomFunction（需 12.1.0.20540 及以上），单元格函数不可用`);
  const callbacks = {
    [RIBBON.onLoad]: () => true,
    [RIBBON.onAction]: (control: RibbonControl) => {
      if (control.Id === RIBBON.button) toggleTaskpane(wps, cfg);
      return true;
    },
    [RIBBON.getImage]: () => RIBBON.image,
  };
  Object.assign(globalThis, callbacks);
}
