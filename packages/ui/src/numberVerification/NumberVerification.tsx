import { type CountryCode, VerifyError } from "@verify-kit/core";
import { type NumberVerificationPart, numberVerificationCue } from "@verify-kit/core/flows";
import {
  clock,
  displayPhone,
  errorText,
  fill,
  type NumberVerificationMessages,
  numberVerificationMessages,
  waitText,
} from "@verify-kit/core/texts";
import {
  type NumberVerifyPollState,
  useCountdown,
  useElapsedSeconds,
  useNumberVerifyPoll,
} from "@verify-kit/react";
import { type CSSProperties, type ReactNode, useEffect, useRef, useState } from "react";
import type { PhoneVerificationProps } from "../phoneVerification/PhoneVerification.js";
import { type FlowFormProps, FlowRoot } from "../support/FlowRoot.js";
import { type HeadingLevel, StepHeading } from "../support/flowParts.js";
import { useAnnouncer } from "../support/LiveRegion.js";
import { onDemand } from "../support/onDemand.js";
import { PhoneStep } from "../support/PhoneStep.js";
import { readPhone } from "../support/readPhone.js";
import { useHydrated } from "../support/useHydrated.js";
import { useIsomorphicLayoutEffect } from "../support/useIsomorphicLayoutEffect.js";
import { useKitMessages } from "../support/useKitMessages.js";
import { type PartRefs, useStepCues } from "../support/useStepCues.js";
import { WaitingButton } from "../support/WaitingButton.js";
import { QrCode, qrEncoder } from "./QrCode.js";

/**
 * The SMS fallback (`PhoneVerification`, its code step and PIN input): a chunk of its own, loaded as the user
 * heads for it (pointer over, focus or press on its button) or a failed check offers it, so that the switch
 * shows the code step at once, and a page that never falls back never pays for it.
 */
export const smsFallback = onDemand(() =>
  import("../phoneVerification/PhoneVerification.js").then((module) => module.PhoneVerification),
);
/** Props of a button leading to the SMS fallback: it starts loading as the user heads for it. */
const headsForSms = {
  onPointerEnter: () => void smsFallback.load().catch(() => undefined),
  onPointerDown: () => void smsFallback.load().catch(() => undefined),
  onFocus: () => void smsFallback.load().catch(() => undefined),
};

type VerifiedState = Extract<NumberVerifyPollState, { status: "verified" }>;
export interface NumberVerificationProps extends FlowFormProps {
  /** The number to check, international form; the field starts with it. */
  defaultPhone?: string | undefined;
  /** The country picked at first. @default the country of the browser's language */
  defaultCountry?: CountryCode | undefined;
  /** The countries the phone field offers. @default every country */
  countries?: readonly CountryCode[] | undefined;
  /**
   * Where the user is: on a phone, a button opens the operator's page; on a desktop, a QR code of it and a
   * "Copy link" button. @default "auto" (the browser's own report, else its user agent)
   */
  device?: "auto" | "phone" | "desktop" | undefined;
  /** Seconds before the check gives up waiting for the phone. @default 120 */
  deadlineS?: number | undefined;
  /** Stop polling while the page is hidden. @default false (on a desktop, the user is on the phone) */
  pauseWhenHidden?: boolean | undefined;
  /** Called once when the operator confirms the number. */
  onVerified?: ((state: VerifiedState) => void) | undefined;
  /**
   * Called by "Get a code by SMS instead" with the number, instead of switching to `PhoneVerification`
   * in place (for an app that routes to its own screen).
   */
  onFallbackToSms?: ((phone: string) => void) | undefined;
  /**
   * Props of the `PhoneVerification` the fallback switches to (`askConsent`, `onVerified`...); it takes this
   * flow's `name` and `required`.
   */
  smsProps?: Omit<PhoneVerificationProps, "defaultPhone" | "name" | "required"> | undefined;
  /** The level of the steps' headings. @default 2 */
  headingLevel?: HeadingLevel | undefined;
  /** Focuses the phone field when the flow mounts. @default false */
  autoFocus?: boolean | undefined;
  /** Strings to use instead of the locale's (see `UiMessagesProvider`). */
  messages?: Partial<NumberVerificationMessages> | undefined;
  /** Classes of the outer element (`vk-flow vk-number-verification` are always there). */
  className?: string | undefined;
  style?: CSSProperties | undefined;
}

