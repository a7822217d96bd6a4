"use client";

import { PhoneVerification } from "@verify-kit/ui";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";

interface Signup {
  readonly name: string;
  readonly phone: string;
}

/** A signup form with react-hook-form; the phone is verified inside it, and its submit carries the number. */
export function SignupForm() {
  const { register, control, handleSubmit } = useForm<Signup>({ defaultValues: { name: "", phone: "" } });
  const [account, setAccount] = useState<Signup>();
  return (
    <form aria-labelledby="signup-title" onSubmit={handleSubmit(setAccount)}>
      <label>
        Full name
        <input autoComplete="name" {...register("name", { required: true })} />
      </label>
      <Controller
        name="phone"
        control={control}
        render={({ field }) => (
          // `required`: the form is not sent until the number is verified.
          <PhoneVerification
            name={field.name}
            required
            askConsent
            defaultCountry="FR"
            onVerified={(verified) => field.onChange(verified.to)}
          />
        )}
      />
      <button type="submit">Create account</button>
      {account ? <output data-testid="signup-result">{JSON.stringify(account)}</output> : null}
    </form>
  );
}
