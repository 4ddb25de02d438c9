// The four add-ins: one per namespace. The <Id> GUIDs are fixed here for good — Office identifies an installed
// add-in by its Id, so changing one makes users' workbooks lose the functions. Never generate them at build time.

export interface AddinInfo {
  /** The Excel namespace (ASCII, ≤ 32 characters): formulas read =PINGHU.EQUIPMENT(…). */
  readonly namespace: string;
  /** Stable add-in Id for manifest.xml. */
  readonly id: string;
  readonly city: string;
  /** Theme colour of the icon and the task pane header. */
  readonly color: string;
}

export const ADDINS: readonly AddinInfo[] = [
  { namespace: "PINGHU", id: "a515b66d-3155-4dbc-a8e5-4fd1985a2d83", city: "平湖", color: "#1f6f8b" },
  { namespace: "HUZHOU", id: "d57c690c-1ffe-4deb-b690-21b57c2e1701", city: "湖州", color: "#2e7d32" },
  { namespace: "WUYI", id: "40276f80-efe3-4a9e-b838-d59b72422aae", city: "武义", color: "#8e44ad" },
  // SHAOXING was #c0392b, a red so close to the error red (#b3261e) that a focused valid input looked like an error.
  { namespace: "SHAOXING", id: "5866a884-a4cf-46d0-b26f-85cffa363f56", city: "绍兴", color: "#3949ab" },
];

/** The yo-office development base URL; the build replaces it with --base-url / ADDIN_BASE_URL for production. */
export const DEV_BASE_URL = "https://localhost:3000/";

/** The explanation function every add-in offers beside the policy functions. */
export const EXPLAIN_ID = "EXPLAIN";
export const EXPLAIN_ZH_NAME = "解释计算过程";

/**
 * The settlement functions every add-in offers: SETTLE spills the settled amount of each ledger row, SETTLE_REASONS
 * the reasons. Ids are forever (workbooks store them): ASCII without dots, so that WPS's tooling takes them as they
 * are ([A-Za-z_][A-Za-z0-9_]*) and the two hosts share one name. No policy function may take these ids.
 */
export const SETTLE_ID = "SETTLE";
export const SETTLE_ZH_NAME = "兑现测算";
export const SETTLE_REASONS_ID = "SETTLE_REASONS";
export const SETTLE_REASONS_ZH_NAME = "兑现测算说明";
/** Ids the add-ins take beside the policy functions. */
export const BUILTIN_IDS: readonly string[] = [EXPLAIN_ID, SETTLE_ID, SETTLE_REASONS_ID];

export function addinFor(namespace: string): AddinInfo {
  const a = ADDINS.find((x) => x.namespace === namespace);
  if (!a) throw new Error(`no add-in configured for namespace ${namespace} (add it to addin/src/cities.ts)`);
  return a;
}
