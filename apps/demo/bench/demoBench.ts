// `pnpm --filter @verify-kit/demo bench`: the built demo in Debian's Chromium, served as `pnpm start` serves
// it (one Node process, embedded sandbox). Prints what the signup page ships (JS and CSS, gzip) and, over
// repeated signups, the time from the last digit typed to the check request leaving and from the check's
// answer to the success state painted (Performance API marks set by the demo), plus the kit's requests.
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium, type Page } from "playwright";
import { print, printTable } from "../../../scripts/benchTable.js";
import { chromiumLaunchOptions } from "../../../scripts/chromiumLaunchOptions.js";

const demoDir = fileURLToPath(new URL("..", import.meta.url));
const port = Number(process.env.BENCH_PORT ?? 4280);
const origin = `http://127.0.0.1:${port}`;
const pin = "135790";
const runs = Number(process.env.BENCH_RUNS ?? 15);

async function startServer(): Promise<ChildProcess> {
  const server = spawn("node", ["server.mjs"], {
    cwd: demoDir,
    env: {
      ...process.env,
      PORT: String(port),
      LOG_LEVEL: "warn",
      SANDBOX_PIN: pin,
      LIMIT_SENDS_PER_IP: "100000",
      LIMIT_SENDS_PER_NUMBER: "100000",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let i = 0; i < 100; i++) {
    const up = await fetch(`${origin}/api/config`).then(
      (answer) => answer.ok,
      () => false,
    );
    if (up) return server;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error(`the demo server did not answer on ${origin}`);
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const quantile = (values: readonly number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
};

interface Asset {
  readonly file: string;
  readonly kind: "JS" | "CSS";
  readonly raw: number;
  readonly gzip: number;
  /** The phone metadata: loaded when the field is first used or the browser is idle, not with the page. */
  readonly onUse: boolean;
}

// The phone metadata's chunks in the build: the parser, every country's metadata, one per country.
const metadataChunk =
  /\/assets\/(createPhoneParser|metadata\.max\.json|countryPlanLoaders|[A-Z]{2})-[\w-]+\.js$/;

/**
 * The files the signup page loads from the build, with their size on disk and gzipped, once a number has
 * been typed: the page's own, and the phone metadata's (which the page asks for when the field is first
 * used, or once the browser is idle, whichever comes first).
 */
async function shippedAssets(page: Page): Promise<Asset[]> {
  const urls: string[] = [];
  page.on("request", (request) => {
    if (request.url().startsWith(`${origin}/assets/`)) urls.push(request.url());
  });
  await page.goto(`${origin}/#/signup`);
  await page.getByRole("button", { name: "Send code" }).waitFor();
  const field = page.getByRole("textbox", { name: "Mobile number" });
  await field.pressSequentially("0612345678");
  // Formatted: the metadata has come.
  await page.waitForFunction(
    () =>
      (document.querySelector(".vk-phone-field__input") as HTMLInputElement | null)?.value ===
      "06 12 34 56 78",
  );
  return urls.map((url) => {
    const file = new URL(url).pathname;
    const bytes = readFileSync(`${demoDir}/dist${file}`);
    return {
      file,
      kind: file.endsWith(".css") ? "CSS" : "JS",
      raw: bytes.length,
      gzip: gzipSync(bytes).length,
      onUse: metadataChunk.test(url),
    };
  });
}

// The same page before the phone metadata loaded on use (main at 4f72d44, built and measured by this script
// on this machine): every JS file at load, libphonenumber-js and all its metadata in the main chunk.
const before = { raw: 597_199, gzip: 172_432 };

/** One signup's phone step with a known code; returns the two intervals and the kit's API requests. */
async function timeOneSignup(page: Page, index: number) {
  const apiCalls: string[] = [];
  const onRequest = (request: { url(): string }) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith("/api/") && !path.startsWith("/api/sandbox/")) apiCalls.push(path);
  };
  page.on("request", onRequest);
  await page.goto(`${origin}/#/signup`);
  await page.reload();
  const phone = `0611${String(index).padStart(6, "0")}`;
  await page.getByRole("textbox", { name: "Mobile number" }).fill(phone);
  await page.getByRole("checkbox", { name: "Text messages (SMS)" }).check();
  await page.getByRole("button", { name: "Send code" }).click();
  const code = page.getByRole("textbox", { name: "Code from the SMS" });
  await code.waitFor();
  await page.evaluate(() => {
    performance.clearMarks();
    // The moment each key went down, in the page's clock: the last one is the last digit.
    document.addEventListener("keydown", () => performance.mark("bench:key"), { capture: true });
  });
  await code.focus();
  await page.keyboard.type(pin, { delay: 20 });
  await page.getByRole("heading", { name: "Number verified" }).waitFor();
  await page.waitForFunction(() => performance.getEntriesByName("vk:verified-painted").length > 0);
  // A string, not a function: the TypeScript runner would wrap named helpers in code the page lacks.
  const marks: Record<"key" | "sent" | "answered" | "painted", number> = await page.evaluate(`(() => {
    const at = (name) => performance.getEntriesByName(name).at(-1)?.startTime ?? Number.NaN;
    return { key: at("bench:key"), sent: at("vk:check-sent"), answered: at("vk:check-answered"), painted: at("vk:verified-painted") };
  })()`);
  page.off("request", onRequest);
  return { keyToSent: marks.sent - marks.key, answerToPaint: marks.painted - marks.answered, apiCalls };
}

const server = await startServer();
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "en-GB" });
  const assets = await shippedAssets(page);
  const sum = (kind: string, key: "raw" | "gzip", which: (asset: Asset) => boolean = () => true) =>
    assets
      .filter((asset) => asset.kind === kind && which(asset))
      .reduce((total, asset) => total + asset[key], 0);
  const atLoad = (asset: Asset) => !asset.onUse;
  printTable(
    "What the demo's signup page ships (built app, files the page loads; gzip level 6)",
    [
      { header: "file" },
      { header: "kind" },
      { header: "when" },
      { header: "min", align: "right" },
      { header: "gzip", align: "right" },
    ],
    [
      ...assets.map((asset) => [
        asset.file,
        asset.kind,
        asset.onUse ? "field used or idle" : "page load",
        kB(asset.raw),
        kB(asset.gzip),
      ]),
      ["JS before: all of it at load (main 4f72d44)", "JS", "page load", kB(before.raw), kB(before.gzip)],
      ["JS now, at load", "JS", "page load", kB(sum("JS", "raw", atLoad)), kB(sum("JS", "gzip", atLoad))],
      [
        "JS now, once a number is typed",
        "JS",
        "phone field used",
        kB(sum("JS", "raw")),
        kB(sum("JS", "gzip")),
      ],
      ["all CSS", "CSS", "page load", kB(sum("CSS", "raw")), kB(sum("CSS", "gzip"))],
    ],
  );

  // One warm-up signup, then the measured ones.
  await timeOneSignup(page, 0);
  const results = [];
  for (let i = 1; i <= runs; i++) results.push(await timeOneSignup(page, i));
  const keyToSent = results.map((result) => result.keyToSent);
  const answerToPaint = results.map((result) => result.answerToPaint);
  const row = (what: string, values: number[]) => [
    what,
    ms(quantile(values, 0.5)),
    ms(quantile(values, 0.9)),
    ms(Math.max(...values)),
  ];
  printTable(
    `Signup code step in Chromium, ${runs} runs (server on this machine; no peer demo measures the same)`,
    [
      { header: "interval" },
      { header: "median", align: "right" },
      { header: "p90", align: "right" },
      { header: "max", align: "right" },
    ],
    [
      row("last digit typed -> check request leaves", keyToSent),
      row("check answer -> success state painted", answerToPaint),
    ],
  );
  const calls = results[0]?.apiCalls ?? [];
  print(
    `The kit's API requests for one signup (sandbox panel excluded): ${calls.length} (${calls.join(", ")})`,
  );
} finally {
  await browser.close();
  server.kill();
}
