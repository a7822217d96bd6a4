/**
 * French: every string of the components and every error message.
 * `<UiMessagesProvider locale={fr}>` (an entry point of its own: apps that do not import it do not load it).
 * The texts live in `@verify-kit/core/texts/fr`, which the custom elements read too.
 */
export { fr } from "@verify-kit/core/texts/fr";
