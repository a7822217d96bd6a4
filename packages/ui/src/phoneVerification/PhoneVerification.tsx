import {
  type ConsentChannels as ConsentFlags,
  type ErrorCode,
  hasAnyConsent,
  parsePhone,
  type VerifyError,
} from "@verify-kit/core";
import type { ErrorMessages } from "@verify-kit/core/messages";
import {
  type PinVerification,
  type PinVerificationState,
  sessionOf,
  useCountdown,
  useExpiryCountdown,
  usePinVerification,
  useResendCountdown,
  type VerifiedPinState,
} from "@verify-kit/react";
import type { CountryCode } from "libphonenumber-js/max";
import { type CSSProperties, type ReactNode, type Ref, useEffect, useId, useRef, useState } from "react";
import { ConsentChannels } from "../consentChannels/ConsentChannels.js";
import { ConsentChannelsField } from "../consentChannels/ConsentChannelsField.js";
import type { UiLocale } from "../messages/uiMessages.js";
import { PinInput } from "../pinInput/PinInput.js";
import { type FlowFormProps, FlowRoot } from "../support/FlowRoot.js";
import {
  clock,
  displayPhone,
  errorText,
  type HeadingLevel,
  StepHeading,
  waitText,
} from "../support/flowParts.js";
import { useAnnouncer } from "../support/LiveRegion.js";
import { PhoneStep } from "../support/PhoneStep.js";
import { fill, plural, useKitMessages } from "../support/useKitMessages.js";
import { type PhoneVerificationMessages, phoneVerificationMessages } from "./phoneVerificationMessages.js";

export interface PhoneVerificationProps extends FlowFormProps {
  /** The number to start with, international form (e.g. the one an operator check could not verify). */
  defaultPhone?: string | undefined;
  /** The country picked at first. @default the country of the browser's language */
  defaultCountry?: CountryCode | undefined;
  /** The countries the phone field offers. @default every country */
  countries?: readonly CountryCode[] | undefined;
  /**
   * Whether to ask which channels the user may be contacted by, recorded by DQE with the code. The code
   * itself never depends on it, except with `"required"`:
   * - `"off"`: not asked, no consent sent, no preferences shown on success;
   * - `"optional"`: asked apart from the number, said to be optional; the code goes whatever is ticked (DQE
   *   gets the flags only when one is);
   * - `"required"`: at least one channel before the code is sent (for a DQE account that refuses a code
   *   without consent, error 11, `consent_required_by_dqe`).
   * @default "off"
   */
  consent?: ConsentMode | undefined;
  /** @deprecated `consent="required"` (what `askConsent` did). */
  askConsent?: boolean | undefined;
  /** The channels ticked at first when consent is asked. @default none */
  defaultConsent?: ConsentFlags | undefined;
  /** Digits in the code. @default 6 */
  codeLength?: number | undefined;
  /**
   * Fills the code from the SMS with the WebOTP API where the browser has it (Chrome on Android); it needs the
   * server's SMS to end with `@host #` (`DQE_SMS_WEBOTP_HOST`). Autofill (`one-time-code`) works without it.
   * @default false
   */
  webOtp?: boolean | undefined;
  /** Called once when the number is verified, with the verified number and the consent recorded. */
  onVerified?: ((state: VerifiedPinState) => void) | undefined;
  /** The level of the steps' headings. @default 2 */
  headingLevel?: HeadingLevel | undefined;
  /**
   * Sends the code to `defaultPhone` as soon as the flow mounts: a switch from another way (NumberVerification's
   * "Text me a code instead") is then one click from the choice to the code field. Not with
   * `consent="required"`, which must be answered first. @default false
   */
  sendAtOnce?: boolean | undefined;
  /** Focuses the phone field when the flow mounts. @default false */
  autoFocus?: boolean | undefined;
  /** Strings to use instead of the locale's (see `UiMessagesProvider`). */
  messages?: Partial<PhoneVerificationMessages> | undefined;
  /** Classes of the outer element (`vk-flow vk-phone-verification` are always there). */
  className?: string | undefined;
  style?: CSSProperties | undefined;
}

