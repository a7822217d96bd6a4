import { afterEach, describe, expect, it } from "vitest";
import { createSandbox } from "./createSandbox.js";
import { SANDBOX_LICENCE } from "./sandboxOptions.js";
import { type SandboxServer, sandboxAddressFromEnv, startSandboxServer } from "./sandboxServer.js";

describe("sandboxAddressFromEnv", () => {
  it("defaults to 127.0.0.1:4010", () => {
    expect(sandboxAddressFromEnv({})).toEqual({ port: 4010, host: "127.0.0.1" });
    expect(sandboxAddressFromEnv({ SANDBOX_PORT: "0", SANDBOX_HOST: "0.0.0.0" })).toEqual({
      port: 0,
      host: "0.0.0.0",
    });
  });

  it.each([
    ["SANDBOX_PORT", "65536", /SANDBOX_PORT must be a port number/],
    ["SANDBOX_PORT", "http", /SANDBOX_PORT must be a port number/],
    ["SANDBOX_HOST", "http://localhost", /SANDBOX_HOST must be a host name/],
  ])("refuses %s=%s, naming it", (name, value, message) => {
    expect(() => sandboxAddressFromEnv({ [name]: value })).toThrow(message);
  });
});

describe("the sandbox over real HTTP", () => {
  let server: SandboxServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it("answers a GET and a POST form on a free port", async () => {
    server = await startSandboxServer(createSandbox({ pin: "123456" }), { port: 0, host: "127.0.0.1" });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const query = new URLSearchParams({
      Phone: "33600000001",
      Country: "FRA",
      Company: "MYCOMPANY",
      Custom_sms: "Your code",
      Licence: SANDBOX_LICENCE,
    });
    const sent = await fetch(`${server.url}/GDPR_MSG/?${query}`);
    expect(sent.status).toBe(200);
    expect(sent.headers.get("content-type")).toMatch(/^application\/json/);
    const sentBody = (await sent.json()) as Record<string, unknown>;
    expect(sentBody.status).toBe("DELIVERED");

    const verified = await fetch(`${server.url}/GDPR_VERIF/`, {
      method: "POST",
      body: new URLSearchParams({ Phone: "33600000001", Token: String(sentBody.smsToken), Pin: "123456" }),
    });
    expect(((await verified.json()) as Record<string, unknown>).status).toBe("OK");
  });
});
