import { CheckoutForm } from "./CheckoutForm";

export default function CheckoutPage() {
  return (
    <>
      <h1 id="checkout-title">Checkout</h1>
      <CheckoutForm />
    </>
  );
}
