// Both flows of @verify-kit/core/flows driven from plain Node against a backend adapter with its DQE sandbox
// (VERIFY_API, e.g. http://127.0.0.1:8787/api): what a UI without React (custom elements, another framework)
// builds on. Prints one JSON line with what each step ended in; exits 1 if the flow did not verify.
//   node flows.mjs pin +33612345678      the SMS code: send, read the code from the sandbox's inbox, check
//   node flows.mjs number +33612345678   the operator check: start, open the operator page as the phone, poll
import { QueryClient } from "@tanstack/query-core";
import { createVerifyApiClient } from "@verify-kit/core";
import { createNumberVerifyPoll, createPinVerificationFlow } from "@verify-kit/core/flows";

const [which, phone] = process.argv.slice(2);
const api = process.env.VERIFY_API ?? "http://127.0.0.1:8787/api";
const adapter = createVerifyApiClient({ baseUrl: api });
const queryClient = new QueryClient();

/** Resolves with the flow's state once `done(state)` holds; rejects after `ms`. */
function settled(flow, done, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`still ${flow.getState().status} after ${ms} ms`)), ms);
    const look = () => {
      const state = flow.getState();
      if (!done(state)) return;
      clearTimeout(timer);
      stop();
      resolve(state);
    };
    const stop = flow.subscribe(look);
    look();
  });
}

async function pin() {
  const flow = createPinVerificationFlow({ adapter, queryClient });
  flow.attach();
  const sent = await flow.send({ phone });
  if (!sent.ok) return { sent: sent.error.code };
  const inbox = await fetch(`${api}/sandbox/messages?phone=${encodeURIComponent(phone)}`);
  const [latest] = await inbox.json();
  const checked = await flow.check(latest.pin);
  flow.dispose();
  return { sent: sent.state.status, checked: checked.state.status, to: checked.state.to };
}

async function number() {
  const poll = createNumberVerifyPoll({ adapter, queryClient, deadlineS: 30 });
  poll.attach();
  const started = await poll.start(phone);
  if (!started.ok) return { started: started.error.code };
  // The phone opens the operator's page over mobile data, which sends it back to the adapter's callback.
  const opened = await fetch(started.check.url);
  const final = await settled(poll, (state) => "fallbackToSms" in state, 20_000);
  poll.dispose();
  return { started: "pending", opened: opened.status, checked: final.status, to: final.phone };
}

const result = await (which === "pin" ? pin() : number());
process.stdout.write(`${JSON.stringify(result)}\n`);
// The query client's caches keep timers for minutes (gcTime): a script ends when its work is done.
process.exit(result.checked === "verified" ? 0 : 1);
