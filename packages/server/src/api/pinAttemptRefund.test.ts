import { createDqeClient } from "@verify-kit/core/dqe";
import { expect, test } from "vitest";
import { createSandbox, SANDBOX_LICENCE } from "../testSupport/testApi.js";
import { ApiError } from "./ApiError.js";
import { defaultLimits } from "./limits.js";
import { createMetrics } from "./metrics.js";
import { createPinVerifications } from "./pinVerifications.js";
import { createSendCharges } from "./sendCharges.js";
import { MemoryStore } from "./store/MemoryStore.js";

test("a check DQE could not answer does not use up an attempt; a wrong code does", async () => {
  const sandbox = createSandbox({ pin: "123456" });
  let failChecks = false;
  const dqe = createDqeClient({
    server: "http://dqe.test",
    licence: SANDBOX_LICENCE,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      if (failChecks && request.url.includes("/GDPR_VERIF/"))
        return new Response("<html>502</html>", { status: 502 });
      return sandbox.fetch(request);
    },
  });
  const store = new MemoryStore();
  const pins = createPinVerifications({
    dqe,
    store,
    limits: defaultLimits,
    sms: { company: "SHOP", smsText: "Code:", pinDurationMin: 3 },
    charges: createSendCharges({ store, limits: defaultLimits, fraud: {} }),
    metrics: createMetrics(),
    marginS: 120,
    now: Date.now,
  });
  const sent = await pins.send({ phone: "+33600000001" }, { address: "192.0.2.1", bucket: "192.0.2.1" });

  failChecks = true;
  const outage = await pins.check(sent.verificationId, "654321").catch((error: unknown) => error);
  expect(outage).toBeInstanceOf(ApiError);
  expect((outage as ApiError).code).toBe("dqe_http_error");

  failChecks = false;
  expect(await pins.check(sent.verificationId, "654321")).toEqual({
    verified: false,
    reason: "pin_invalid",
    attemptsLeft: defaultLimits.maxAttempts - 1,
  });
});
