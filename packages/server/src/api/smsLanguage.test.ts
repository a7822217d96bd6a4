// The SMS in the user's language: one Custom_sms per language, picked from the page's `locale`, then the
// browser's Accept-Language, then the default; each checked at start-up against DQE's rules.
import { createVerifyApiClient } from "@verify-kit/core";
import { createDqeClient } from "@verify-kit/core/dqe";
import { describe, expect, test } from "vitest";
import { apiSetupFromEnv } from "../node/apiSetupFromEnv.js";
import { appOrigin, createTestApi, fixedPin, nodeBindings, numbers } from "../testSupport/testApi.js";
import { createVerifyApi } from "./createVerifyApi.js";
import { createLogger } from "./logger.js";

const french = { smsTexts: { fr: "Votre code :" } };

/** The text of the SMS a send with `body` and `headers` makes, without its PIN. */
async function smsOf(body: Record<string, unknown>, headers: Record<string, string> = {}) {
  const t = createTestApi({ sms: french });
  await t.sendPin(numbers.delivered, body, headers);
  return (await t.latestSms()).text.replace(` ${fixedPin}`, "");
}

describe("the SMS's language", () => {
  test.each([
    ["the page's locale", { locale: "fr" }, {}, "Votre code :"],
    ["a regional locale, by its language", { locale: "fr-BE" }, {}, "Votre code :"],
    [
      "Accept-Language without a locale",
      {},
      { "accept-language": "fr-CA,fr;q=0.9,en;q=0.8" },
      "Votre code :",
    ],
    [
      "Accept-Language's first language there is a text for",
      {},
      { "accept-language": "de, fr;q=0.5" },
      "Votre code :",
    ],
    ["Accept-Language's qualities, not its order", {}, { "accept-language": "en;q=0.2, fr" }, "Votre code :"],
    ["the locale over Accept-Language", { locale: "en" }, { "accept-language": "fr" }, "Your code:"],
    [
      "a locale without a text, then Accept-Language",
      { locale: "de" },
      { "accept-language": "fr" },
      "Votre code :",
    ],
    ["the default for a language without a text", {}, { "accept-language": "de" }, "Your code:"],
    ["the default with nothing asked", {}, {}, "Your code:"],
  ])("%s", async (_, body, headers, text) => {
    expect(await smsOf(body, headers)).toBe(text);
  });

  test("a resend keeps the first SMS's language, unless the page names another", async () => {
    const t = createTestApi({ sms: french, api: { limits: { resendCooldownS: 1 } } });
    const sent = await t.sendPin(numbers.delivered, {}, { "accept-language": "fr" });
    const resend = async (body: Record<string, unknown>, headers: Record<string, string> = {}) => {
      t.advance(2);
      const answer = await t.post(
        "/api/pin/resend",
        { verificationId: sent.verificationId, ...body },
        headers,
      );
      expect(answer.status).toBe(200);
      return (await t.latestSms()).text;
    };
    expect(await resend({}, { "accept-language": "en" })).toBe(`Votre code : ${fixedPin}`);
    expect(await resend({ locale: "en-GB" })).toBe(`Your code: ${fixedPin}`);
    expect(await resend({})).toBe(`Your code: ${fixedPin}`);
  });

  test("the browser client passes the page's locale", async () => {
    const t = createTestApi({ sms: french });
    const client = createVerifyApiClient({ baseUrl: `${appOrigin}/api`, fetch: t.fetch });
    const sent = await client.sendPin({ phone: numbers.delivered, locale: "fr" });
    expect(sent.ok).toBe(true);
    expect((await t.latestSms()).text).toBe(`Votre code : ${fixedPin}`);
  });

  test.each(["fr FR", "fr_FR", "f", "français", "x".repeat(40)])(
    "a malformed locale (%s) is a bad request",
    async (locale) => {
      const t = createTestApi({ sms: french });
      const answer = await t.post("/api/pin/send", { phone: numbers.delivered, locale });
      expect(answer.status).toBe(400);
      expect(answer.body.error.code).toBe("request_malformed");
      expect(t.dqeCalls).toEqual([]);
    },
  );

  test("WebOTP, when set: every text ends with '@host #', DQE's PIN right after it", async () => {
    const t = createTestApi({ sms: { ...french, webOtpHost: "shop.example" } });
    await t.sendPin(numbers.delivered, { locale: "fr" });
    expect((await t.latestSms()).text).toBe(`Votre code : @shop.example #${fixedPin}`);
  });
});

