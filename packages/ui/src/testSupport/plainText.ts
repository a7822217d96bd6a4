/**
 * Text as a reader gets it: no-break spaces (inside phone numbers, and the one the live region adds to
 * repeat a message) as plain spaces, without the invisible isolates around numbers, trimmed.
 */
export function plainText(text: string | null | undefined): string {
  return (text ?? "")
    .replaceAll("\u00a0", " ")
    .replaceAll(/[\u2068\u2069]/g, "")
    .trim();
}
