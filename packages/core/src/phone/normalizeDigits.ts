const decimalDigit = /\p{Nd}/u;
const nonAsciiDigit = /(?![0-9])\p{Nd}/gu;

/**
 * The value of a Unicode decimal digit. Unicode keeps every script's digits as contiguous runs of ten
 * starting at zero (some runs touch, such as the five mathematical styles), so the distance from the
 * start of the run, modulo ten, is the value.
 */
function digitValue(digit: string): number {
  const codePoint = digit.codePointAt(0) ?? 0;
  let start = codePoint;
  while (decimalDigit.test(String.fromCodePoint(start - 1))) start -= 1;
  return (codePoint - start) % 10;
}

/**
 * Rewrites every decimal digit of any script as an ASCII digit and leaves everything else alone:
 * Arabic-Indic `٠٦١٢` and Persian `۰۶۱۲` give `0612`, full-width `０６` gives `06`.
 */
export function normalizeDigits(text: string): string {
  return text.replace(nonAsciiDigit, (digit) => String(digitValue(digit)));
}
