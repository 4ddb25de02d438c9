import { defineConfig } from "vitest/config";

// `npm test`: everything under test/ except the checks that read ../shared (those run as `npm run test:shared`).
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/shared/**", "node_modules/**"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
