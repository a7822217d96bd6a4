export default function Home() {
  return (
    <>
      <h1>Shop</h1>
      <p>
        <a href="/signup">Create an account</a> or go to <a href="/checkout">checkout</a>.
      </p>
    </>
  );
}
