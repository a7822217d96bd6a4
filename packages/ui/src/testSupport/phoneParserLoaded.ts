import { phoneRuntime } from "@verify-kit/core/phone-runtime";

// Imported by the tests of what the components do with a number: they start with the page's phone parser
// loaded, as it is once the browser has been idle. Before it has: PhoneField.loading.browser.test.tsx.
await phoneRuntime.load();
