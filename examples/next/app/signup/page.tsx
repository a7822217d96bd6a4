import { SignupForm } from "./SignupForm";

export default function SignupPage() {
  return (
    <>
      <h1 id="signup-title">Create your account</h1>
      <SignupForm />
    </>
  );
}
