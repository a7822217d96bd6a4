import type { ConsentChannels } from "../consent/ConsentChannels.js";
import type { ErrorCode } from "../errors/errorCatalogue.js";
import { failure, type Outcome, success } from "../errors/Outcome.js";
import { type DqeEndpoint, VerifyError } from "../errors/VerifyError.js";
import type { DqeProtocol } from "./dqeProtocol.js";
import { smsTextProblems } from "./smsText.js";

/** One DQE call before it is encoded as a GET query or a POST form: parameters as DQE spells them. */
export interface DqeRequest {
  readonly endpoint: DqeEndpoint;
  readonly path: string;
  readonly params: Readonly<Record<string, string>>;
}

/** What every request needs to know besides its own parameters. */
export interface DqeRequestContext {
  readonly protocol: DqeProtocol;
  readonly licence: string;
}

/** GDPR_MSG: send a PIN by SMS and record consent. */
export interface SendPinParams {
  /** The number in DQE's format (`33612345678`) or E.164 (`+33612345678`). */
  readonly phone: string;
  /** ISO 3166 alpha-3 country of the number (`FRA`). */
  readonly country: string;
  /** SMS sender name, 3 to 11 characters. */
  readonly company: string;
  /** SMS text, at most 125 characters of `smsTextCharacters`; DQE appends the PIN. */
  readonly customSms: string;
  /** PIN lifetime in minutes (DQE's default applies when absent). */
  readonly durationMin?: number;
  /** Consent the user gave per channel, sent as `Phonecom`, `Post`, `Sms`, `Email`. */
  readonly consent?: ConsentChannels;
}

/** GDPR_VERIF: check a PIN against the token of its GDPR_MSG. */
export interface CheckPinParams {
  readonly phone: string;
  /** The `smsToken` GDPR_MSG answered. */
  readonly token: string;
  readonly pin: string;
}

/** IDMOBILE (scope numVerify): start an operator check. */
export interface StartNumberCheckParams {
  readonly phone: string;
  /** The access token of ACCESS_TOKEN; one fresh token per check. */
  readonly accessToken: string;
  /** Partner name DQE shows for the check. */
  readonly name: string;
  /** Where DQE sends the phone back, with `token` and `status`. */
  readonly redirectUri?: string;
}

const PIN = /^\d{6}$/;
const DQE_PHONE = /^\d{6,15}$/;

const invalid = (code: ErrorCode, endpoint: DqeEndpoint, detail: string) =>
  failure<DqeRequest>(new VerifyError(code, { endpoint, detail }));

/** A phone in DQE's format: digits with the country code, no `+`. */
function dqePhone(phone: string): string | undefined {
  const digits = phone.trim().replace(/^\+/, "");
  return DQE_PHONE.test(digits) ? digits : undefined;
}

const flag = (granted: boolean) => (granted ? "1" : "0");

export function gdprMsgRequest(params: SendPinParams, context: DqeRequestContext): Outcome<DqeRequest> {
  const endpoint = "gdprMsg";
  const phone = dqePhone(params.phone);
  if (phone === undefined)
    return invalid("phone_invalid", endpoint, "phone must be digits with country code");
  if (!/^[A-Za-z]{3}$/.test(params.country))
    return invalid("country_invalid", endpoint, "country must be ISO-3");
  const company = params.company.trim();
  if (company.length < 3 || company.length > 11)
    return invalid("company_invalid", endpoint, "company must be 3 to 11 characters");
  const smsText = smsTextProblems(params.customSms);
  if (smsText.length > 0) return invalid("sms_text_invalid", endpoint, `SMS text ${smsText.join("; ")}`);
  if (params.durationMin !== undefined && !(Number.isInteger(params.durationMin) && params.durationMin > 0))
    return invalid("duration_invalid", endpoint, "duration must be a whole number of minutes");

  const query: Record<string, string> = {
    Phone: phone,
    Country: params.country.toUpperCase(),
    Company: company,
    Custom_sms: params.customSms,
  };
  if (params.durationMin !== undefined) query.Duration = String(params.durationMin);
  if (params.consent !== undefined) {
    query.Phonecom = flag(params.consent.phone);
    query.Post = flag(params.consent.post);
    query.Sms = flag(params.consent.sms);
    query.Email = flag(params.consent.email);
  }
  query[context.protocol.licenceParam.gdprMsg] = context.licence;
  return success({ endpoint, path: context.protocol.paths.gdprMsg, params: query });
}

export function gdprVerifRequest(params: CheckPinParams, context: DqeRequestContext): Outcome<DqeRequest> {
  const endpoint = "gdprVerif";
  const phone = dqePhone(params.phone);
  if (phone === undefined)
    return invalid("phone_invalid", endpoint, "phone must be digits with country code");
  if (!PIN.test(params.pin)) return invalid("pin_malformed", endpoint, "PIN must be 6 digits");
  if (params.token.length === 0) return invalid("sms_token_invalid", endpoint, "token is empty");
  const query: Record<string, string> = { Phone: phone, Token: params.token, Pin: params.pin };
  if (context.protocol.gdprVerifSendsLicence)
    query[context.protocol.licenceParam.gdprVerif] = context.licence;
  return success({ endpoint, path: context.protocol.paths.gdprVerif, params: query });
}

export function accessTokenRequest(clientSecret: string, context: DqeRequestContext): Outcome<DqeRequest> {
  const endpoint = "accessToken";
  if (clientSecret.length === 0) return invalid("missing_parameters", endpoint, "client secret is empty");
  return success({
    endpoint,
    path: context.protocol.paths.accessToken,
    params: {
      client_secret: clientSecret,
      grant_type: "client_idmobile",
      [context.protocol.licenceParam.accessToken]: context.licence,
    },
  });
}

export function idmobileRequest(
  params: StartNumberCheckParams,
  context: DqeRequestContext,
): Outcome<DqeRequest> {
  const endpoint = "idmobile";
  const phone = dqePhone(params.phone);
  if (phone === undefined)
    return invalid("phone_invalid", endpoint, "phone must be digits with country code");
  if (params.name.length === 0) return invalid("missing_parameters", endpoint, "partner name is empty");
  const query: Record<string, string> = {
    number: phone,
    token: params.accessToken,
    name: params.name,
    [context.protocol.licenceParam.idmobile]: context.licence,
    scope: "numVerify",
  };
  if (params.redirectUri !== undefined) query.redirect_uri = params.redirectUri;
  return success({ endpoint, path: context.protocol.paths.idmobile, params: query });
}

export function retrievalRequest(token: string, context: DqeRequestContext): Outcome<DqeRequest> {
  const endpoint = "retrieval";
  if (token.length === 0) return invalid("check_expired", endpoint, "check token is empty");
  return success({
    endpoint,
    path: context.protocol.paths.retrieval,
    params: { token, [context.protocol.licenceParam.retrieval]: context.licence, scope: "numVerify" },
  });
}
