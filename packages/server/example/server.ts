import { serve } from "@hono/node-server";
import { createDqeClient } from "@verify-kit/core/dqe";
import { createVerifyApi } from "@verify-kit/server";

const api = createVerifyApi({
  dqe: createDqeClient({
    server: process.env.DQE_SERVER ?? "https://prod2.dqe-software.com",
    licence: process.env.DQE_LICENCE ?? "",
    clientSecret: process.env.DQE_CLIENT_SECRET, // for the operator check
    partnerName: "My shop",
  }),
  sms: {
    company: "MYSHOP",
    smsText: "Your My shop code:", // English, the default language
    smsTexts: { fr: "Votre code My shop :" }, // no accents: DQE refuses them
    pinDurationMin: 5,
  },
  // Where DQE sends the phone back after the operator check; the request's origin when unset.
  publicUrl: process.env.PUBLIC_URL,
  siteName: "My shop", // at the top of the page the phone lands on after the operator check
});

// Node hands each request's socket to the API, so every visitor has limits of their own.
export const server = serve({ fetch: api.fetch, port: Number(process.env.PORT ?? 8787) });
