import { describe, expect, test } from "vitest";
import { defaultDqeProtocol, resolveDqeProtocol } from "./dqeProtocol.js";
import {
  accessTokenRequest,
  type DqeRequestContext,
  gdprMsgRequest,
  gdprVerifRequest,
  idmobileRequest,
  retrievalRequest,
  type SendPinParams,
} from "./dqeRequest.js";

const context: DqeRequestContext = { protocol: defaultDqeProtocol, licence: "LIC" };
const send: SendPinParams = {
  phone: "+33612345678",
  country: "fra",
  company: "MYCOMPANY",
  customSms: "Your code:",
};

describe("DQE requests use DQE's parameter names exactly", () => {
  test("GDPR_MSG", () => {
    const request = gdprMsgRequest(
      { ...send, durationMin: 5, consent: { phone: false, post: true, sms: true, email: false } },
      context,
    );
    expect(request).toEqual({
      ok: true,
      value: {
        endpoint: "gdprMsg",
        path: "/GDPR_MSG/",
        params: {
          Phone: "33612345678",
          Country: "FRA",
          Company: "MYCOMPANY",
          Custom_sms: "Your code:",
          Duration: "5",
          Phonecom: "0",
          Post: "1",
          Sms: "1",
          Email: "0",
          Licence: "LIC",
        },
      },
    });
  });

  test("GDPR_MSG without duration or consent leaves them out", () => {
    const request = gdprMsgRequest(send, context);
    expect(request.ok && Object.keys(request.value.params)).toEqual([
      "Phone",
      "Country",
      "Company",
      "Custom_sms",
      "Licence",
    ]);
  });

  test.each([
    [{ phone: "06 12 34 56 78" }, "phone_invalid"],
    [{ country: "FR" }, "country_invalid"],
    [{ company: "AB" }, "company_invalid"],
    [{ company: "ABCDEFGHIJKL" }, "company_invalid"],
    [{ customSms: "x".repeat(126) }, "sms_text_invalid"],
    [{ customSms: "Code <b>" }, "sms_text_invalid"],
    [{ customSms: "" }, "sms_text_invalid"],
    // "No special characters": accents and typographic signs too (the kit's inferred set, smsText.ts).
    [{ customSms: "Votre code de vérification :" }, "sms_text_invalid"],
    [{ customSms: "Code\u202f:" }, "sms_text_invalid"],
    [{ customSms: "Votre code d’accès" }, "sms_text_invalid"],
    [{ customSms: "Your code:\n" }, "sms_text_invalid"],
    [{ durationMin: 0 }, "duration_invalid"],
    [{ durationMin: 1.5 }, "duration_invalid"],
  ])("GDPR_MSG refuses %o before sending: %s", (change, code) => {
    const request = gdprMsgRequest({ ...send, ...change }, context);
    expect(request.ok === false && request.error.code).toBe(code);
  });

  test("the WebOTP ending '@host #' is plain text", () => {
    expect(gdprMsgRequest({ ...send, customSms: "Code for shop.example @shop.example #" }, context).ok).toBe(
      true,
    );
  });

  test("GDPR_VERIF sends the licence by default, and not when switched off", () => {
    const withLicence = gdprVerifRequest({ phone: "33612345678", token: "T", pin: "012345" }, context);
    expect(withLicence.ok && withLicence.value.params).toEqual({
      Phone: "33612345678",
      Token: "T",
      Pin: "012345",
      Licence: "LIC",
    });
    const protocol = resolveDqeProtocol({ gdprVerifSendsLicence: false });
    const without = gdprVerifRequest(
      { phone: "33612345678", token: "T", pin: "012345" },
      { ...context, protocol },
    );
    expect(without.ok && without.value.params).toEqual({ Phone: "33612345678", Token: "T", Pin: "012345" });
  });

  test.each(["12345", "1234567", "12345a", "١٢٣٤٥٦", ""])(
    "GDPR_VERIF refuses PIN %j before sending",
    (pin) => {
      const request = gdprVerifRequest({ phone: "33612345678", token: "T", pin }, context);
      expect(request.ok === false && request.error.code).toBe("pin_malformed");
    },
  );

  test("ACCESS_TOKEN uses lower-case licence and the IDMobile grant type", () => {
    const request = accessTokenRequest("SECRET", context);
    expect(request.ok && request.value).toEqual({
      endpoint: "accessToken",
      path: "/ACCESS_TOKEN/",
      params: { client_secret: "SECRET", grant_type: "client_idmobile", licence: "LIC" },
    });
  });

  test("IDMOBILE asks for the numVerify scope, with redirect_uri only when given", () => {
    const request = idmobileRequest(
      { phone: "33612345678", accessToken: "TK", name: "Shop", redirectUri: "https://shop.example/cb" },
      context,
    );
    expect(request.ok && request.value.params).toEqual({
      number: "33612345678",
      token: "TK",
      name: "Shop",
      licence: "LIC",
      scope: "numVerify",
      redirect_uri: "https://shop.example/cb",
    });
    const bare = idmobileRequest({ phone: "33612345678", accessToken: "TK", name: "Shop" }, context);
    expect(bare.ok && "redirect_uri" in bare.value.params).toBe(false);
  });

  test("the retrieval's path and licence name come from the protocol", () => {
    const protocol = resolveDqeProtocol({
      paths: { retrieval: "/RETRIEVE/" },
      licenceParam: { retrieval: "lic" },
    });
    const request = retrievalRequest("TK", { ...context, protocol });
    expect(request.ok && request.value).toEqual({
      endpoint: "retrieval",
      path: "/RETRIEVE/",
      params: { token: "TK", lic: "LIC", scope: "numVerify" },
    });
    expect(retrievalRequest("TK", context).ok && defaultDqeProtocol.paths.retrieval).toBe("/GET/");
  });
});
