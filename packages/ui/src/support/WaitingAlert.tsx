import { useCountdown } from "@verify-kit/react";
import type { Ref } from "react";

/**
 * A step's alert: an error's message, then, while `until` (epoch ms, the same time the button beside it
 * waits for) is ahead, `whenText(seconds)` ("You can try again in 55 minutes."), so that the sentence and
 * the button say the same wait. Only this line re-renders as the seconds run.
 */
export function WaitingAlert({
  text,
  until,
  whenText,
  alertRef,
}: {
  readonly text: string;
  readonly until: number | undefined;
  readonly whenText: (seconds: number) => string;
  readonly alertRef: Ref<HTMLParagraphElement>;
}) {
  const seconds = useCountdown(until);
  return (
    <p className="vk-flow__alert" ref={alertRef} tabIndex={-1}>
      {seconds > 0 ? `${text} ${whenText(seconds)}` : text}
    </p>
  );
}
