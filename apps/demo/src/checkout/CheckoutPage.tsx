import { NumberVerification } from "@verify-kit/ui";
import { useEffect, useId, useRef, useState } from "react";
import { fill } from "../demoMessages.js";
import { markVerifiedPainted } from "../kit/checkTiming.js";
import { useDemoSettings } from "../shell/DemoSettings.js";
import "./shop.css";

const basket = [
  { name: "basketItem1", unitCents: 1800, quantity: 2 },
  { name: "basketItem2", unitCents: 950, quantity: 1 },
] as const;
const deliveries = [
  { id: "standard", label: "deliveryStandard", cents: 0 },
  { id: "express", label: "deliveryExpress", cents: 690 },
] as const;

/**
 * Someone else's checkout: their layout and brand (shop.css re-themes the kit through its custom properties
 * only). The phone step is the operator check, with the SMS code as its fallback.
 */
export function CheckoutPage() {
  const { t, locale } = useDemoSettings();
  const [delivery, setDelivery] = useState<(typeof deliveries)[number]["id"]>("standard");
  const [verifiedPhone, setVerifiedPhone] = useState<string | undefined>(undefined);
  const [payRefused, setPayRefused] = useState(false);
  const [paid, setPaid] = useState(false);
  const [flowKey, setFlowKey] = useState(0);
  const phoneHeading = useRef<HTMLHeadingElement>(null);
  const doneHeading = useRef<HTMLHeadingElement>(null);
  const deliveryName = useId();
  const money = new Intl.NumberFormat(locale, { style: "currency", currency: "EUR" });
  const subtotal = basket.reduce((sum, item) => sum + item.unitCents * item.quantity, 0);
  const total = subtotal + (deliveries.find((option) => option.id === delivery)?.cents ?? 0);

  useEffect(() => {
    if (paid) doneHeading.current?.focus();
  }, [paid]);

  const verified = (phone: string) => {
    setVerifiedPhone(phone);
    setPayRefused(false);
    markVerifiedPainted();
  };

  if (paid && verifiedPhone) {
    return (
      <section className="demo-page shop" aria-labelledby="order-done-title">
        <h1 id="order-done-title" ref={doneHeading} tabIndex={-1}>
          {t.orderPlacedTitle}
        </h1>
        <p>{fill(t.orderPlaced, { phone: verifiedPhone })}</p>
        <button
          type="button"
          className="shop__pay"
          onClick={() => {
            setPaid(false);
            setVerifiedPhone(undefined);
            setFlowKey((key) => key + 1);
          }}
        >
          {t.newOrder}
        </button>
      </section>
    );
  }

  return (
    <section className="demo-page shop" aria-labelledby="checkout-title">
      <h1 id="checkout-title">{t.checkoutTitle}</h1>
      <div className="shop__columns">
        <section className="shop__panel" aria-labelledby="basket-title">
          <h2 id="basket-title">{t.basketTitle}</h2>
          <ul className="shop__lines">
            {basket.map((item) => (
              <li key={item.name}>
                <span>
                  {t[item.name]}
                  <span className="shop__quantity">{fill(t.quantity, { count: item.quantity })}</span>
                </span>
                <span>{money.format((item.unitCents * item.quantity) / 100)}</span>
              </li>
            ))}
            <li className="shop__subtotal">
              <span>{t.subtotal}</span>
              <span>{money.format(subtotal / 100)}</span>
            </li>
          </ul>
          <fieldset className="shop__delivery">
            <legend>{t.deliveryTitle}</legend>
            {deliveries.map((option) => (
              <label key={option.id}>
                <input
                  type="radio"
                  name={deliveryName}
                  value={option.id}
                  checked={delivery === option.id}
                  onChange={() => setDelivery(option.id)}
                />
                {t[option.label]} — {option.cents === 0 ? t.deliveryFree : money.format(option.cents / 100)}
              </label>
            ))}
          </fieldset>
          <p className="shop__total">
            <span>{t.total}</span>
            <strong>{money.format(total / 100)}</strong>
          </p>
        </section>
        <section className="shop__panel" aria-labelledby="checkout-phone-title">
          <h2 id="checkout-phone-title" ref={phoneHeading} tabIndex={-1}>
            {t.phoneStepTitle}
          </h2>
          <p className="shop__muted">{t.phoneStepIntro}</p>
          <NumberVerification
            key={flowKey}
            defaultCountry="FR"
            headingLevel={3}
            onVerified={(state) => verified(state.phone)}
            smsProps={{ headingLevel: 3, webOtp: true, onVerified: (state) => verified(state.to) }}
          />
        </section>
      </div>
      {payRefused && (
        <p className="demo-error" role="alert" id="pay-refused">
          {t.payLocked}
        </p>
      )}
      <button
        type="button"
        className="shop__pay"
        aria-describedby={payRefused ? "pay-refused" : undefined}
        onClick={() => {
          if (verifiedPhone) {
            setPaid(true);
          } else {
            setPayRefused(true);
            phoneHeading.current?.focus();
          }
        }}
      >
        {fill(t.pay, { amount: money.format(total / 100) })}
      </button>
    </section>
  );
}
