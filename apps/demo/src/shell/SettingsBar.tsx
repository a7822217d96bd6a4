import { useDemoSettings } from "./DemoSettings.js";

/** Language, theme and direction toggles: buttons, so a keyboard reaches each with Tab. */
export function SettingsBar() {
  const { t, locale, theme, dir, update } = useDemoSettings();
  return (
    <fieldset className="demo-settings">
      <legend className="demo-visually-hidden">{t.settingsLabel}</legend>
      <button
        type="button"
        className="demo-toggle"
        lang={t.switchLanguageLang}
        onClick={() => update({ locale: locale === "en" ? "fr" : "en" })}
      >
        {t.switchLanguage}
      </button>
      <button
        type="button"
        className="demo-toggle"
        aria-pressed={theme === "dark"}
        onClick={() => update({ theme: theme === "dark" ? "light" : "dark" })}
      >
        {t.darkTheme}
      </button>
      <button
        type="button"
        className="demo-toggle"
        aria-pressed={dir === "rtl"}
        onClick={() => update({ dir: dir === "rtl" ? "ltr" : "rtl" })}
      >
        {t.rightToLeft}
      </button>
    </fieldset>
  );
}
