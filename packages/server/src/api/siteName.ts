/**
 * Why `siteName` cannot title the phone's page: empty, longer than 60 characters (a name, not a sentence), or
 * with control characters. Named as the setting that gave it (`siteName`, `SITE_NAME`).
 */
export function siteNameProblems(siteName: string | undefined, name: string): string[] {
  if (siteName === undefined) return [];
  const length = [...siteName.trim()].length;
  if (length === 0 || length > 60 || /\p{Cc}/u.test(siteName)) {
    return [`${name} must be 1 to 60 characters without line breaks (the site's name), got "${siteName}"`];
  }
  return [];
}