type Messages = PhoneVerificationMessages & ErrorMessages;

// Errors about the number itself: shown on the phone field rather than above the button.
const numberErrors: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  "phone_empty",
  "phone_too_short",
  "phone_too_long",
  "phone_invalid",
  "phone_invalid_country",
  "phone_not_mobile",
  "sms_undeliverable",
  "sms_rejected",
  "number_unknown",
  "country_invalid",
  "country_not_found",
]);

const noConsent: ConsentFlags = { phone: false, post: false, sms: false, email: false };

/** How `PhoneVerification` asks for consent (see its `consent` prop). */
export type ConsentMode = "off" | "optional" | "required";

/** What the live region says when the flow reaches `state` from `before`. */
function announcement(
  state: PinVerificationState,
  before: PinVerificationState,
  messages: Messages,
  locale: UiLocale,
): string | undefined {
  switch (state.status) {
    case "idle":
      // Back from the code step (Change number, Start again): focus is on the number, say why.
      return sessionOf(before) === undefined ? undefined : messages.phoneVerificationNumberStep;
    case "sending":
      return messages.phoneVerificationSending;
    case "sent":
      return fill(
        before.status === "sending" && before.session
          ? messages.phoneVerificationResentTo
          : messages.phoneVerificationSentTo,
        { phone: displayPhone(state.to) },
      );
    case "checking":
      return messages.phoneVerificationChecking;
    case "rejected":
      return `${errorText(state.error, messages)} ${attemptsLeft(state.attemptsLeft, messages, locale)}`;
    case "error":
      return retryText(state.error, state.retryAfterS, messages, locale);
    case "expired":
    case "locked":
    case "undeliverable":
      return errorText(state.error, messages);
    case "verified":
      return fill(messages.phoneVerificationVerified, { phone: displayPhone(state.to) });
    default:
      return undefined;
  }
}

function attemptsLeft(count: number, messages: Messages, locale: UiLocale): string {
  return plural(
    locale,
    count,
    messages.phoneVerificationAttemptsLeftOne,
    messages.phoneVerificationAttemptsLeftOther,
  );
}

function retryText(
  error: VerifyError,
  retryAfterS: number | undefined,
  messages: Messages,
  locale: UiLocale,
): string {
  const text = errorText(error, messages);
  return retryAfterS ? `${text} ${waitText(messages.phoneVerificationRetryWhen, retryAfterS, locale)}` : text;
}

/**
 * The SMS code flow on `usePinVerification`: the number (and, with `consent`, the contact channels) ->
 * "Send code" -> the code, with where it went, "Change number", "Resend code" and its countdown, attempts
 * left, expiry -> verified, with the consent recorded. Every error shows the catalogue's message; retryable
 * ones offer a retry, limited ones say when. Focus moves to what each step asks for, and each step change
 * and error is announced in a polite live region. Needs a `VerificationProvider` above it.
 */
