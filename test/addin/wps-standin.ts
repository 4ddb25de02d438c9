/// <reference types="et-jsapi-declare" />
// A stand-in for WPS 表格 inside a page: the `wps` / `Application` object WPS injects into every page of an add-in,
// with exactly the members the add-in may use, each typed by et-jsapi-declare (addon.et.d.ts, index.d.ts,
// lib.et.d.ts) so that tsc checks the stand-in against WPS's declared signatures. Anything else the code touches —
// another member, a wrong argument type, a metadata key WPS does not declare — is recorded in `unexpected` and
// throws. `installWpsStandIn` runs in the page (page.addInitScript), so it is self-contained.
//
// What WPS itself does is not known here in two places, and the stand-in says so rather than guess silently:
// a callback that throws is recorded as { thrown: name, message } (how WPS renders it is not documented), and the
// arguments of a call are passed as written in the formula, an omitted trailing one left out.

export type Cells = Record<string, string | number | boolean>;

export interface WpsStandInConfig {
  /** The active sheet's cell values, by A1 address (no $). */
  readonly cells?: Cells;
  /** Formulas by address; a cell with a formula shows it in .Formula. */
  readonly formulas?: Record<string, string>;
  /** Other sheets' values, by sheet name. */
  readonly sheets?: Record<string, Cells>;
  /** The active cell's address (default A1). */
  readonly active?: string;
  /** A WPS older than 12.1.0.20540: wps.AddCustomFunction is undefined. */
  readonly noCustomFunctions?: boolean;
  /** The selected block: its A1 address (B3:I11) and values, rows of cells (Value2 of a multi-cell range, as VBA). */
  readonly selection?: { readonly address: string; readonly values: readonly (readonly (string | number | boolean | null)[])[] };
}

export interface Registration {
  readonly namespace: string;
  readonly name: string;
  readonly metadata?: unknown;
}

export type CallResult = { readonly value: unknown } | { readonly thrown: string; readonly message: string; readonly isError: boolean };

/** What the test reads back through page.evaluate(() => window.__wps…). */
export interface WpsStandInState {
  readonly registrations: Registration[];
  readonly unexpected: string[];
  readonly taskpanes: { url: string; title?: string; visible: boolean; id: number }[];
  readonly storage: Record<string, string>;
  readonly written: { address: string; formula: string }[];
  call(name: string, args: readonly unknown[]): CallResult;
  /** Moves the active cell and fires SheetSelectionChange, as WPS does when the user clicks a cell. */
  select(address: string): void;
}

