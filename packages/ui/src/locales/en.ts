/**
 * English, the built-in language, as a pack: for a language switcher, or English inside a provider of
 * another language. `<UiMessagesProvider locale={en}>`. The texts live in `@verify-kit/core/texts`, which
 * the custom elements read too.
 */
export { en } from "@verify-kit/core/texts";
