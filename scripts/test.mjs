// `pnpm test`: lint, typecheck, build, then every test runner, streaming their output, and a last line
// `N passed, N failed` (`, N skipped` when some were) that sums every runner's counts.
// A failing step without test counts (lint, typecheck, build, a runner that crashed) counts as one failure.
// Exit code 0 only when every step passed and at least one test ran.
import { spawn } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

/**
 * @typedef {{ passed: number, failed: number, skipped: number }} Counts
 * @typedef {{ name: string, args: string[], results?: string, counts?: (json: any) => Counts }} Step
 */

/** The counts of Playwright's JSON reporter. @type {(json: any) => Counts} */
const playwrightCounts = (json) => ({
  passed: json.stats.expected + json.stats.flaky,
  failed: json.stats.unexpected,
  skipped: json.stats.skipped,
});

/**
 * To add a runner, add a step whose `results` is its JSON report and whose `counts` reads it (Playwright's:
 * `playwrightCounts`).
 * @type {Step[]}
 */
const steps = [
  { name: "lint", args: ["lint"] },
  { name: "typecheck", args: ["typecheck"] },
  { name: "build", args: ["build"] },
  { name: "packages", args: ["run", "check:packages"] },
  // The packed tarballs, as npm would publish them: publint and arethetypeswrong (ESM-only profile).
  { name: "published", args: ["run", "check:published"] },
  // Size budgets of the published builds (size-limit): needs the build above.
  { name: "size", args: ["run", "size"] },
  {
    name: "vitest",
    args: [
      "exec",
      "vitest",
      "run",
      "--reporter=default",
      "--reporter=json",
      "--outputFile=.vitest-results.json",
    ],
    results: ".vitest-results.json",
    counts: (json) => ({
      passed: json.numPassedTests,
      failed: json.numFailedTests,
      skipped: json.numPendingTests + json.numTodoTests,
    }),
  },
  // End to end: the built demo, the backend adapter and the sandbox over HTTP, in Debian's Chromium.
  {
    name: "e2e",
    args: ["run", "test:e2e"],
    results: "apps/demo/test-results/e2e-results.json",
    counts: playwrightCounts,
  },
  // The consumer apps (examples/): the packed packages installed with npm into a Next.js and a Vite app,
  // built, served and driven in Chromium.
  {
    name: "examples",
    args: ["run", "test:examples"],
    results: "examples/test-results/examples-results.json",
    counts: playwrightCounts,
  },
];

const total = { passed: 0, failed: 0, skipped: 0 };
const recap = [];

for (const step of steps) {
  process.stdout.write(`\n> pnpm ${step.args.join(" ")}\n\n`);
  if (step.results) rmSync(join(root, step.results), { force: true });
  const start = performance.now();
  const exitCode = await run("pnpm", step.args);
  // Each step's wall time in the recap: the budgets the issues set are read from CI's log.
  const seconds = Math.round((performance.now() - start) / 1000);
  const counts = step.results && step.counts ? readCounts(step) : undefined;
  if (counts) {
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
  }
  const failedTests = counts?.failed ?? 0;
  const ok = exitCode === 0 && failedTests === 0 && (!step.counts || counts !== undefined);
  // A step that fails without a failed test to show for it (lint, a runner that crashed, found no tests or
  // could not load a file) counts as one failure.
  if (!ok && failedTests === 0) total.failed += 1;
  recap.push(
    `${step.name.padEnd(10)} ${`${seconds} s`.padStart(6)}  ${ok ? "ok" : `failed (exit code ${exitCode})`}${countsText(counts)}`,
  );
}

process.stdout.write(`\n${recap.join("\n")}\n\n`);
const skipped = total.skipped > 0 ? `, ${total.skipped} skipped` : "";
process.stdout.write(`${total.passed} passed, ${total.failed} failed${skipped}\n`);
process.exitCode = total.failed === 0 && total.passed > 0 ? 0 : 1;

/** Runs a command in the repository root with the terminal's output; resolves with its exit code. */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
    child.on("error", (error) => {
      console.error(`Could not start ${command}: ${error.message}`);
      resolve(127);
    });
    child.on("close", (code) => resolve(code ?? 1));
  });
}

/** The counts from a runner's JSON report, or undefined when the report is missing or unreadable. */
function readCounts(step) {
  try {
    const json = JSON.parse(readFileSync(join(root, step.results), "utf8"));
    const counts = step.counts(json);
    const valid = Object.values(counts).every((value) => Number.isInteger(value) && value >= 0);
    if (valid) return counts;
    console.error(`${step.results} has no test counts.`);
  } catch (error) {
    console.error(`No test counts from ${step.name}: ${error instanceof Error ? error.message : error}`);
  }
  return undefined;
}

function countsText(counts) {
  if (!counts) return "";
  return `, ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`;
}
