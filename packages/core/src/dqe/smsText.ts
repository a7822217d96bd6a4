/** The longest `Custom_sms` DQE takes (DQE adds the PIN after it). */
export const smsTextMaxLength = 125;

/**
 * The characters the kit lets into `Custom_sms`, for DQE's "no special characters" rule (its pages give no
 * list: **inferred**, docs/dqe-protocol-choices.md): the ASCII letters and digits, the space, and
 * `. , : ; ! ? ' " ( ) @ # / & + % * = _ -`. Each is one character of the GSM 7-bit default alphabet, so
 * an SMS is never re-encoded as UCS-2 (70 characters a part instead of 160) and each counts once. No accents
 * (a French text goes without them), no typographic apostrophe or space, no line break.
 */
export const smsTextCharacters = /^[A-Za-z0-9 .,:;!?'"()@#/&+%*=_-]$/;

/** Why DQE would refuse `text` as `Custom_sms`; empty when it is fine. */
export function smsTextProblems(text: string): string[] {
  const characters = [...text];
  const problems: string[] = [];
  if (characters.length === 0) problems.push("is empty");
  if (characters.length > smsTextMaxLength) {
    problems.push(`is ${characters.length} characters long: DQE takes ${smsTextMaxLength} at most`);
  }
  const refused = [...new Set(characters.filter((character) => !smsTextCharacters.test(character)))];
  if (refused.length > 0) {
    problems.push(
      `has characters DQE refuses (${refused.map((character) => JSON.stringify(character)).join(", ")}): ` +
        `use A-Z, a-z, 0-9, spaces and . , : ; ! ? ' " ( ) @ # / & + % * = _ -`,
    );
  }
  return problems;
}
