import { commands } from "vitest/browser";

declare module "vitest/browser" {
  interface BrowserCommands {
    holdPhoneLoads(): Promise<void>;
    releasePhoneLoads(): Promise<void>;
    phoneLoadsAsked(): Promise<string[]>;
  }
}

/**
 * The phone rules and metadata on their way from the server (see `phoneLoadCommands.ts`): `hold()` records
 * each request for them from now on and holds it back until `release()`; `asked()` lists what was asked
 * for: `phoneRules`, `countryPlanLoaders`, a country's ISO code (its numbering plan), `every country`.
 */
export const phoneLoads = {
  hold: () => commands.holdPhoneLoads(),
  /** Records without holding anything back. */
  watch: async () => {
    await commands.holdPhoneLoads();
    await commands.releasePhoneLoads();
  },
  release: () => commands.releasePhoneLoads(),
  asked: () => commands.phoneLoadsAsked(),
  /** The countries whose numbering plans were asked for, sorted. */
  countries: async () => (await commands.phoneLoadsAsked()).filter((part) => /^[A-Z]{2}$/.test(part)).sort(),
};

/** The values of a `<select>`'s options, sorted. */
export const optionValues = (select: HTMLSelectElement) =>
  [...select.options].map((option) => option.value).sort();
