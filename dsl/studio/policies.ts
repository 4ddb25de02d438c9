// The project's policy files, bundled into the studio at build time (build.ts answers the import "studio:policies"
// with the contents of policies/*.zc), so that the studio opens them and checks across a namespace offline.
import bundled from "studio:policies";

export interface BundledPolicy {
  /** As the CLI names it: policies/<file>.zc */
  readonly path: string;
  readonly text: string;
  readonly title: string;
  readonly namespace: string;
}

export const PROJECT_POLICIES: readonly BundledPolicy[] = bundled;
