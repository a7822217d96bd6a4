import { type PinSession, rejectedText, sentToText } from "@verify-kit/core/flows";
import type { ErrorMessages } from "@verify-kit/core/messages";
import {
  clock,
  errorText,
  fill,
  type PhoneVerificationMessages,
  type UiLocale,
  waitText,
} from "@verify-kit/core/texts";
import { type PinVerification, useExpiryCountdown } from "@verify-kit/react";
import { type Ref, useId } from "react";
import { PinInput } from "../pinInput/PinInput.js";
import { type HeadingLevel, StepHeading } from "../support/flowParts.js";
import { Progress } from "../support/Progress.js";
import { WaitingAlert } from "../support/WaitingAlert.js";
import { WaitingButton } from "../support/WaitingButton.js";

type Messages = PhoneVerificationMessages & ErrorMessages;

export interface CodeStepProps {
  readonly flow: PinVerification;
  /** The verification the code belongs to (the state's session). */
  readonly session: PinSession;
  /** The code typed so far. */
  readonly code: string;
  readonly onCodeChange: (code: string) => void;
  /** Checks a whole code (its completion, Enter, Try again). */
  readonly onCheck: (code: string) => void;
  /** The code last sent for checking, for Try again. */
  readonly lastCode: string;
  readonly codeRef: Ref<HTMLInputElement>;
  readonly resendRef: Ref<HTMLButtonElement>;
  readonly alertRef: Ref<HTMLParagraphElement>;
  readonly headingLevel: HeadingLevel;
  readonly messages: Messages;
  readonly locale: UiLocale;
  /** Fills the code from the SMS with the WebOTP API (PhoneVerification's `webOtp`). */
  readonly webOtp: boolean;
}

/**
 * The code step of `PhoneVerification`: where the code went and "Change number", the code field with a
 * wrong or expired code's message, the code's lifetime, a failed request's alert with Try again, and
 * Resend. Every wait is a time the flow's state holds.
 */
export function CodeStep({
  flow,
  session,
  code,
  onCodeChange,
  onCheck,
  lastCode,
  codeRef,
  resendRef,
  alertRef,
  headingLevel,
  messages,
  locale,
  webOtp,
}: CodeStepProps) {
  const { state } = flow;
  const errorId = `${useId()}code-error`;
  const codeError =
    state.status === "rejected"
      ? rejectedText(state, { messages, locale })
      : state.status === "expired"
        ? errorText(state.error, messages)
        : undefined;
  return (
    <div className="vk-flow__step">
      <StepHeading level={headingLevel} className="vk-flow__title">
        {messages.phoneVerificationCodeTitle}
      </StepHeading>
      <p className="vk-flow__text">
        {sentToText(session, { messages, locale })}{" "}
        <button type="button" className="vk-button" data-variant="link" onClick={flow.changeNumber}>
          {messages.phoneVerificationChangeNumber}
        </button>
      </p>
      <PinInput
        ref={codeRef}
        label={messages.phoneVerificationCodeLabel}
        value={code}
        onChange={(event) => onCodeChange(event.value)}
        onComplete={onCheck}
        readOnly={state.status === "checking"}
        aria-busy={state.status === "checking" || undefined}
        disabled={state.status === "expired"}
        webOtp={webOtp}
        invalid={codeError !== undefined}
        aria-describedby={codeError === undefined ? undefined : errorId}
        // The flow's live region speaks every error once, and "Checking the code…" when the code is
        // complete: the field's own would repeat them.
        messages={{ pinInputInvalid: "", pinInputComplete: "" }}
      />
      {codeError === undefined ? null : (
        <p id={errorId} className="vk-field-error">
          {codeError}
        </p>
      )}
      {state.status === "checking" ? (
        // In the place of the code's lifetime, one line as tall: nothing below it moves.
        <p className="vk-flow__progress">
          <Progress />
          {messages.phoneVerificationChecking}
        </p>
      ) : null}
      {state.status === "sent" || state.status === "rejected" || state.status === "sending" ? (
        // While a new code is on its way the current one still works: its lifetime stays, and nothing moves.
        <ExpiryNote flow={flow} messages={messages} />
      ) : null}
      {state.status === "error" ? (
        // The wait, if any, counts down on the button it holds back, and the sentence says the same.
        <WaitingAlert
          alertRef={alertRef}
          text={errorText(state.error, messages)}
          until={state.retryAt}
          whenText={(seconds) => waitText(messages.phoneVerificationRetryWhen, seconds, locale)}
        />
      ) : null}
      <div className="vk-flow__actions">
        {state.status === "error" && state.retryable && state.failed === "check" ? (
          <WaitingButton
            until={state.retryAt}
            waitLabel={(seconds) => waitText(messages.phoneVerificationRetryIn, seconds, locale)}
            onClick={() => onCheck(lastCode)}
          >
            {messages.phoneVerificationRetry}
          </WaitingButton>
        ) : null}
        <ResendButton
          flow={flow}
          session={session}
          messages={messages}
          locale={locale}
          buttonRef={resendRef}
        />
      </div>
    </div>
  );
}

/** Only this line re-renders as the code's lifetime runs down. */
function ExpiryNote({ flow, messages }: { readonly flow: PinVerification; readonly messages: Messages }) {
  const seconds = useExpiryCountdown(flow.state);
  if (seconds <= 0) return null;
  return (
    <p className="vk-flow__muted">{fill(messages.phoneVerificationExpiresIn, { time: clock(seconds) })}</p>
  );
}

/**
 * "Resend code", waiting until the session's `resendAvailableAt` (the cooldown, or the time of a limit a
 * resend ran into, which the state keeps for the session). With no resend left, "Start again" (a new send)
 * takes its place.
 */
function ResendButton({
  flow,
  session,
  messages,
  locale,
  buttonRef,
}: {
  readonly flow: PinVerification;
  readonly session: PinSession;
  readonly messages: Messages;
  readonly locale: UiLocale;
  readonly buttonRef: Ref<HTMLButtonElement>;
}) {
  if (session.resendsLeft <= 0) {
    // Right after the last resend delivered its code, the sent line says it was the last one: the notice
    // is news only once that code is of no more use (expired, a refused resend) or none was ever resent.
    const justResent =
      session.resentAt !== undefined &&
      (flow.state.status === "sent" || flow.state.status === "checking" || flow.state.status === "rejected");
    return (
      <>
        {justResent ? null : <p className="vk-flow__muted">{messages.phoneVerificationNoResendLeft}</p>}
        <button
          ref={buttonRef}
          type="button"
          className="vk-button"
          data-variant="secondary"
          onClick={flow.changeNumber}
        >
          {messages.phoneVerificationStartAgain}
        </button>
      </>
    );
  }
  return (
    <WaitingButton
      variant="secondary"
      buttonRef={buttonRef}
      // While the code is checked it waits; while a new one is sent, that is its own request.
      busy={flow.status === "checking"}
      progress={flow.status === "sending"}
      progressLabel={messages.phoneVerificationSending}
      until={session.resendAvailableAt}
      waitLabel={(seconds) => waitText(messages.phoneVerificationResendIn, seconds, locale)}
      onClick={() => void flow.resend()}
    >
      {messages.phoneVerificationResend}
    </WaitingButton>
  );
}
