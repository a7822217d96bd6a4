import { describe, expect, it } from "vitest";
import { fixtures, type Method, type Params, shapeOf, testBed } from "../testSupport/sandboxTestSupport.js";
import { SANDBOX_LICENCE } from "./sandboxOptions.js";

const valid: Params = {
  client_secret: "any secret",
  grant_type: "client_idmobile",
  licence: SANDBOX_LICENCE,
};
const invalidRequest = { error: "invalid_request", error_description: "Invalid Request" };
const invalidClient = { error: "invalid_client", error_description: "Invalid Client" };

describe("ACCESS_TOKEN", () => {
  it.each<Method>(["GET", "POST"])("issues a token by %s, typed as DQE's example", async (method) => {
    const answer = await testBed().call(method, "/ACCESS_TOKEN/", valid);
    expect(answer.status).toBe(200);
    expect(shapeOf(answer.body)).toEqual(shapeOf(fixtures.access_token_success));
    expect(answer.body).toEqual({
      access_token: expect.stringMatching(/^TK[A-Za-z0-9_-]{22}$/),
      token_type: "Bearer",
      expires_in: "300",
      refresh_token: expect.stringMatching(/^RT[A-Za-z0-9_-]{22}$/),
    });
  });

  it("answers without the trailing slash too, with a fresh token each time", async () => {
    const bed = testBed();
    const first = await bed.call("POST", "/ACCESS_TOKEN", valid);
    const second = await bed.call("POST", "/ACCESS_TOKEN", valid);
    expect(first.body.access_token).not.toBe(second.body.access_token);
  });

  const refused: [string, Params, unknown][] = [
    ["a missing licence", { licence: "" }, invalidRequest],
    ["a missing client_secret", { client_secret: "" }, invalidRequest],
    ["a missing grant_type", { grant_type: "" }, invalidRequest],
    ["another grant_type", { grant_type: "client_credentials" }, invalidRequest],
    ["a wrong licence", { licence: "OTHER-LICENCE" }, invalidClient],
  ];

  it.each(refused)("answers HTTP 400 to %s", async (_case, extra, body) => {
    const answer = await testBed().call("POST", "/ACCESS_TOKEN/", { ...valid, ...extra });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual(body);
  });

  it("reads the lower-case licence only", async () => {
    const { licence, ...rest } = valid;
    const answer = await testBed().call("POST", "/ACCESS_TOKEN/", { ...rest, Licence: licence ?? "" });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual(invalidRequest);
  });
});
