import { BackendStatus } from "./BackendStatus.js";

/** The demo's only page for now: what is coming, and whether the backend adapter answers. */
export function App() {
  return (
    <main>
      <h1>verify-kit demo</h1>
      <p>
        This app will show phone verification with DQE, running against the local sandbox. Coming in the next
        issues:
      </p>
      <ul>
        <li>a signup form that verifies the phone number with a PIN sent by SMS;</li>
        <li>a checkout page embedding the same verification before payment;</li>
        <li>a sandbox phone panel that shows the SMS the sandbox would have sent.</li>
      </ul>
      <BackendStatus />
    </main>
  );
}
