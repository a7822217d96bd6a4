import { describe, expect, test } from "vitest";
import examples from "../../../../fixtures/dqe-examples.json" with { type: "json" };
import { parseAccessTokenAnswer } from "./parseAccessTokenAnswer.js";

describe("parseAccessTokenAnswer", () => {
  test("reads DQE's documented example; expires_in is seconds sent as a string", () => {
    expect(parseAccessTokenAnswer(examples.access_token_success)).toEqual({
      ok: true,
      value: {
        accessToken: "TK0000000000000000000000",
        tokenType: "Bearer",
        expiresInS: 300,
        refreshToken: "RT0000000000000000000000",
      },
    });
  });

  test("HTTP 400 Invalid Client is a licence error, Invalid Request a request error", () => {
    const client = parseAccessTokenAnswer(
      { error: "invalid_client", error_description: "Invalid Client" },
      400,
    );
    expect(client.ok === false && client.error.code).toBe("licence_invalid");
    const request = parseAccessTokenAnswer("Invalid Request", 400);
    expect(request.ok === false && request.error.code).toBe("request_invalid");
  });

  test("an empty access_token is a bad answer", () => {
    const outcome = parseAccessTokenAnswer({ ...examples.access_token_success, access_token: "" });
    expect(outcome.ok === false && outcome.error.code).toBe("dqe_bad_answer");
  });
});
