import { ConsentChannels } from "@verify-kit/ui";
import { useEffect, useRef } from "react";
import { fill } from "../demoMessages.js";
import { useDemoSettings } from "../shell/DemoSettings.js";
import type { SignupValues } from "./SignupPage.js";

/** What the form received: the account, the verified number, when, and the consent DQE recorded. */
export function SignupResult({
  account,
  onStartAgain,
}: {
  readonly account: SignupValues;
  readonly onStartAgain: () => void;
}) {
  const { t, locale } = useDemoSettings();
  const heading = useRef<HTMLHeadingElement>(null);
  // A new page for a screen reader: focus its heading.
  useEffect(() => heading.current?.focus(), []);
  const verification = account.verification;
  const when = verification
    ? new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "medium" }).format(
        new Date(verification.verifiedAt),
      )
    : "";
  return (
    <section className="demo-page" aria-labelledby="signup-done-title">
      <h1 id="signup-done-title" ref={heading} tabIndex={-1}>
        {t.signupDoneTitle}
      </h1>
      <p>{fill(t.signupDoneIntro, { name: account.name.trim() })}</p>
      <dl className="demo-card demo-result">
        <dt>{t.resultEmail}</dt>
        <dd>{account.email.trim()}</dd>
        <dt>{t.resultPhone}</dt>
        <dd>
          <bdi>{verification?.to}</bdi>
        </dd>
        <dt>{t.resultVerifiedAt}</dt>
        <dd>
          <time dateTime={verification?.verifiedAt}>{when}</time>
        </dd>
        <dt>{t.resultConsent}</dt>
        <dd>{verification && <ConsentChannels channels={verification.channels} />}</dd>
      </dl>
      <button type="button" className="demo-button" onClick={onStartAgain}>
        {t.startAgain}
      </button>
    </section>
  );
}
