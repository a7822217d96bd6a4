"use client";

import { NumberVerification } from "@verify-kit/ui";
import { type FormEvent, useState } from "react";

/** A checkout form: the operator checks the number (falling back to an SMS code) before the order goes. */
export function CheckoutForm() {
  const [order, setOrder] = useState<Record<string, FormDataEntryValue>>();
  function placeOrder(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setOrder(Object.fromEntries(new FormData(event.currentTarget)));
  }
  return (
    <form aria-labelledby="checkout-title" onSubmit={placeOrder}>
      <label>
        Delivery address
        <input name="address" autoComplete="street-address" />
      </label>
      <NumberVerification name="phone" required defaultCountry="FR" />
      <button type="submit">Place order</button>
      {order ? <output data-testid="order-result">{JSON.stringify(order)}</output> : null}
    </form>
  );
}
