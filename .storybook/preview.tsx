/// <reference types="vite/client" />
import type { Decorator, Preview } from "@storybook/react-vite";
import { phoneRuntime } from "@verify-kit/core/phone-runtime";
import { UiMessagesProvider } from "@verify-kit/ui";
import { en } from "@verify-kit/ui/locales/en";
import { fr } from "@verify-kit/ui/locales/fr";
import "@verify-kit/ui/styles.css";

// Every language pack, by the toolbar's value: English is built in, the others are entry points of their own.
const packs = { en, fr };

/** Theme, direction and language from the toolbar (or a story's `globals`), around every story. */
const withKitGlobals: Decorator = (Story, context) => {
  const theme = context.globals.theme === "dark" ? "dark" : "light";
  const direction = context.globals.direction === "rtl" ? "rtl" : "ltr";
  const pack = context.globals.locale === "fr" ? packs.fr : packs.en;
  return (
    <UiMessagesProvider locale={pack}>
      <div
        data-theme={theme}
        dir={direction}
        lang={pack.locale}
        style={{ padding: "1.5rem", background: "var(--vk-color-bg)", color: "var(--vk-color-text)" }}
      >
        <Story />
      </div>
    </UiMessagesProvider>
  );
};

const preview: Preview = {
  decorators: [withKitGlobals],
  // Every state a story shows is the one after the phone metadata has loaded (a page's steady state), so
  // that play functions type into a field that formats at once.
  loaders: [
    async () => {
      await phoneRuntime.load();
      return {};
    },
  ],
  globalTypes: {
    theme: {
      description: "Colour theme (data-theme)",
      toolbar: {
        title: "Theme",
        icon: "mirror",
        items: [
          { value: "light", title: "Light" },
          { value: "dark", title: "Dark" },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: "Text direction of the page",
      toolbar: {
        title: "Direction",
        icon: "transfer",
        items: [
          { value: "ltr", title: "Left to right" },
          { value: "rtl", title: "Right to left" },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: "Language of the components",
      toolbar: {
        title: "Locale",
        icon: "globe",
        items: [
          { value: "en", title: "English" },
          { value: "fr", title: "Français" },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: "light", direction: "ltr", locale: "en" },
  parameters: {
    // Any axe violation fails the story's test (and shows in the Accessibility panel).
    a11y: { test: "error" },
    controls: { expanded: true },
    layout: "fullscreen",
  },
  tags: ["autodocs"],
};

export default preview;