describe("the SMS settings, checked at start-up", () => {
  const dqe = createDqeClient({ server: "https://dqe.example", licence: "L" });

  test("createVerifyApi lists every problem at once, by option name, WebOTP ending counted", () => {
    const start = () =>
      createVerifyApi({
        dqe,
        clientAddress: "socket",
        sms: {
          company: "AB",
          smsText: `${"x".repeat(110)}:`,
          smsTexts: { fr: "Votre code de vérification :", de_DE: "Ihr Code:" },
          webOtpHost: "shop.example",
          pinDurationMin: 3,
        },
        limits: { resendCooldownS: 600 },
      });
    expect(start).toThrow(/^createVerifyApi: invalid options:/);
    const message = (() => {
      try {
        start();
        return "";
      } catch (error) {
        return (error as Error).message;
      }
    })();
    const problems = message.split("\n  - ").slice(1);
    expect(problems).toEqual([
      'sms.company must be 3 to 11 characters (the SMS sender), got "AB"',
      'sms.smsText with the WebOTP ending " @shop.example #" is 127 characters long: DQE takes 125 at most',
      expect.stringMatching(
        /^sms\.smsTexts\.fr with the WebOTP ending .* has characters DQE refuses \("é"\)/,
      ),
      'sms.smsTexts.de_DE: "de_de" is not a language tag',
      expect.stringContaining("limits.resendCooldownS (600 s)"),
    ]);
  });

  test("the environment: DQE_SMS_TEXT_<LANGUAGE>, the kit's French text by default, problems listed with the others", async () => {
    const defaults = apiSetupFromEnv({});
    expect(defaults.options.sms).toMatchObject({
      smsText: "Your verification code:",
      smsLocale: "en",
      smsTexts: { fr: "Votre code de confirmation :" },
    });
    expect(defaults.options.sms.webOtpHost).toBeUndefined();

    const set = apiSetupFromEnv({
      DQE_SMS_TEXT: "Your Shop code:",
      DQE_SMS_TEXT_FR: "Votre code Shop :",
      DQE_SMS_TEXT_PT_BR: "Seu codigo:",
      DQE_SMS_WEBOTP_HOST: "shop.example",
    });
    expect(set.options.sms).toMatchObject({
      smsText: "Your Shop code:",
      smsTexts: { fr: "Votre code Shop :", "pt-br": "Seu codigo:" },
      webOtpHost: "shop.example",
    });
    const api = createVerifyApi({ ...set.options, logger: createLogger({ level: "silent" }) });
    const send = await api.fetch(
      new Request(`${appOrigin}/api/pin/send`, {
        method: "POST",
        headers: { "content-type": "application/json", "accept-language": "pt-BR" },
        body: JSON.stringify({ phone: numbers.delivered }),
      }),
      nodeBindings("192.0.2.1"),
    );
    expect(send.status).toBe(200);
    const inbox = await api.fetch(new Request(`${appOrigin}/api/sandbox/messages?phone=33600000001`));
    expect((await inbox.json())[0].text).toMatch(/^Seu codigo: @shop\.example #\d{6}$/);

    expect(() =>
      apiSetupFromEnv({
        DQE_COMPANY: "AB",
        DQE_SMS_TEXT_FR: "Votre code de vérification :",
        DQE_SMS_WEBOTP_HOST: "https://shop.example:8443",
        API_PORT: "x",
      }),
    ).toThrow(
      expect.objectContaining({
        message: expect.stringMatching(
          /DQE_COMPANY[\s\S]*DQE_SMS_WEBOTP_HOST must be a host name[\s\S]*DQE_SMS_TEXT_FR with the WebOTP ending[\s\S]*"é"/,
        ),
      }),
    );
    expect(() => apiSetupFromEnv({ DQE_SMS_LOCALE: "de" })).toThrow(
      "DQE_SMS_TEXT is required with DQE_SMS_LOCALE=de",
    );
    expect(
      apiSetupFromEnv({ DQE_SMS_LOCALE: "fr", DQE_SMS_TEXT: "Votre code Shop :" }).options.sms,
    ).toMatchObject({
      smsText: "Votre code Shop :",
      smsLocale: "fr",
      smsTexts: { en: "Your verification code:" },
    });
  });
});
