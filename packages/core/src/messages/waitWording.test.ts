// A limit's message is followed in the UIs by the wait the button counts down ("You can try again in 55
// minutes."): the message says what happened and what still works, never "try again later" a second time.
import { describe, expect, test } from "vitest";
import { VerifyError } from "../errors/VerifyError.js";
import { fr } from "../texts/fr.js";
import { errorWithWaitText } from "../texts/textFormat.js";
import { uiMessages } from "../texts/uiMessages.js";

// The codes the adapter and the flows send with a `retryAfterS`: its limits, a busy code, a store outage.
const waitingCodes = [
  "too_many_sends",
  "sms_budget_exhausted",
  "too_many_checks",
  "resend_cooldown",
  "verification_busy",
  "store_unavailable",
] as const;

const languages = [
  { locale: "en", messages: uiMessages, sayingWhen: /try again|later|in a moment|wait/gi },
  { locale: "fr", messages: fr.messages, sayingWhen: /réessay|plus tard|dans un instant|patient/gi },
] as const;

describe("a message followed by its wait says when once", () => {
  for (const { locale, messages, sayingWhen } of languages) {
    test.each(waitingCodes)(`${locale}: %s`, (code) => {
      const texts = { messages, locale };
      const templates = [messages.phoneVerificationRetryWhen, messages.numberVerificationRetryWhen];
      for (const template of templates) {
        const said = errorWithWaitText(new VerifyError(code, { retryAfterS: 3300 }), template, texts);
        expect(said.startsWith(messages[code])).toBe(true);
        expect(said.match(sayingWhen)).toHaveLength(1);
      }
    });
  }
});
