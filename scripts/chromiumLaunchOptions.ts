// Debian's Chromium, for every browser test and benchmark of the repository (Playwright's own browser
// downloads are not used). CHROMIUM_PATH points elsewhere when needed.

/** Launch options for Playwright; a new object per call (Vitest refuses one shared between projects). */
export function chromiumLaunchOptions() {
  return {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    // These flags keep it quiet on a closed network and inside containers.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  };
}
