import { defineConfig } from "@playwright/test";

// One worker: each test launches its own Chromium with a persistent profile, and browsers in parallel
// would compete for CPU with the Rust build that usually runs alongside.
export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.ts",
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: [["list"], ["./summary-reporter.ts"]],
  outputDir: "../../target/e2e-results",
});
