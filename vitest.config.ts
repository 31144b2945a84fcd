import { defineConfig } from "vitest/config";

const shared = {
  resolve: { alias: { graphql: "graphql/index.js" } },
  ssr: { resolve: { conditions: ["@kinderschutz/source"] } },
};

export default defineConfig({
  test: {
    // Vitest leaves one core free by default, which on a two-core machine runs one file at a time; most files wait
    // on processes, a browser or a database, so two at a time keep both cores busy.
    maxWorkers: 2,
    projects: [
      {
        ...shared,
        test: {
          name: "unit",
          include: [
            "packages/*/src/**/*.test.ts",
            "services/*/src/**/*.test.ts",
            "gateway/src/**/*.test.ts",
            "test/deploy/**/*.test.ts",
          ],
        },
      },
      {
        // The interface's plain rules (form checks, formats); its pages are tested in a browser (test/browser). Their
        // #lib and #graphql imports resolve through admin-ui/package.json's "imports", as in the build.
        test: { name: "ui", include: ["admin-ui/src/**/*.test.ts"] },
      },
      {
        ...shared,
        test: { name: "e2e", include: ["test/e2e/**/*.test.ts"], testTimeout: 60_000, hookTimeout: 120_000 },
      },
      {
        ...shared,
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // expect.poll gives up after one second by default; a page that refetches under the whole suite's load can
          // take longer (it failed CI once), so it waits as long as a locator does (test/support/browser.ts).
          expect: { poll: { timeout: 15_000 } },
        },
      },
      {
        ...shared,
        test: { name: "postgres", include: ["test/postgres/**/*.test.ts"], testTimeout: 60_000, hookTimeout: 180_000 },
      },
      // A minute of load (LOAD_DURATION_S) plus start and read-back; `pnpm test` runs it alone after the others.
      {
        ...shared,
        test: { name: "load", include: ["test/load/**/*.test.ts"], testTimeout: 900_000, hookTimeout: 240_000 },
      },
    ],
  },
});
