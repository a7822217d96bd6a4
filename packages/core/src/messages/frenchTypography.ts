/** U+202F, the narrow no-break space French sets before `:`, `;`, `?` and `!`. */
export const narrowNoBreakSpace = "\u202f";

/**
 * What a French text gets wrong by French typography: a straight apostrophe (`'` instead of `’`), or a `:`,
 * `;`, `?` or `!` not preceded by a narrow no-break space (U+202F), which keeps the sign on its word's line.
 * Empty when the text is right. For translators' packs and their tests.
 */
export function frenchTypographyProblems(text: string): string[] {
  const problems: string[] = [];
  for (const match of text.matchAll(/'/g)) {
    problems.push(`straight apostrophe at ${match.index}: use ’ ("${around(text, match.index)}")`);
  }
  for (const match of text.matchAll(/[:;?!]/g)) {
    if (text[match.index - 1] !== narrowNoBreakSpace) {
      problems.push(
        `"${match[0]}" at ${match.index} without the narrow no-break space U+202F before it ("${around(text, match.index)}")`,
      );
    }
  }
  return problems;
}

const around = (text: string, index: number) => text.slice(Math.max(0, index - 12), index + 4);
