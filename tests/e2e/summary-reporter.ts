// Prints one closing line, "e2e: N passed, N failed, N skipped", that CI logs and scripts can read.

import type { FullResult, Reporter, TestCase, TestResult } from "@playwright/test/reporter";

export default class SummaryReporter implements Reporter {
  private passed = 0;
  private failed = 0;
  private skipped = 0;

  onTestEnd(test: TestCase, result: TestResult): void {
    // Only the final attempt of a test counts, so that a retried test is counted once.
    if (result.retry !== test.retries && result.status !== "passed" && result.status !== "skipped") {
      return;
    }
    if (result.status === "passed") {
      this.passed++;
    } else if (result.status === "skipped") {
      this.skipped++;
    } else {
      this.failed++;
    }
  }

  onEnd(result: FullResult): void {
    if (result.status === "interrupted" || result.status === "timedout") {
      this.failed = Math.max(this.failed, 1);
    }
    console.log(`e2e: ${this.passed} passed, ${this.failed} failed, ${this.skipped} skipped`);
  }
}
