// The README's "Checking a verification on your backend" example, run as written against a real adapter
// and its sandbox: the number a form posts is taken only with the adapter's proof, once.
import { readFileSync } from "node:fs";
import { beforeAll, expect, test } from "vitest";
import { createTestApi, fixedPin, numbers, testProofSecret } from "./testSupport/testApi.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const exampleSource = readFileSync(new URL("../example/placeOrder.ts", import.meta.url), "utf8");

let placeOrder: (request: Request) => Promise<Response>;

beforeAll(async () => {
  const saved = process.env.VERIFY_PROOF_SECRET;
  process.env.VERIFY_PROOF_SECRET = testProofSecret;
  try {
    ({ placeOrder } = await import("../example/placeOrder.js"));
  } finally {
    if (saved === undefined) delete process.env.VERIFY_PROOF_SECRET;
    else process.env.VERIFY_PROOF_SECRET = saved;
  }
});

const order = async (fields: Record<string, string>) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const answer = await placeOrder(new Request("http://shop.test/order", { method: "POST", body: form }));
  return { status: answer.status, body: await answer.json() };
};

test("the README shows the example exactly as tested here", () => {
  expect(readme).toContain(exampleSource.trim());
});

test("an order with the number the adapter verified and its proof is taken once; a forged number or none is refused", async () => {
  const t = createTestApi({ api: { proof: { secret: testProofSecret } } });
  const sent = await t.sendPin(numbers.delivered);
  const proof = (await t.checkPin(sent.verificationId, fixedPin)).body.proof as string;

  expect(await order({ phone: numbers.mobile, phone_proof: proof })).toEqual({
    status: 400,
    body: { error: "proof_wrong_number" },
  });
  expect(await order({ phone: numbers.mobile })).toEqual({ status: 400, body: { error: "proof_missing" } });
  expect(await order({ phone: numbers.delivered, phone_proof: proof })).toEqual({
    status: 200,
    body: { phone: numbers.delivered, method: "sms" },
  });
  expect(await order({ phone: numbers.delivered, phone_proof: proof })).toEqual({
    status: 409,
    body: { error: "proof_used" },
  });
});
