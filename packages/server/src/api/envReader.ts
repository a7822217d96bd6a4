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
      const value = raw(name);
      if (value === undefined) return fallback;
      const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
      if (!(number >= range.min && number <= range.max)) {
        problems.push(`${name} must be a whole number from ${range.min} to ${range.max}, got "${value}"`);
        return fallback;
      }
      return number;
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