export function installWpsStandIn(config: WpsStandInConfig): void {
  const state = {
    registrations: [] as Registration[],
    unexpected: [] as string[],
    taskpanes: [] as { url: string; title?: string; visible: boolean; id: number }[],
    storage: {} as Record<string, string>,
    written: [] as { address: string; formula: string }[],
  };
  const callbacks = new Map<string, Function>();
  const listeners = new Map<string, Function[]>();
  const formulas: Record<string, string> = { ...(config.formulas ?? {}) };
  let active = config.active ?? "A1";

  const refuse = (what: string): never => {
    state.unexpected.push(what);
    throw new Error(`WPS stand-in: ${what}`);
  };
  /** Only the members given exist; reading or writing any other one is refused. */
  const strict = <T extends object>(label: string, target: T): T => new Proxy(target, {
    get(t, p, r) {
      if (typeof p === "symbol" || p in t) return Reflect.get(t, p, r);
      return refuse(`${label}.${p} is not part of the stand-in (not used by the add-in so far)`);
    },
    set(t, p, v, r) {
      if (typeof p === "symbol" || p in t) return Reflect.set(t, p, v, r);
      return refuse(`${label}.${String(p)} = … is not part of the stand-in`);
    },
  });
  const isString = (v: unknown): v is string => typeof v === "string";

  // ---- wps.AddCustomFunction (addon.et.d.ts) ------------------------------------------------------------------
  const checkMetadata = (name: string, m: unknown): void => {
    if (m === undefined) return;
    const where = `AddCustomFunction(…, "${name}", …, metadata)`;
    if (typeof m !== "object" || m === null) refuse(`${where}: metadata is not an object`);
    const meta = m as Record<string, unknown>;
    for (const k of Object.keys(meta)) if (!["description", "result", "parameters"].includes(k)) refuse(`${where}: key ${k} is not declared`);
    if (meta.description !== undefined && !isString(meta.description)) refuse(`${where}: description is not a string`);
    const result = meta.result as Record<string, unknown> | undefined;
    if (typeof result !== "object" || result === null) refuse(`${where}: result is required`);
    for (const k of Object.keys(result!)) if (k !== "type" || !isString(result![k])) refuse(`${where}: result.${k}`);
    if (!Array.isArray(meta.parameters)) refuse(`${where}: parameters is required (an array)`);
    for (const p of meta.parameters as unknown[]) {
      if (typeof p !== "object" || p === null) refuse(`${where}: a parameter is not an object`);
      for (const [k, v] of Object.entries(p as object)) if (!["name", "type", "description"].includes(k) || !isString(v)) refuse(`${where}: parameter key ${k}`);
    }
  };
  const AddCustomFunction: WPS.EtAddonRoot["AddCustomFunction"] = function (namespace, name, callback, metadata) {
    if (arguments.length > 4) refuse("AddCustomFunction takes at most 4 arguments");
    if (!isString(namespace) || !isString(name)) refuse("AddCustomFunction: namespace and name must be strings");
    if (typeof callback !== "function") refuse(`AddCustomFunction(…, "${name}"): callback is not a function`);
    checkMetadata(name, metadata);
    // Cells call NS.NAME; one page holds one add-in, so the stand-in's call() takes the bare name.
    if (callbacks.has(name.toUpperCase())) refuse(`AddCustomFunction: ${namespace}.${name} registered twice`);
    callbacks.set(name.toUpperCase(), callback);
    state.registrations.push({ namespace, name, metadata: metadata === undefined ? undefined : JSON.parse(JSON.stringify(metadata)) });
  };

  // ---- task panes and plug-in storage (index.d.ts: WPS.AddonRoot) ----------------------------------------------
  const panes: WPS.CustomTaskpane[] = [];
  const CreateTaskPane: WPS.AddonRoot["CreateTaskPane"] = (url, title) => {
    if (!isString(url) || (title !== undefined && !isString(title))) refuse("CreateTaskPane(url: string, title?: string)");
    const record = { url, title, visible: false, id: 100 + panes.length };
    state.taskpanes.push(record);
    const pane = strict("CustomTaskpane", {
      get ID() { return record.id; },
      get Visible() { return record.visible; },
      set Visible(v: boolean) {
        if (typeof v !== "boolean") refuse("CustomTaskpane.Visible must be a boolean");
        record.visible = v;
      },
    }) as unknown as WPS.CustomTaskpane;
    panes.push(pane);
    return pane;
  };
  const GetTaskPane: WPS.AddonRoot["GetTaskPane"] = (id) => {
    if (typeof id !== "number") refuse("GetTaskPane(id: number)");
    return panes.find((p) => p.ID === id) ?? refuse(`GetTaskPane(${id}): no such task pane`);
  };
  const storage: Pick<WPS.PluginStorage, "getItem" | "setItem"> = {
    getItem: (key) => state.storage[key] ?? "",
    setItem: (key, value) => {
      if (!isString(key)) refuse("PluginStorage.setItem(key: string, …)");
      state.storage[key] = String(value);
    },
  };

  // ---- the sheet (lib.et.d.ts: Application, Range, Worksheet, Sheets) ------------------------------------------
  const plain = (address: string) => address.replace(/\$/g, "").toUpperCase();
  const range = (sheet: Cells, address: string, editable: boolean): Et.Range => {
    const at = plain(address);
    const members = {
      Address(RowAbsolute?: boolean, ColumnAbsolute?: boolean): string {
        const [, col, row] = /^([A-Z]+)(\d+)$/.exec(at)!;
        return `${ColumnAbsolute === false ? "" : "$"}${col}${RowAbsolute === false ? "" : "$"}${row}`;
      },
      get Value2() { return sheet[at]; },
      get Formula() { return editable && formulas[at] !== undefined ? formulas[at] : String(sheet[at] ?? ""); },
      set Formula(f: string) {
        if (!editable) refuse("Range.Formula: only the active sheet's cells are written");
        if (!isString(f)) refuse("Range.Formula must be a string");
        formulas[at] = f;
        state.written.push({ address: at, formula: f });
      },
    } satisfies Partial<Pick<Et.Range, "Address" | "Formula">> & { readonly Value2: unknown };
    return strict(`Range(${at})`, members) as unknown as Et.Range;
  };
  const activeCells: Cells = { ...(config.cells ?? {}) };
  const worksheet = (name: string, cells: Cells, editable: boolean): Et.Worksheet => strict(`Worksheet(${name})`, {
    Range: (Cell1: string, Cell2?: number) => {
      if (!isString(Cell1) || Cell2 !== undefined) refuse("Worksheet.Range(address: string)");
      return range(cells, Cell1, editable);
    },
  } satisfies Partial<Et.Worksheet>) as unknown as Et.Worksheet;
  const Worksheets = strict("Worksheets", {
    Item: (Index: string | number) => {
      const cells = isString(Index) ? config.sheets?.[Index] : undefined;
      return cells ? worksheet(Index as string, cells, false) : refuse(`Worksheets.Item(${JSON.stringify(Index)}): no such sheet`);
    },
  } satisfies Partial<Et.Sheets>) as unknown as Et.Sheets;
  // One implementation of every overload of AddApiEventListener (addon.et.d.ts): a name and a callback.
  const AddApiEventListener: WPS.EtApiEvent["AddApiEventListener"] = (EventName: string, callback: string | Function) => {
    if (!isString(EventName) || typeof callback !== "function") refuse("ApiEvent.AddApiEventListener(name: string, callback: function)");
    listeners.set(EventName, [...(listeners.get(EventName) ?? []), callback as Function]);
  };
  const ApiEvent = strict("ApiEvent", { AddApiEventListener }) as unknown as WPS.EtApiEvent;

  const root = strict("wps", {
    AddCustomFunction: config.noCustomFunctions ? undefined : AddCustomFunction,
    CreateTaskPane,
    GetTaskPane,
    PluginStorage: strict("PluginStorage", storage) as WPS.PluginStorage,
    ApiEvent,
    get ActiveCell() { return range(activeCells, active, true); },
    get ActiveSheet() { return worksheet("Sheet1", activeCells, true); },
    Worksheets,
    // Application.Selection (lib.et.d.ts types it loosely): a range with Address() and Value2 — for several cells
    // a 2-D array, as VBA's Value2 (what WPS returns is not documented beyond string | Array<any>).
    get Selection() {
      const sel = config.selection ?? refuse("Application.Selection: the test gave no selection");
      return strict("Selection", {
        Address(RowAbsolute?: boolean, ColumnAbsolute?: boolean): string {
          return RowAbsolute === false && ColumnAbsolute === false ? sel.address : sel.address.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
        },
        get Value2() { return sel.values.map((r) => r.map((v) => (v === null ? undefined : v))); },
      });
    },
  } satisfies Partial<Pick<WPSMergedRoot, "AddCustomFunction" | "CreateTaskPane" | "GetTaskPane" | "PluginStorage" | "ApiEvent" | "ActiveCell" | "ActiveSheet" | "Worksheets">> & { readonly Selection: unknown });
  Object.defineProperty(window, "wps", { value: root, configurable: false });
  Object.defineProperty(window, "Application", { value: root, configurable: false });

  const api: WpsStandInState = {
    ...state,
    call(name, args) {
      const fn = callbacks.get(name.toUpperCase()) ?? refuse(`call: ${name} is not registered`);
      try {
        return { value: fn(...args) };
      } catch (e) {
        const err = e as Error;
        return { thrown: err?.name ?? typeof e, message: err?.message ?? String(e), isError: e instanceof Error };
      }
    },
    select(address) {
      active = plain(address);
      const ws = worksheet("Sheet1", activeCells, true);
      for (const l of listeners.get("SheetSelectionChange") ?? []) l(ws, range(activeCells, active, true));
    },
  };
  Object.defineProperty(window, "__wps", { value: api });
}
