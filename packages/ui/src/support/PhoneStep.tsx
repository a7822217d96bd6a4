import type { CountryCode } from "libphonenumber-js/max";
import type { ReactNode, Ref } from "react";
import { PhoneField, type PhoneFieldChangeEvent } from "../phoneField/PhoneField.js";
import { type HeadingLevel, StepHeading } from "./flowParts.js";

/**
 * The first step of both flows: a heading, one sentence, the phone field, then the flow's own parts. No
 * `<form>`: the flow may sit in the page's own form; Enter in the field runs the step (see `FlowRoot`).
 */
export function PhoneStep(props: {
  readonly title: string;
  readonly intro: string;
  readonly headingLevel: HeadingLevel;
  readonly fieldRef: Ref<HTMLInputElement>;
  readonly phone: string;
  readonly defaultCountry: CountryCode | undefined;
  readonly countries: readonly CountryCode[] | undefined;
  /** The message to show on the field, already in the user's language. */
  readonly error: string | undefined;
  readonly onPhoneChange: (event: PhoneFieldChangeEvent) => void;
  /** Consent, alerts and the submit button. */
  readonly children: ReactNode;
}) {
  return (
    <div className="vk-flow__step">
      <StepHeading level={props.headingLevel} className="vk-flow__title">
        {props.title}
      </StepHeading>
      <p className="vk-flow__text">{props.intro}</p>
      <PhoneField
        ref={props.fieldRef}
        value={props.phone}
        defaultCountry={props.defaultCountry}
        countries={props.countries}
        error={props.error}
        onChange={props.onPhoneChange}
      />
      {props.children}
    </div>
  );
}
