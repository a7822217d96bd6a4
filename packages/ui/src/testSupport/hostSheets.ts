// Stylesheets of the pages the kit is dropped into, for the tests of its styling contract. Each is loaded
// after the kit's own stylesheet, unlayered: the hardest case (Tailwind 4 puts its preflight in a layer,
// which unlayered rules beat anyway; Tailwind 3 and a plain import of preflight.css do not).
import bootstrapReboot from "bootstrap/dist/css/bootstrap-reboot.css?raw";
import tailwindPreflight from "tailwindcss/preflight.css?raw";
import elementRules from "./hostElementRules.css?raw";

export type Theme = "light" | "dark";

export interface HostSheet {
  readonly name: string;
  readonly css: string;
  /** Attributes the host puts on <html> for its dark theme (beside the kit's data-theme). */
  readonly darkAttributes?: Readonly<Record<string, string>>;
  /** The page's background per theme, where the stylesheet leaves it to the app. */
  readonly background?: Readonly<Record<Theme, string>>;
}

export const hostSheets: readonly HostSheet[] = [
  { name: "global a, button, input, label, h2... rules", css: elementRules },
  {
    name: "Tailwind's preflight",
    // As Tailwind compiles it: its theme() calls become var() with the same fallbacks.
    css: tailwindPreflight.replaceAll("--theme(", "var("),
    // A Tailwind app's page: bg-white, dark:bg-gray-900.
    background: { light: "#fff", dark: "#111827" },
  },
  { name: "Bootstrap's reboot", css: bootstrapReboot, darkAttributes: { "data-bs-theme": "dark" } },
];

/**
 * Puts the page in `theme` (the kit's data-theme on <html>, and the host's own dark switch) with `host`'s
 * stylesheet after the kit's, or none. Returns what undoes it.
 */
export function applyHost(host: HostSheet | undefined, theme: Theme): () => void {
  const root = document.documentElement;
  const attributes = { "data-theme": theme, ...(theme === "dark" ? host?.darkAttributes : {}) };
  for (const [name, value] of Object.entries(attributes)) root.setAttribute(name, value);
  const style = document.createElement("style");
  style.textContent = host?.css ?? "";
  document.head.append(style);
  const background = host?.background?.[theme] ?? (host ? "" : theme === "dark" ? "#0b0f19" : "#fff");
  document.body.style.background = background;
  return () => {
    style.remove();
    for (const name of Object.keys(attributes)) root.removeAttribute(name);
    document.body.style.background = "";
  };
}
