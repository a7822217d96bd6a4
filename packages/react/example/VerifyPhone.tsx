import { createVerifyApiClient } from "@verify-kit/core";
import { errorMessage } from "@verify-kit/core/messages";
import {
  type PinVerification,
  sessionOf,
  usePinInput,
  usePinVerification,
  useResendCountdown,
  VerificationProvider,
} from "@verify-kit/react";
import { useEffect, useState } from "react";

/** The code: one real input (autofill, paste, one tab stop) under six drawn slots. */
function CodeField({ onComplete, invalid }: { onComplete: (code: string) => void; invalid: boolean }) {
  const pin = usePinInput({ onComplete, invalid });
  const label = pin.getLabelProps();
  const { clear } = pin;
  // A rejected code is cleared, so that the next one completes (and is checked) as it is typed.
  useEffect(() => {
    if (invalid) clear();
  }, [invalid, clear]);
  return (
    <>
      <label {...label} htmlFor={label.htmlFor}>
        Code from the SMS
      </label>
      <div {...pin.getRootProps({ className: "pin" })}>
        {pin.slots.map((slot) => (
          <span key={slot.index} {...pin.getSlotProps(slot.index, { className: "pin-slot" })}>
            {slot.char}
          </span>
        ))}
        <input {...pin.getInputProps({ className: "pin-input" })} />
      </div>
    </>
  );
}

/** Only this button re-renders as the countdown ticks. */
function ResendButton({ flow }: { flow: PinVerification }) {
  const { resendIn, canResend } = useResendCountdown(flow.state);
  return (
    <button type="button" disabled={!canResend} onClick={() => void flow.resend()}>
      {canResend ? "Send a new code" : `New code in ${resendIn} s`}
    </button>
  );
}

export function VerifyPhone({ onVerified }: { onVerified?: (phone: string) => void }) {
  const flow = usePinVerification({ onVerified: (state) => onVerified?.(state.to) });
  const [phone, setPhone] = useState("");
  const problem = "error" in flow ? errorMessage(flow.error.code, "en") : undefined;

  if (flow.status === "verified") return <p role="status">{flow.to} is verified.</p>;

  const session = sessionOf(flow.state);
  if (session === undefined || flow.status === "locked") {
    return (
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void flow.send({ phone });
        }}
      >
        <label>
          Mobile number
          <input
            type="tel"
            autoComplete="tel"
            value={phone}
            onChange={(event) => setPhone(event.target.value)}
          />
        </label>
        <button type="submit" disabled={flow.status === "sending"}>
          Send me a code
        </button>
        {problem && <p role="alert">{problem}</p>}
      </form>
    );
  }

  return (
    <div>
      <p>Code sent to {session.to}.</p>
      <CodeField onComplete={(code) => void flow.check(code)} invalid={flow.status === "rejected"} />
      {problem && <p role="alert">{problem}</p>}
      {flow.status === "rejected" && <p>{flow.attemptsLeft} attempts left.</p>}
      <ResendButton flow={flow} />
      <button type="button" onClick={flow.changeNumber}>
        Change number
      </button>
    </div>
  );
}

/** In the app: the browser client of the backend adapter, mounted at `/api`. */
export function App() {
  const [adapter] = useState(() => createVerifyApiClient({ baseUrl: "/api" }));
  return (
    <VerificationProvider adapter={adapter}>
      <VerifyPhone onVerified={(phone) => console.info(`${phone} verified`)} />
    </VerificationProvider>
  );
}
