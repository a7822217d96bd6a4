import { countryToIso3 } from "@verify-kit/core";
import { canonicalOrigin } from "./originCheck.js";

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Reads settings from environment variables, collecting every problem so that start-up fails once
 * with the whole list rather than one variable at a time.
 */
export function envReader(env: Env) {
  const problems: string[] = [];
  const raw = (name: string) => {
    const value = env[name]?.trim();
    return value === undefined || value === "" ? undefined : value;
  };

  return {
    problems,
    string(name: string, fallback?: string): string | undefined {
      return raw(name) ?? fallback;
    },
    int(name: string, fallback: number, range: { min: number; max: number }): number {
      return this.maybeInt(name, range) ?? fallback;
    },
    /** A whole number when set, undefined when not (so that a default can follow other settings). */
    maybeInt(name: string, range: { min: number; max: number }): number | undefined {
      const value = raw(name);
      if (value === undefined) return undefined;
      const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
      if (!(number >= range.min && number <= range.max)) {
        problems.push(`${name} must be a whole number from ${range.min} to ${range.max}, got "${value}"`);
        return undefined;
      }
      return number;
    },
    /** ISO 3166 alpha-2 countries (`FR,BE`), each one a country phone numbers belong to. */
    countries(name: string): string[] | undefined {
      const list = this.list(name).map((item) => item.toUpperCase());
      const unknown = list.filter((code) => !/^[A-Z]{2}$/.test(code) || countryToIso3(code) === undefined);
      if (unknown.length > 0) problems.push(`${name}: not ISO 3166 alpha-2 countries: ${unknown.join(", ")}`);
      return list.length > 0 ? list : undefined;
    },
    /** Whole numbers per country: `FR=5000,BE=500,*=100`. */
    perCountry(name: string): Record<string, number> | undefined {
      const entries = this.list(name).map((item) => {
        const [country = "", amount = ""] = item.split("=").map((part) => part.trim());
        const code = country.toUpperCase();
        const valid = (code === "*" || countryToIso3(code) !== undefined) && /^\d+$/.test(amount);
        if (!valid)
          problems.push(`${name}: "${item}" is not COUNTRY=NUMBER (FR=5000, or *=100 for the others)`);
        return [code, Number(amount)] as const;
      });
      return entries.length > 0 ? Object.fromEntries(entries) : undefined;
    },
    url(name: string): string | undefined {
      const value = raw(name);
      if (value === undefined) return undefined;
      if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) {
        problems.push(`${name} must be an http(s) address, got "${value}"`);
        return undefined;
      }
      return value.replace(/\/+$/, "");
    },
    oneOf<T extends string>(name: string, values: readonly T[], fallback: T): T {
      const value = raw(name);
      if (value === undefined) return fallback;
      if (!values.includes(value as T)) {
        problems.push(`${name} must be one of ${values.join(", ")}, got "${value}"`);
        return fallback;
      }
      return value as T;
    },
    /** `1`/`true`/`yes`/`on` or `0`/`false`/`no`/`off`. */
    flag(name: string): boolean {
      const value = raw(name)?.toLowerCase();
      if (value === undefined) return false;
      if (["1", "true", "yes", "on"].includes(value)) return true;
      if (!["0", "false", "no", "off"].includes(value))
        problems.push(`${name} must be 1 or 0, got "${value}"`);
      return false;
    },
    /** A comma-separated list of origins (`https://shop.example`), each checked. */
    origins(name: string): string[] {
      return this.list(name).flatMap((item) => {
        const origin = canonicalOrigin(item);
        if (typeof origin === "string") return [origin];
        problems.push(`${name}: ${origin.message}`);
        return [];
      });
    },
    list(name: string): string[] {
      return (raw(name) ?? "")
        .split(",")
        .map((item) => item.trim())
        .filter(Boolean);
    },
  };
}
