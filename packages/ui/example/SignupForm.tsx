import { createVerifyApiClient } from "@verify-kit/core";
import { VerificationProvider } from "@verify-kit/react";
import { PhoneVerification } from "@verify-kit/ui";
import "@verify-kit/ui/styles.css";

/** A signup form with the phone verified inside it: its submit waits for the verified number, and carries it. */
export function SignupForm({ onSignup }: { onSignup: (data: FormData) => void }) {
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSignup(new FormData(event.currentTarget));
      }}
    >
      <label>
        Full name <input name="fullName" autoComplete="name" required />
      </label>
      <PhoneVerification name="phone" required />
      <button type="submit">Create account</button>
    </form>
  );
}

/** In the app: the browser client of the backend adapter, mounted at /api. */
const adapter = createVerifyApiClient({ baseUrl: "/api" });

export function App() {
  return (
    <VerificationProvider adapter={adapter}>
      <SignupForm onSignup={(data) => console.info(Object.fromEntries(data))} />
    </VerificationProvider>
  );
}
