/**
 * Status of `@verify-kit/ui`.
 *
 * The package is a placeholder: the accessible components (phone field, PIN input, verification dialog)
 * built on `@verify-kit/react` land in later issues. Until then it exports only this marker, so that the
 * workspace, its build and its type checks are in place.
 */
export const uiPackageStatus = "planned" as const;
