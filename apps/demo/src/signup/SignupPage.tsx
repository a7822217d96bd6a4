import type { VerifiedPinState } from "@verify-kit/react";
import { PhoneVerification } from "@verify-kit/ui";
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { markVerifiedPainted } from "../kit/checkTiming.js";
import { useDemoSettings } from "../shell/DemoSettings.js";
import { SignupResult } from "./SignupResult.js";

/** What the signup form holds; the phone part comes from `PhoneVerification` once verified. */
export interface SignupValues {
  readonly name: string;
  readonly email: string;
  readonly verification: VerifiedPinState | null;
}

/**
 * Signup with react-hook-form: name and email are plain registered inputs; the phone is verified by
 * `PhoneVerification` (its own forms, so it sits beside this one, not inside), whose result is a form value
 * the submit requires.
 */
export function SignupPage() {
  const { t } = useDemoSettings();
  const [account, setAccount] = useState<SignupValues | undefined>(undefined);
  const [flowKey, setFlowKey] = useState(0);
  const phoneSection = useRef<HTMLElement>(null);
  const {
    register,
    handleSubmit,
    setValue,
    reset,
    formState: { errors, submitCount },
  } = useForm<SignupValues>({ defaultValues: { name: "", email: "", verification: null } });

  // Not an input: registered by hand, with the rule that blocks the submit.
  useEffect(() => {
    register("verification", { validate: (value) => value !== null || t.verifyFirst });
  }, [register, t.verifyFirst]);

  // A submit refused only for the verification leads to the phone step: its card at the top of the screen,
  // headed by the message, focus in the field the step asks for (the number, or the code once sent). Once
  // per submit, after the message renders (react-hook-form sets the errors and the count together):
  // scrolled before, the browser's scroll anchoring would push the new message above the screen.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per submit, not when an error changes
  useEffect(() => {
    const section = phoneSection.current;
    if (submitCount === 0 || errors.name || errors.email || !errors.verification || !section) return;
    section.scrollIntoView({ block: "start" });
    const field = section.querySelector<HTMLElement>(".vk-phone-field__input, .vk-pin-input__input");
    (field ?? section).focus({ preventScroll: true });
  }, [submitCount]);

  if (account) {
    return (
      <SignupResult
        account={account}
        onStartAgain={() => {
          reset();
          setAccount(undefined);
          setFlowKey((key) => key + 1);
        }}
      />
    );
  }

  const describedBy = (name: keyof SignupValues) => (errors[name] ? `signup-${name}-error` : undefined);
  return (
    <section className="demo-page" aria-labelledby="signup-title">
      <h1 id="signup-title" tabIndex={-1}>
        {t.signupTitle}
      </h1>
      <p className="demo-muted">{t.signupIntro}</p>
      <form
        id="signup-form"
        className="demo-card demo-form"
        noValidate
        // Name and email errors focus their input (react-hook-form); a missing verification, see above.
        onSubmit={handleSubmit((values) => setAccount(values))}
      >
        <div className="demo-field">
          <label htmlFor="signup-name">{t.nameLabel}</label>
          <input
            id="signup-name"
            autoComplete="name"
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={describedBy("name")}
            {...register("name", { validate: (value) => value.trim() !== "" || t.nameRequired })}
          />
          {errors.name && (
            <p id="signup-name-error" className="demo-error">
              {errors.name.message}
            </p>
          )}
        </div>
        <div className="demo-field">
          <label htmlFor="signup-email">{t.emailLabel}</label>
          <input
            id="signup-email"
            type="email"
            autoComplete="email"
            aria-invalid={errors.email ? true : undefined}
            aria-describedby={describedBy("email")}
            {...register("email", {
              validate: (value) =>
                value.trim() === ""
                  ? t.emailRequired
                  : /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) || t.emailInvalid,
            })}
          />
          {errors.email && (
            <p id="signup-email-error" className="demo-error">
              {errors.email.message}
            </p>
          )}
        </div>
      </form>
      {/* The flow brings its own headings; the section is where a missing verification leads. */}
      <section className="demo-card demo-form" aria-label={t.phoneSection} ref={phoneSection} tabIndex={-1}>
        {errors.verification && (
          <p id="signup-verification-error" className="demo-error" role="alert">
            {errors.verification.message}
          </p>
        )}
        <PhoneVerification
          key={flowKey}
          // Marketing consent is asked, apart; the code never waits for it.
          consent="optional"
          defaultCountry="FR"
          headingLevel={2}
          // The demo's SMS end with "@host #" and the code (the server's DQE_SMS_WEBOTP_HOST).
          webOtp
          onVerified={(verified) => {
            setValue("verification", verified, { shouldValidate: true });
            markVerifiedPainted();
          }}
        />
      </section>
      <button
        type="submit"
        form="signup-form"
        className="demo-button demo-button--primary"
        aria-describedby={describedBy("verification")}
      >
        {t.createAccount}
      </button>
    </section>
  );
}
