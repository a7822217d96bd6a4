import {
  type ConsentChannels as ConsentFlags,
  type CountryCode,
  errorCatalogue,
  hasAnyConsent,
  type VerifyError,
} from "@verify-kit/core";
import { type PinVerificationPart, pinVerificationCue } from "@verify-kit/core/flows";
import {
  displayPhone,
  errorText,
  fill,
  type PhoneVerificationMessages,
  phoneVerificationMessages,
  waitText,
} from "@verify-kit/core/texts";
import { pinCodeLength, sessionOf, usePinVerification, type VerifiedPinState } from "@verify-kit/react";
import { type CSSProperties, type ReactNode, useEffect, useRef, useState } from "react";
import { ConsentChannels } from "../consentChannels/ConsentChannels.js";
import { ConsentChannelsField } from "../consentChannels/ConsentChannelsField.js";
import { type FlowFormProps, FlowRoot } from "../support/FlowRoot.js";
import { type HeadingLevel, StepHeading } from "../support/flowParts.js";
import { useAnnouncer } from "../support/LiveRegion.js";
import { PhoneStep } from "../support/PhoneStep.js";
import { readPhone } from "../support/readPhone.js";
import { useKitMessages } from "../support/useKitMessages.js";
import { type PartRefs, useStepCues } from "../support/useStepCues.js";
import { WaitingAlert } from "../support/WaitingAlert.js";
import { WaitingButton } from "../support/WaitingButton.js";
import { CodeStep } from "./CodeStep.js";

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

// Errors about the number itself (the catalogue's flag): shown on the phone field rather than above the button.
const aboutNumber = (error: VerifyError) => errorCatalogue[error.code].aboutNumber;

const noConsent: ConsentFlags = { phone: false, post: false, sms: false, email: false };

/** How `PhoneVerification` asks for consent (see its `consent` prop). */
export type ConsentMode = "off" | "optional" | "required";

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
  const flow = usePinVerification({ onVerified, locale });
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

  const fieldRef = useRef<HTMLInputElement>(null);
  const consentRef = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLParagraphElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const resendRef = useRef<HTMLButtonElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const lastCode = useRef("");
  const parts: PartRefs<PinVerificationPart> = {
    phone: fieldRef,
    code: codeRef,
    resend: resendRef,
    alert: alertRef,
    title: titleRef,
  };

  // Each new state: say it, move focus to what the step now asks for (core's rules), clear a refused code.
  useStepCues(
    state,
    (before, next) => pinVerificationCue(before, next, { messages, locale }),
    parts,
    announce,
    () => {
      if (state.status === "rejected" || state.status === "sent") setCode("");
      // The button just used may be gone (Try again while the code is checked): keep focus in the step.
      if (document.activeElement === document.body) (session ? codeRef : fieldRef).current?.focus();
    },
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: on mount only
  useEffect(() => {
    if (autoFocus) fieldRef.current?.focus();
    if (sendAtOnce && consentMode !== "required") submitPhone();
  }, []);

  const stateError = "error" in state ? state.error : undefined;
  const busy = state.status === "sending" || state.status === "checking";

  function submitPhone() {
    // A limit's wait for this number is the flow's to enforce: it refuses the send without a request.
    if (busy) return;
    void readPhone(phone).then((read) => {
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
    });
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
        else if (step === "code" && code.length === pinCodeLength) checkCode(code);
      }}
      form={{
        name,
        required,
        value: state.status === "verified" ? state.to : "",
        proof: state.status === "verified" ? (state.proof ?? "") : "",
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
    const serverNumberError = lastError !== undefined && aboutNumber(lastError) ? lastError : undefined;
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
          // The sentence says the same wait as the button below it.
          <WaitingAlert
            alertRef={alertRef}
            text={errorText(alert, messages)}
            until={retrying ? retryAt : undefined}
            whenText={(seconds) => waitText(messages.phoneVerificationRetryWhen, seconds, locale)}
          />
        )}
        <div className="vk-flow__actions">
          <WaitingButton
            submits
            progress={busy}
            progressLabel={messages.phoneVerificationSending}
            until={retrying ? retryAt : undefined}
            waitLabel={(seconds) => waitText(messages.phoneVerificationRetryIn, seconds, locale)}
            onClick={submitPhone}
          >
            {retrying ? messages.phoneVerificationRetry : messages.phoneVerificationSend}
          </WaitingButton>
        </div>
      </PhoneStep>,
    );
  }

  return root(
    <CodeStep
      flow={flow}
      session={session}
      code={code}
      onCodeChange={setCode}
      onCheck={checkCode}
      lastCode={lastCode.current}
      codeRef={codeRef}
      resendRef={resendRef}
      alertRef={alertRef}
      headingLevel={headingLevel}
      messages={messages}
      locale={locale}
      webOtp={webOtp}
    />,
  );
}
