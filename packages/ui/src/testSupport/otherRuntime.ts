// Another JavaScript runtime than the one the test runs in: another ICU, which words country names its own
// way (Node's and Chromium's differ), and other languages. What a server-rendered page must not depend on.

const { DisplayNames } = Intl;

/** Country names as `name(code, ownName)` gives them, until `restoreRuntime()`. */
export function otherCountryNames(name: (code: string, own: string | undefined) => string): void {
  Reflect.set(
    Intl,
    "DisplayNames",
    class extends DisplayNames {
      override of(code: string) {
        return name(code, super.of(code));
      }
    },
  );
}

/** `navigator.languages` as given (a navigator is made where there is none, as in Node). */
export function otherLanguages(languages: readonly string[]): void {
  if (typeof navigator === "undefined") {
    Reflect.set(globalThis, "navigator", { languages, language: languages[0] ?? "" });
    return;
  }
  Object.defineProperty(navigator, "languages", { value: languages, configurable: true });
}

/** This runtime's names and languages back. */
export function restoreRuntime(): void {
  Reflect.set(Intl, "DisplayNames", DisplayNames);
  if (typeof window === "undefined") Reflect.deleteProperty(globalThis, "navigator");
  else Reflect.deleteProperty(navigator, "languages");
}
