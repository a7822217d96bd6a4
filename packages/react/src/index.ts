/**
 * Status of `@verify-kit/react`.
 *
 * The package is a placeholder: the hooks over `@verify-kit/core` (phone verification flow, PIN input
 * prop getters) land in a later issue. Until then it exports only this marker, so that the workspace,
 * its build and its type checks are in place.
 */
export const reactPackageStatus = "planned" as const;
