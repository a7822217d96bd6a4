import { createVerifyApi } from "@verify-kit/server";
import { createSandbox } from "@verify-kit/server/sandbox";

// The backend adapter, answering every /api/... request of this app.
const api = createVerifyApi({
  // A DQE sandbox in this process: test numbers, no real SMS, no DQE account. In production, give
  // `dqe: createDqeClient({ server, licence, clientSecret })` from @verify-kit/core/dqe instead.
  sandbox: createSandbox(),
  sms: { company: "MYSHOP", smsText: "Your My shop code:", pinDurationMin: 3 },
  // A Route Handler sees no socket: `next start` writes the client's address in X-Forwarded-For. Behind
  // a proxy or a platform, count its hops, or name the header it sets (see @verify-kit/server's README).
  clientAddress: { forwardedFor: 1 },
});

export const GET = (request: Request) => api.fetch(request);
export const POST = GET;