export function PhoneVerification({
  defaultPhone,
  defaultCountry,
  countries,
  consent: consentProp,
  askConsent = false,
  defaultConsent = noConsent,
  codeLength = 6,
  webOtp = false,
  onVerified,
  headingLevel = 2,
  sendAtOnce = false,
  autoFocus = false,
  name,
  required = false,
  messages: overrides,
  className,
  style,
}: PhoneVerificationProps) {
  const { messages, locale } = useKitMessages(phoneVerificationMessages, overrides);
  const consentMode: ConsentMode = consentProp ?? (askConsent ? "required" : "off");
  // The UI's language goes with every send: the SMS reads as the page does.
  const flow = usePinVerification({ onVerified, codeLength, locale });
  const { state } = flow;
  const session = sessionOf(state);
  const step = state.status === "verified" ? "verified" : session === undefined ? "phone" : "code";

  const [phone, setPhone] = useState(defaultPhone ?? "");
  const [phoneError, setPhoneError] = useState<VerifyError | undefined>(undefined);
  const [edited, setEdited] = useState(false);
  const [consent, setConsent] = useState(defaultConsent);
  const [consentTried, setConsentTried] = useState(false);
  const [code, setCode] = useState("");
  const [text, announce] = useAnnouncer();
  const retryAt = state.status === "error" ? state.retryAt : undefined;
  // A resend's limit outlives its error (a wrong code typed meanwhile, the code expiring): kept for the
  // session, so Resend keeps waiting it out. Written during render: the same value however often it runs.
  const resendLimit = useRef<number | undefined>(undefined);
  if (session === undefined) resendLimit.current = undefined;
  else if (state.status === "error" && state.failed === "resend" && retryAt !== undefined)
    resendLimit.current = retryAt;

  const fieldRef = useRef<HTMLInputElement>(null);
  const consentRef = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLParagraphElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const resendRef = useRef<HTMLButtonElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const lastCode = useRef("");
  const errorId = `${useId()}code-error`;

  // Each new state: announce it, clear a refused code, and move focus to what the step now asks for.
  const previous = useRef(state);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per state
  useEffect(() => {
    const before = previous.current;
    if (before === state) return;
    previous.current = state;
    const said = announcement(state, before, messages, locale);
    if (said !== undefined) announce(said);
    if (state.status === "rejected" || state.status === "sent") setCode("");
    const target = focusTarget(state, before);
    target?.current?.focus();
    // The button just used may be gone (Try again while the code is checked): keep focus in the step.
    if (document.activeElement === document.body) (sessionOf(state) ? codeRef : fieldRef).current?.focus();
  }, [state]);

  function focusTarget(next: PinVerificationState, before: PinVerificationState) {
    switch (next.status) {
      case "idle":
        return fieldRef;
      case "sent":
        return before.status === "sending" ? codeRef : undefined;
      case "rejected":
        return codeRef;
      case "expired":
        return resendRef;
      case "undeliverable":
        return fieldRef;
      case "locked":
        return alertRef;
      case "error":
        return next.session === undefined && numberErrors.has(next.error.code) ? fieldRef : alertRef;
      case "verified":
        return titleRef;
      default:
        return undefined;
    }
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: on mount only
  useEffect(() => {
    if (autoFocus) fieldRef.current?.focus();
    if (sendAtOnce && consentMode !== "required") submitPhone();
  }, []);

  const stateError = "error" in state ? state.error : undefined;
  const busy = state.status === "sending" || state.status === "checking";

  function submitPhone() {
    // A limit's wait holds for the number it was about, not for an edited one.
    if (busy || (!edited && retryAt !== undefined && Date.now() < retryAt)) return;
    const read = parsePhone(phone);
    if (!read.ok) {
      setPhoneError(read.error);
      announce(errorText(read.error, messages));
      fieldRef.current?.focus();
      return;
    }
    if (consentMode === "required" && !hasAnyConsent(consent)) {
      setConsentTried(true);
      announce(messages.consent_required);
      consentRef.current?.focus();
      return;
    }
    setEdited(false);
    void flow.send({ phone: read.value.e164, ...(consentMode === "off" ? {} : { consent }) });
  }

  function checkCode(value: string) {
    lastCode.current = value;
    void flow.check(value);
  }

  const root = (children: ReactNode) => (
    <FlowRoot
      flow="phone-verification"
      className={className}
      style={style}
      step={step}
      status={state.status}
      announced={text}
      onEnter={() => {
        if (step === "phone") submitPhone();
        // Enter checks a whole code (the same check as its completion: one request).
        else if (step === "code" && code.length === codeLength) checkCode(code);
      }}
      form={{
        name,
        required,
        value: state.status === "verified" ? state.to : "",
        missingMessage: messages.phoneVerificationRequired,
        onMissing(first) {
          announce(messages.phoneVerificationRequired);
          if (first) (session === undefined ? fieldRef : codeRef).current?.focus();
        },
      }}
    >
      {children}
    </FlowRoot>
  );

  if (state.status === "verified") {
    return root(
      <div className="vk-flow__success">
        <StepHeading level={headingLevel} className="vk-flow__success-title" headingRef={titleRef}>
          {messages.phoneVerificationVerifiedTitle}
        </StepHeading>
        <p className="vk-flow__text">
          {fill(messages.phoneVerificationVerified, { phone: displayPhone(state.to) })}
        </p>
        {consentMode === "off" ? null : (
          // Only when it was asked: a list of "not allowed" nobody chose says nothing but confusion.
          <>
            <p className="vk-flow__muted">{messages.phoneVerificationConsent}</p>
            <ConsentChannels channels={state.channels} />
          </>
        )}
      </div>,
    );
  }

  if (session === undefined) {
    // Once the number is edited, the last answer was about another number: its error and retry go.
    const lastError = edited ? undefined : stateError;
    const serverNumberError =
      lastError !== undefined && numberErrors.has(lastError.code) ? lastError : undefined;
    const fieldError = phoneError ?? serverNumberError;
    const alert = lastError !== undefined && fieldError === undefined ? lastError : undefined;
    const retrying = !edited && state.status === "error" && state.retryable;
    return root(
      <PhoneStep
        title={messages.phoneVerificationTitle}
        intro={messages.phoneVerificationIntro}
        headingLevel={headingLevel}
        fieldRef={fieldRef}
        phone={phone}
        defaultCountry={defaultCountry}
        countries={countries}
        error={fieldError === undefined ? undefined : errorText(fieldError, messages)}
        onPhoneChange={(event) => {
          setPhone(event.value);
          setPhoneError(undefined);
          setEdited(true);
        }}
      >
        {consentMode === "off" ? null : (
          // Set apart from the number and "Send code" by a rule, and said not to be the code's channel.
          <div className="vk-flow__consent" data-consent={consentMode}>
            <ConsentChannelsField
              ref={consentRef}
              value={consent}
              onChange={setConsent}
              required={consentMode === "required"}
              hint={consentMode === "optional" ? messages.phoneVerificationConsentOptional : undefined}
              showError={consentTried}
            />
          </div>
        )}
        {alert === undefined ? null : (
          <p className="vk-flow__alert" ref={alertRef} tabIndex={-1}>
            {errorText(alert, messages)}
          </p>
        )}
        <div className="vk-flow__actions">
          <WaitingButton
            submits
            busy={busy}
            until={retrying ? retryAt : undefined}
            onClick={submitPhone}
            messages={messages}
            locale={locale}
          >
            {busy
              ? messages.phoneVerificationSending
              : retrying
                ? messages.phoneVerificationRetry
                : messages.phoneVerificationSend}
          </WaitingButton>
        </div>
      </PhoneStep>,
    );
  }

  const codeError =
    state.status === "rejected"
      ? `${errorText(state.error, messages)} ${attemptsLeft(state.attemptsLeft, messages, locale)}`
      : state.status === "expired"
        ? errorText(state.error, messages)
        : undefined;
  const codeAlert = state.status === "error" ? state.error : undefined;
  return root(
    <div className="vk-flow__step">
      <StepHeading level={headingLevel} className="vk-flow__title">
        {messages.phoneVerificationCodeTitle}
      </StepHeading>
      <p className="vk-flow__text">
        {fill(messages.phoneVerificationSentTo, { phone: displayPhone(session.to) })}{" "}
        <button type="button" className="vk-button" data-variant="link" onClick={flow.changeNumber}>
          {messages.phoneVerificationChangeNumber}
        </button>
      </p>
      <PinInput
        ref={codeRef}
        label={messages.phoneVerificationCodeLabel}
        length={codeLength}
        value={code}
        onChange={(event) => setCode(event.value)}
        onComplete={checkCode}
        readOnly={state.status === "checking"}
        disabled={state.status === "expired"}
        webOtp={webOtp}
        invalid={codeError !== undefined}
        aria-describedby={codeError === undefined ? undefined : errorId}
        // The flow's live region speaks every error once; the field's own would repeat it.
        messages={{ pinInputInvalid: "" }}
      />
      {codeError === undefined ? null : (
        <p id={errorId} className="vk-field-error">
          {codeError}
        </p>
      )}
      {state.status === "checking" ? (
        <p className="vk-flow__muted">{messages.phoneVerificationChecking}</p>
      ) : null}
      {state.status === "sent" || state.status === "rejected" ? (
        <ExpiryNote state={state} messages={messages} />
      ) : null}
      {codeAlert === undefined ? null : (
        // The wait, if any, counts down on the button it holds back.
        <p className="vk-flow__alert" ref={alertRef} tabIndex={-1}>
          {errorText(codeAlert, messages)}
        </p>
      )}
      <div className="vk-flow__actions">
        {state.status === "error" && state.retryable && state.failed === "check" ? (
          <WaitingButton
            until={retryAt}
            onClick={() => checkCode(lastCode.current)}
            messages={messages}
            locale={locale}
          >
            {messages.phoneVerificationRetry}
          </WaitingButton>
        ) : null}
        <ResendButton
          flow={flow}
          until={resendLimit.current}
          messages={messages}
          locale={locale}
          buttonRef={resendRef}
        />
      </div>
    </div>,
  );
}

/**
 * A button that waits: `aria-disabled` (still in the tab order, still says why) while busy or counting down.
 * `submits`: the step's main action, which the phone field treats like a form's submit button.
 */
function WaitingButton({
  submits = false,
  busy = false,
  until,
  onClick,
  messages,
  locale,
  children,
}: {
  readonly submits?: boolean;
  readonly busy?: boolean;
  readonly until: number | undefined;
  readonly onClick?: () => void;
  readonly messages: Messages;
  readonly locale: UiLocale;
  readonly children: string;
}) {
  const seconds = useCountdown(until);
  const waiting = busy || seconds > 0;
  return (
    <button
      type="button"
      className="vk-button"
      data-vk-submit={submits ? "" : undefined}
      aria-disabled={waiting || undefined}
      onClick={(event) => {
        if (waiting) event.preventDefault();
        else onClick?.();
      }}
    >
      {seconds > 0 ? waitText(messages.phoneVerificationRetryIn, seconds, locale) : children}
    </button>
  );
}

/** Only this line re-renders as the code's lifetime runs down. */
function ExpiryNote({
  state,
  messages,
}: {
  readonly state: PinVerificationState;
  readonly messages: Messages;
}) {
  const seconds = useExpiryCountdown(state);
  if (seconds <= 0) return null;
  return (
    <p className="vk-flow__muted">{fill(messages.phoneVerificationExpiresIn, { time: clock(seconds) })}</p>
  );
}

/**
 * "Resend code", with its countdown (the session's cooldown, or the wait of a limit the last resend hit):
 * only this button re-renders each second. With no resend left, "Start again" (a new send) takes its place.
 */
function ResendButton({
  flow,
  until,
  messages,
  locale,
  buttonRef,
}: {
  readonly flow: PinVerification;
  readonly until: number | undefined;
  readonly messages: Messages;
  readonly locale: UiLocale;
  readonly buttonRef: Ref<HTMLButtonElement>;
}) {
  const { resendIn, canResend } = useResendCountdown(flow.state);
  const limitIn = useCountdown(until);
  const session = sessionOf(flow.state);
  if (session !== undefined && session.resendsLeft <= 0) {
    return (
      <>
        <p className="vk-flow__muted">{messages.phoneVerificationNoResendLeft}</p>
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
  const waitS = Math.max(resendIn, limitIn);
  const ready = canResend && limitIn === 0;
  const sending = flow.status === "sending";
  return (
    <button
      ref={buttonRef}
      type="button"
      className="vk-button"
      data-variant="secondary"
      aria-disabled={!ready || undefined}
      onClick={() => {
        if (ready) void flow.resend();
      }}
    >
      {sending
        ? messages.phoneVerificationSending
        : waitS > 0
          ? waitText(messages.phoneVerificationResendIn, waitS, locale)
          : messages.phoneVerificationResend}
    </button>
  );
}
