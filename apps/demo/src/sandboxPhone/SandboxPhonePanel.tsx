import { useQuery } from "@tanstack/react-query";
import type { SandboxSms, SandboxTestNumberInfo } from "@verify-kit/core";
import { useEffect, useRef, useState } from "react";
import { type DemoMessages, fill } from "../demoMessages.js";
import { verifyClient } from "../kit/demoKit.js";
import { useDemoSettings } from "../shell/DemoSettings.js";
import { LimitsInForce } from "./LimitsInForce.js";
import { operatorLinkOpened, usePhoneActivity } from "./phoneActivity.js";

/** Milliseconds between two looks at the sandbox's outbox while a number is in use. */
const inboxPollMs = 1000;

/**
 * Stands for the user's phone when the server talks to the sandbox: the SMS "sent" to the number in use,
 * the operator link to open "over mobile data", and the test numbers. A visitor needs no phone.
 */
export function SandboxPhonePanel() {
  const { t } = useDemoSettings();
  const { phone, operatorUrl } = usePhoneActivity();
  return (
    <aside className="demo-phone" aria-labelledby="sandbox-phone-title">
      <h2 id="sandbox-phone-title">{t.sandboxTitle}</h2>
      <p className="demo-muted">{t.sandboxIntro}</p>
      {phone === undefined ? <p>{t.sandboxNoPhone}</p> : <Inbox phone={phone} t={t} />}
      {operatorUrl !== undefined && (
        <section aria-labelledby="sandbox-operator-title" className="demo-phone__operator">
          <h3 id="sandbox-operator-title">{t.sandboxOperatorTitle}</h3>
          <p>{t.sandboxOperatorWaiting}</p>
          <button
            type="button"
            className="demo-button"
            onClick={() => {
              window.open(operatorUrl, "_blank", "noopener");
              operatorLinkOpened();
            }}
          >
            {t.sandboxOpenOperator}
          </button>
        </section>
      )}
      <TestNumbers t={t} />
      <LimitsInForce t={t} />
    </aside>
  );
}

function Inbox({ phone, t }: { readonly phone: string; readonly t: DemoMessages }) {
  const { locale } = useDemoSettings();
  const inbox = useQuery({
    queryKey: ["sandbox-inbox", phone],
    queryFn: async ({ signal }) => {
      const answer = await verifyClient.getSandboxMessages(phone, { signal });
      if (!answer.ok) throw answer.error;
      return answer.value;
    },
    refetchInterval: inboxPollMs,
    // No second copy of the codes anywhere: the list lives only while this panel shows it.
    gcTime: 0,
  });
  const announcement = useNewSmsAnnouncement(phone, inbox.data, t);
  const time = new Intl.DateTimeFormat(locale, { timeStyle: "medium" });
  return (
    <section aria-labelledby="sandbox-sms-title">
      <p>
        <bdi>{fill(t.sandboxPhoneInUse, { phone })}</bdi>
      </p>
      <h3 id="sandbox-sms-title">{t.sandboxSmsTitle}</h3>
      {inbox.data === undefined || inbox.data.length === 0 ? (
        <p className="demo-muted">{t.sandboxNoSms}</p>
      ) : (
        <ol className="demo-phone__sms" aria-label={t.sandboxSmsTitle}>
          {inbox.data.map((sms) => (
            <li key={sms.sentAt + sms.pin}>
              <time dateTime={sms.sentAt}>{time.format(new Date(sms.sentAt))}</time>
              <span className="demo-phone__text">{sms.text}</span>
              <span>
                {t.sandboxCode}{" "}
                <strong className="demo-phone__pin" data-testid="sandbox-pin" translate="no">
                  {sms.pin}
                </strong>
              </span>
            </li>
          ))}
        </ol>
      )}
      <p className="demo-visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
}

/** Announces an SMS that arrived while the panel was showing, not the ones already there. */
function useNewSmsAnnouncement(phone: string, list: readonly SandboxSms[] | undefined, t: DemoMessages) {
  const seen = useRef<string | undefined>(undefined);
  const [announcement, setAnnouncement] = useState("");
  const newest = list?.[0];
  useEffect(() => {
    if (newest === undefined) return;
    const id = newest.sentAt + newest.pin;
    if (seen.current !== undefined && seen.current !== id) {
      setAnnouncement(fill(t.sandboxNewSms, { phone, pin: newest.pin.split("").join(" ") }));
    }
    seen.current = id;
  }, [newest, phone, t]);
  return announcement;
}

function describeNumber(entry: SandboxTestNumberInfo, t: DemoMessages): string {
  const sms = {
    delivered: t.smsDelivered,
    undeliverable: t.smsUndeliverable,
    rejected: t.smsRejected,
    serverError: t.smsServerError,
    slow: t.smsSlow,
  }[entry.sms];
  const check = {
    numVerifyTrue: t.checkNumVerifyTrue,
    numVerifyFalse: t.checkNumVerifyFalse,
    startError: t.checkStartError,
    retrievalError: t.checkRetrievalError,
    serverError: t.checkServerError,
    slow: t.checkSlow,
  }[entry.check];
  // For the failing and slow numbers both halves say the same thing.
  if (entry.sms === "serverError" || entry.sms === "slow") return sms;
  return fill(t.numberEffects, { sms, check: fill(check, { id: entry.errorId ?? "" }) });
}

function TestNumbers({ t }: { readonly t: DemoMessages }) {
  const numbers = useQuery({
    queryKey: ["sandbox-numbers"],
    queryFn: async ({ signal }) => {
      const answer = await verifyClient.getSandboxNumbers({ signal });
      if (!answer.ok) throw answer.error;
      return answer.value;
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
  const [copied, setCopied] = useState("");
  if (numbers.data === undefined) return null;
  return (
    <section aria-labelledby="sandbox-numbers-title">
      <h3 id="sandbox-numbers-title">{t.sandboxNumbersTitle}</h3>
      <p className="demo-muted">{t.sandboxNumbersIntro}</p>
      <ul className="demo-phone__numbers">
        {numbers.data.map((entry) => (
          <li key={entry.phone}>
            <code dir="ltr">{entry.phone}</code>
            <button
              type="button"
              className="demo-link-button"
              aria-label={`${t.sandboxCopy} ${entry.phone}`}
              onClick={() => {
                navigator.clipboard?.writeText(entry.phone).then(
                  () => setCopied(fill(t.sandboxCopied, { phone: entry.phone })),
                  () => setCopied(""),
                );
              }}
            >
              {t.sandboxCopy}
            </button>
            <span className="demo-phone__does">{describeNumber(entry, t)}</span>
          </li>
        ))}
      </ul>
      <p className="demo-visually-hidden" role="status">
        {copied}
      </p>
    </section>
  );
}
