import type { StorybookConfig } from "@storybook/react-vite";
import react from "@vitejs/plugin-react";
import { defaultClientConditions, mergeConfig } from "vite";

const config: StorybookConfig = {
  stories: ["../packages/*/src/**/*.stories.tsx"],
  addons: ["@storybook/addon-docs", "@storybook/addon-a11y", "@storybook/addon-vitest"],
  framework: { name: "@storybook/react-vite", options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: { reactDocgen: "react-docgen" },
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      plugins: [react()],
      // Workspace packages resolve to their TypeScript sources, as in the tests: no build needed first.
      resolve: { conditions: ["@verify-kit/source", ...defaultClientConditions] },
    }),
};

export default config;
