import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from "react";
import { type DemoLocale, type DemoMessages, demoMessages } from "../demoMessages.js";

export interface DemoSettings {
  readonly locale: DemoLocale;
  readonly theme: "light" | "dark";
  readonly dir: "ltr" | "rtl";
}

interface DemoSettingsValue extends DemoSettings {
  readonly t: DemoMessages;
  readonly update: (change: Partial<DemoSettings>) => void;
}

// Display preferences only: never a number, a code or a token.
const storageKey = "verify-kit-demo:display";

function initialSettings(): DemoSettings {
  const fromUrl = new URLSearchParams(window.location.search);
  let stored: Partial<DemoSettings> = {};
  try {
    stored = JSON.parse(window.localStorage.getItem(storageKey) ?? "{}") as Partial<DemoSettings>;
  } catch {
    // Storage refused or garbled: the defaults below.
  }
  const pick = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const wanted = fromUrl.get(name) ?? stored[name as keyof DemoSettings];
    return allowed.includes(wanted as T) ? (wanted as T) : fallback;
  };
  const systemDark = window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
  return {
    locale: pick("lang", ["en", "fr"], navigator.language.toLowerCase().startsWith("fr") ? "fr" : "en"),
    theme: pick("theme", ["light", "dark"], systemDark ? "dark" : "light"),
    dir: pick("dir", ["ltr", "rtl"], "ltr"),
  };
}

const DemoSettingsContext = createContext<DemoSettingsValue | undefined>(undefined);

/** Language, theme and direction of the whole page, applied to `<html>` so the kit's CSS follows. */
export function DemoSettingsProvider({ children }: { readonly children: ReactNode }) {
  const [settings, setSettings] = useState(initialSettings);

  useEffect(() => {
    const html = document.documentElement;
    html.lang = settings.locale;
    html.dir = settings.dir;
    html.dataset.theme = settings.theme;
    try {
      window.localStorage.setItem(storageKey, JSON.stringify(settings));
    } catch {
      // Private mode: the settings last for this page only.
    }
  }, [settings]);

  const value = useMemo<DemoSettingsValue>(
    () => ({
      ...settings,
      t: demoMessages[settings.locale],
      update: (change) => setSettings((previous) => ({ ...previous, ...change })),
    }),
    [settings],
  );
  return <DemoSettingsContext value={value}>{children}</DemoSettingsContext>;
}

export function useDemoSettings(): DemoSettingsValue {
  const value = useContext(DemoSettingsContext);
  if (value === undefined) throw new Error("useDemoSettings needs a DemoSettingsProvider above it");
  return value;
}
