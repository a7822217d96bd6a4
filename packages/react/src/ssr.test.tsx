// @vitest-environment node
import { createVerifyApiClient } from "@verify-kit/core";
import { renderToString } from "react-dom/server";
import { expect, test, vi } from "vitest";
import {
  useCountdown,
  useElapsedSeconds,
  useNumberVerifyPoll,
  usePinInput,
  usePinVerification,
  useResendCountdown,
  VerificationProvider,
} from "./index.js";

function Screen() {
  const flow = usePinVerification();
  const { resendIn } = useResendCountdown(flow.state);
  const check = useNumberVerifyPoll();
  const pin = usePinInput({ onComplete: (code) => void flow.check(code) });
  return (
    <form>
      <p>{`${flow.status} ${check.status} ${resendIn}`}</p>
      <label {...pin.getLabelProps()} htmlFor={pin.getLabelProps().htmlFor}>
        Code
      </label>
      <div {...pin.getRootProps()}>
        {pin.slots.map((slot) => (
          <span key={slot.index} {...pin.getSlotProps(slot.index)}>
            {slot.char}
          </span>
        ))}
        <input {...pin.getInputProps()} />
      </div>
    </form>
  );
}

test("every hook renders on a server, without a window and without a request", () => {
  expect(typeof window).toBe("undefined");
  const fetch = vi.fn<typeof globalThis.fetch>();
  const html = renderToString(
    <VerificationProvider adapter={createVerifyApiClient({ fetch })}>
      <Screen />
    </VerificationProvider>,
  );
  expect(html).toContain("idle idle 0");
  expect(html).toContain('autoComplete="one-time-code"');
  expect(html).toContain('inputMode="numeric"');
  expect(html).toContain('data-part="slot"');
  expect(fetch).not.toHaveBeenCalled();
});

/** Countdowns to and from a deadline, and one without a deadline. */
function Countdowns({ deadline }: { readonly deadline: number }) {
  const left = useCountdown(deadline);
  const none = useCountdown(undefined);
  const since = useElapsedSeconds(deadline - 60_000);
  return <p>{`${left} ${none} ${since}`}</p>;
}

test("countdowns render on a server without reading the clock, which Next's prerender refuses", () => {
  const deadline = Date.now() + 30_000;
  const now = vi.spyOn(Date, "now").mockImplementation(() => {
    throw new Error("Date.now() read during render");
  });
  try {
    // No clock on the server: the browser counts once hydrated.
    expect(renderToString(<Countdowns deadline={deadline} />)).toBe("<p>0 0 0</p>");
  } finally {
    now.mockRestore();
  }
});
