import { iso3ToCountry } from "@verify-kit/core";
import { smsTextProblems } from "@verify-kit/core/dqe";
import type { Hono } from "hono";
import { getCountryCallingCode, parsePhoneNumberFromString } from "libphonenumber-js/max";
import { dqeDateTime } from "./dqeDateTime.js";
import {
  type GdprMsgCode,
  type GdprVerifCode,
  gdprErrors,
  gdprMsgErrorTexts,
  gdprVerifErrorTexts,
} from "./dqeErrorTexts.js";
import { isDqePhone } from "./dqePhone.js";
import { dqeMethods, dqeRequest, param } from "./dqeRequest.js";
import { serverErrorPage } from "./htmlPage.js";
import { randomPin, randomSmsToken } from "./randomTokens.js";
import type { SandboxContext, SandboxEnv } from "./sandboxContext.js";
import { SANDBOX_LICENCE } from "./sandboxOptions.js";
import type { ConsentChannels } from "./sandboxState.js";
import { playTestNumberFault } from "./testNumberFaults.js";
import { sandboxTestNumber } from "./testNumbers.js";

type Answer = Record<string, unknown>;

const noErrors = () => gdprErrors(gdprMsgErrorTexts, "00");

// The country matches when it shares the number's calling code, so CAN fits a +1 number as USA does.
function countryFitsPhone(iso2: Parameters<typeof getCountryCallingCode>[0], phone: string): boolean {
  try {
    return parsePhoneNumberFromString(`+${phone}`)?.countryCallingCode === getCountryCallingCode(iso2);
  } catch {
    return false; // a country the phone metadata does not know
  }
}

const consentParams = [
  ["phone", "Phonecom"],
  ["post", "Post"],
  ["sms", "Sms"],
  ["email", "Email"],
] as const;

function readConsents(params: URLSearchParams): ConsentChannels | "10" | "11" {
  const channels: ConsentChannels = { phone: 0, post: 0, sms: 0, email: 0 };
  let given = false;
  for (const [channel, name] of consentParams) {
    const value = param(params, name);
    if (value === undefined) continue;
    if (value !== "0" && value !== "1") return "10";
    given = true;
    channels[channel] = value === "1" ? 1 : 0;
  }
  if (given && Object.values(channels).every((v) => v === 0)) return "11";
  return channels;
}

function sendPin(params: URLSearchParams, { options, state }: SandboxContext): Answer {
  const phone = param(params, "Phone");
  const country = param(params, "Country");
  const company = param(params, "Company");
  const customSms = param(params, "Custom_sms");
  const licence = param(params, "Licence");
  const rejected = (code: GdprMsgCode): Answer =>
    phone === undefined
      ? { status: "REJECTED", errors: gdprErrors(gdprMsgErrorTexts, code) }
      : { status: "REJECTED", to: phone, errors: gdprErrors(gdprMsgErrorTexts, code) };

  if (
    phone === undefined ||
    country === undefined ||
    company === undefined ||
    customSms === undefined ||
    licence === undefined
  ) {
    return rejected("01");
  }
  if (licence !== SANDBOX_LICENCE) return rejected("02");
  if (!isDqePhone(phone)) return rejected("03");
  if (!/^[A-Za-z]{3}$/.test(country)) return rejected("04");
  const iso2 = iso3ToCountry(country);
  if (iso2 === undefined) return rejected("06");
  if (!countryFitsPhone(iso2, phone)) return rejected("04");
  const duration = param(params, "Duration") ?? "3";
  if (!/^[1-9]\d*$/.test(duration)) return rejected("05");
  if (company.length < 3 || company.length > 11) return rejected("07");
  // DQE's 125 characters without special characters, as the kit reads them (inferred: smsText.ts).
  if (smsTextProblems(customSms).length > 0) return rejected("12");
  const channels = readConsents(params);
  if (typeof channels === "string") return rejected(channels);

  const now = options.now();
  const smsToken = randomSmsToken();
  const behaviour = sandboxTestNumber(phone)?.sms;
  const delivered = behaviour !== "undeliverable" && behaviour !== "rejected";
  if (delivered) {
    const pin = options.pin ?? randomPin();
    const ttlS = options.pinTtlS ?? Number(duration) * 60;
    state.startPinSession({ smsToken, phone, pin, expiresAt: now + ttlS * 1000, channels });
    // WebOTP's `@host #` form needs the PIN straight after the `#`.
    const text = customSms.endsWith("#") ? `${customSms}${pin}` : `${customSms} ${pin}`;
    state.recordMessage({ to: phone, text, pin, smsToken, sentAt: new Date(now).toISOString() });
  }
  return {
    status: delivered ? "DELIVERED" : behaviour === "rejected" ? "REJECTED" : "UNDELIVERABLE",
    timeout: duration,
    companyName: company,
    country: country.toUpperCase(),
    to: phone,
    channels,
    errors: noErrors(),
    smsToken,
    dateTime: dqeDateTime(now),
  };
}

function verifyPin(params: URLSearchParams, { options, state }: SandboxContext): Answer {
  const phone = param(params, "Phone");
  const token = param(params, "Token");
  const pin = param(params, "Pin");
  if (phone === undefined || token === undefined || pin === undefined) {
    return { status: "KO", errors: gdprErrors(gdprVerifErrorTexts, "01") };
  }
  const now = options.now();
  const session = state.pinSession(token);
  const answer = (code: GdprVerifCode): Answer =>
    session === undefined
      ? { status: "KO", errors: gdprErrors(gdprVerifErrorTexts, code) }
      : {
          status: code === "00" ? "OK" : "KO",
          phone,
          errors: gdprErrors(gdprVerifErrorTexts, code),
          channels: session.channels,
          dateTime: dqeDateTime(now),
        };

  if (!/^\d{6}$/.test(pin)) return answer("02");
  if (session === undefined) return answer("05");
  if (now >= session.expiresAt) return answer("03");
  if (session.phone !== phone || session.pin !== pin) return answer("04");
  state.consumePinSession(session);
  return answer("00");
}

/** GDPR_MSG (send a PIN by SMS) and GDPR_VERIF (check it), at DQE's paths. */
export function registerGdprRoutes(app: Hono<SandboxEnv>, context: SandboxContext): void {
  const { options } = context;
  app.on(dqeMethods, "/GDPR_MSG", dqeRequest(options), async (c) => {
    const params = c.var.params;
    if (await playTestNumberFault(param(params, "Phone"), "sms", options.slowMs, c.req.raw.signal)) {
      return serverErrorPage();
    }
    return c.json(sendPin(params, context));
  });
  app.on(dqeMethods, "/GDPR_VERIF", dqeRequest(options), async (c) => {
    const params = c.var.params;
    if (await playTestNumberFault(param(params, "Phone"), "sms", options.slowMs, c.req.raw.signal)) {
      return serverErrorPage();
    }
    return c.json(verifyPin(params, context));
  });
}