interface NavigatorWithHints {
  readonly userAgentData?: { readonly mobile?: boolean };
}

/** Whether this browser runs on a phone: its own report where it gives one, else its user agent. */
export function isPhoneBrowser(): boolean {
  if (typeof navigator === "undefined") return false;
  const reported = (navigator as NavigatorWithHints).userAgentData?.mobile;
  return reported ?? /Android|iPhone|iPod|Mobile|IEMobile|Opera Mini/i.test(navigator.userAgent);
}

/**
 * The operator check on `useNumberVerifyPoll`, explained in one sentence. On a phone, a button opens the
 * operator's page (with Wi-Fi off); on a desktop, a QR code of it and "Copy link". While it waits: the time
 * since it started, a line while the connection is retried, and Cancel. Then success, or the reason it
 * failed with a retry where it may help (waiting out a limit's delay, which it shows) and, where the SMS code
 * is the way on, a one-click switch to `PhoneVerification` with the number filled in. Focus follows each
 * step, and each step and error is announced politely. Needs a `VerificationProvider`.
 */
export function NumberVerification({
  defaultPhone,
  defaultCountry,
  countries,
  device = "auto",
  deadlineS,
  pauseWhenHidden,
  onVerified,
  onFallbackToSms,
  smsProps,
  headingLevel = 2,
  autoFocus = false,
  name,
  required = false,
  messages: overrides,
  className,
  style,
}: NumberVerificationProps) {
  const { messages, locale } = useKitMessages(numberVerificationMessages, overrides);
  const poll = useNumberVerifyPoll({ deadlineS, pauseWhenHidden, onVerified });
  const { state } = poll;
  // The device is the browser's to tell: never asked on a server, nor while hydrating (a desktop until then;
  // only the steps after the number, which no server renders, differ).
  const hydrated = useHydrated();
  const onPhone = device === "auto" ? hydrated && isPhoneBrowser() : device === "phone";
  const [phone, setPhone] = useState(defaultPhone ?? "");
  const [phoneError, setPhoneError] = useState<VerifyError | undefined>(undefined);
  const [smsPhone, setSmsPhone] = useState<string | undefined>(undefined);
  // The link as text, to select by hand: "selected" (with the focus) when the user asked to copy it and the clipboard refused,
  // "shown" when the QR code cannot be drawn (the focus stays where it is).
  const [showLink, setShowLink] = useState<false | "shown" | "selected">(false);
  const linkRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (showLink === "selected") linkRef.current?.select();
  }, [showLink]);
  // The flow's status now, read when a switch to the SMS code has waited for its chunk: what happened
  // meanwhile (the phone verified the number, Cancel, a new check) wins over the earlier click.
  const statusNow = useRef(state.status);
  useIsomorphicLayoutEffect(() => {
    statusNow.current = state.status;
  });
  const [text, announce] = useAnnouncer();
  const retryAt = state.status === "failed" || state.status === "error" ? state.retryAt : undefined;
  // Re-renders the flow once a second while a limit's wait runs (on the failure step, which is small).
  const waitS = useCountdown(retryAt);

  const fieldRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const alertRef = useRef<HTMLParagraphElement>(null);
  const parts: PartRefs<NumberVerificationPart> = {
    phone: fieldRef,
    heading: headingRef,
    alert: alertRef,
  };

  // Set when the check gives way to the SMS code: its cancellation is that switch, said already.
  const switchedToSms = useRef(false);
  // Each new state: say it and move focus where core's rules for the operator check say.
  useStepCues(
    state,
    (before, next) => numberVerificationCue(before, next, { messages, locale, onPhone }),
    parts,
    (said) => {
      if (!switchedToSms.current) announce(said);
    },
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: on mount only
  useEffect(() => {
    if (autoFocus) fieldRef.current?.focus();
  }, []);

  const phoneStep = state.status === "idle" || state.status === "starting";
  const root = (step: string, children: ReactNode) => (
    <FlowRoot
      flow="number-verification"
      className={className}
      style={style}
      step={step}
      status={state.status}
      announced={text}
      onEnter={phoneStep ? submit : undefined}
      // The SMS fallback's flow takes this part once it shows.
      form={
        step === "sms"
          ? undefined
          : {
              name,
              required,
              value: state.status === "verified" ? state.phone : "",
              proof: state.status === "verified" ? (state.proof ?? "") : "",
              missingMessage: messages.numberVerificationRequired,
              onMissing(first) {
                announce(messages.numberVerificationRequired);
                if (first) (phoneStep ? fieldRef : headingRef).current?.focus();
              },
            }
      }
    >
      {children}
    </FlowRoot>
  );

  /** The SMS code instead, sent at once: one click from the choice to the code field. */
  function toSms(e164: string) {
    if (!onFallbackToSms) switchedToSms.current = true;
    poll.cancel();
    if (onFallbackToSms) onFallbackToSms(e164);
    else {
      setSmsPhone(e164);
      announce(fill(messages.numberVerificationSmsStep, { phone: displayPhone(e164) }));
    }
  }

  /**
   * Switches to the SMS code once its number is known and its flow has loaded (at once when it already has,
   * as it mostly does: it loads as the user heads for the button). A flow that cannot load (the network) is
   * said, and the step stays.
   */
  function switchToSms(phoneOf: () => Promise<string | undefined> | string | undefined) {
    const clickedOn = state.status;
    const loaded = onFallbackToSms ? undefined : smsFallback.load();
    void Promise.all([phoneOf(), loaded]).then(
      ([e164]) => {
        // Verified, cancelled or started again meanwhile: no SMS, the flow stays where it went. (A second
        // press while it waits switches to the same step: one code goes out.)
        if (e164 !== undefined && statusNow.current === clickedOn) toSms(e164);
      },
      () => announce(errorText(new VerifyError("network_error"), messages)),
    );
  }

  // A failed check that offers the SMS code: its flow loads while the user reads why.
  const offersSms = state.status === "failed" && state.fallbackToSms && !onFallbackToSms;
  useEffect(() => {
    if (offersSms) smsFallback.load().catch(() => undefined);
  }, [offersSms]);

  /** "Text me a code instead" (secondary), from the start and while the check waits. */
  const textInstead = (phoneOf: () => Promise<string | undefined> | string | undefined) => (
    <button
      type="button"
      className="vk-button"
      data-variant="secondary"
      {...headsForSms}
      onClick={() => switchToSms(phoneOf)}
    >
      {messages.numberVerificationTextInstead}
    </button>
  );

  const SmsFlow = smsFallback.current();
  if (smsPhone !== undefined && SmsFlow !== undefined) {
    // Inside this flow's root: its live region, kept mounted, says the step changed (the new flow's own
    // region starts empty, and a region only speaks a change).
    return root(
      "sms",
      <SmsFlow
        headingLevel={headingLevel}
        countries={countries}
        {...smsProps}
        defaultPhone={smsPhone}
        name={name}
        required={required}
        sendAtOnce
        autoFocus
      />,
    );
  }

  /** The number typed, in E.164; undefined (said and shown) when it is not valid. */
  async function typedPhone(): Promise<string | undefined> {
    const read = await readPhone(phone);
    if (read.ok) return read.value.e164;
    setPhoneError(read.error);
    announce(errorText(read.error, messages));
    fieldRef.current?.focus();
    return undefined;
  }

  function submit() {
    if (state.status === "starting") return;
    // On a desktop the check waits on a QR code: its encoder loads while the check starts.
    if (!onPhone) qrEncoder.load().catch(() => undefined);
    void typedPhone().then((e164) => {
      if (e164 !== undefined) void poll.start(e164);
    });
  }

  if (state.status === "idle" || state.status === "starting") {
    const starting = state.status === "starting";
    return root(
      "phone",
      <PhoneStep
        title={messages.numberVerificationTitle}
        intro={messages.numberVerificationIntro}
        headingLevel={headingLevel}
        fieldRef={fieldRef}
        phone={phone}
        defaultCountry={defaultCountry}
        countries={countries}
        error={phoneError === undefined ? undefined : errorText(phoneError, messages)}
        onPhoneChange={(event) => {
          setPhone(event.value);
          setPhoneError(undefined);
        }}
      >
        <div className="vk-flow__actions">
          <WaitingButton
            submits
            progress={starting}
            progressLabel={messages.numberVerificationStarting}
            onClick={submit}
          >
            {messages.numberVerificationStart}
          </WaitingButton>
          {textInstead(typedPhone)}
        </div>
      </PhoneStep>,
    );
  }

  if (state.status === "pending") {
    return root(
      "pending",
      <div className="vk-flow__step">
        <StepHeading level={headingLevel} className="vk-flow__title" headingRef={headingRef}>
          {onPhone ? messages.numberVerificationOpenTitle : messages.numberVerificationScanTitle}
        </StepHeading>
        {onPhone ? (
          <>
            <p className="vk-flow__text">{messages.numberVerificationWifiHint}</p>
            <div className="vk-flow__actions">
              <a className="vk-button" href={state.url} target="_blank" rel="noopener noreferrer">
                {messages.numberVerificationOpen}
              </a>
            </div>
          </>
        ) : (
          <>
            <p className="vk-flow__text">
              {fill(messages.numberVerificationScan, { phone: displayPhone(state.phone) })}
            </p>
            <QrCode
              text={state.url}
              label={messages.numberVerificationQrLabel}
              // No code to scan: the link, to select by hand, as when the clipboard refuses.
              onUnavailable={() => setShowLink((shown) => shown || "shown")}
            />
            <div className="vk-flow__actions">
              <button
                type="button"
                className="vk-button"
                data-variant="secondary"
                onClick={() => {
                  const copied =
                    navigator.clipboard?.writeText(state.url) ?? Promise.reject(new Error("no clipboard"));
                  copied.then(
                    () => announce(messages.numberVerificationCopied),
                    () => {
                      setShowLink("selected");
                      linkRef.current?.select();
                      announce(messages.numberVerificationCopyFailed);
                    },
                  );
                }}
              >
                {messages.numberVerificationCopy}
              </button>
            </div>
            {showLink ? (
              <input
                className="vk-flow__link"
                readOnly
                value={state.url}
                aria-label={messages.numberVerificationLinkLabel}
                ref={linkRef}
                onFocus={(event) => event.currentTarget.select()}
              />
            ) : null}
          </>
        )}
        <Elapsed since={state.startedAt} template={messages.numberVerificationWaiting} />
        {state.retrying === undefined ? null : (
          <p className="vk-flow__muted">{messages.numberVerificationRetrying}</p>
        )}
        <div className="vk-flow__actions">
          {textInstead(() => state.phone)}
          <button type="button" className="vk-button" data-variant="link" onClick={poll.cancel}>
            {messages.numberVerificationCancel}
          </button>
        </div>
      </div>,
    );
  }

  if (state.status === "verified") {
    return root(
      "verified",
      <div className="vk-flow__success">
        <StepHeading level={headingLevel} className="vk-flow__success-title" headingRef={headingRef}>
          {messages.numberVerificationVerifiedTitle}
        </StepHeading>
        <p className="vk-flow__text">
          {fill(messages.numberVerificationVerified, { phone: displayPhone(state.phone) })}
        </p>
      </div>,
    );
  }

  const failedPhone = state.phone;
  return root(
    "failed",
    <div className="vk-flow__step">
      <StepHeading level={headingLevel} className="vk-flow__title">
        {messages.numberVerificationFailedTitle}
      </StepHeading>
      <p className="vk-flow__alert" ref={alertRef} tabIndex={-1}>
        {errorText(state.error, messages)}
        {waitS > 0 ? ` ${waitText(messages.numberVerificationRetryWhen, waitS, locale)}` : null}
      </p>
      <div className="vk-flow__actions">
        {state.fallbackToSms ? (
          <button
            type="button"
            className="vk-button"
            {...headsForSms}
            onClick={() => switchToSms(() => failedPhone)}
          >
            {messages.numberVerificationUseSms}
          </button>
        ) : null}
        {state.error.retryable ? (
          <WaitingButton
            variant={state.fallbackToSms ? "secondary" : undefined}
            until={retryAt}
            waitLabel={(seconds) => waitText(messages.numberVerificationRetryIn, seconds, locale)}
            onClick={() => void poll.restart()}
          >
            {messages.numberVerificationRetry}
          </WaitingButton>
        ) : null}
        <button type="button" className="vk-button" data-variant="link" onClick={poll.cancel}>
          {messages.numberVerificationOtherNumber}
        </button>
      </div>
    </div>,
  );
}

/** The time since the check started; only this line re-renders each second. */
function Elapsed({ since, template }: { readonly since: number; readonly template: string }) {
  const seconds = useElapsedSeconds(since);
  return <p className="vk-flow__muted">{fill(template, { time: clock(seconds) })}</p>;
}
