import { defineConfig } from "vitest/config";

// `npm run test:shared`: conformance with ../shared/catalog and the manifest XSDs (CI only: users' clones lack ../shared).
export default defineConfig({
  test: {
    include: ["test/shared/**/*.test.ts"],
    testTimeout: 120_000,
    pool: "forks",
  },
});
