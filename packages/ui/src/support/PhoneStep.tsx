import { type CountryCode, isPhoneCountry } from "@verify-kit/core";
import { useServerConfig } from "@verify-kit/react";
import { type ReactNode, type Ref, useEffect, useMemo, useState } from "react";
import { DeferPhoneLoad } from "../phoneField/DeferPhoneLoad.js";
import { PhoneField, type PhoneFieldChangeEvent } from "../phoneField/PhoneField.js";
import { type HeadingLevel, StepHeading } from "./flowParts.js";

/**
 * How long the phone field waits for the server's countries before it loads every country's numbering
 * plans (a server that does not answer): the input typed meanwhile is then read with those.
 */
export const serverCountriesDeadlineMs = 3_000;

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
  /** The app's list; without one, the countries the server serves (`ALLOWED_COUNTRIES`), else every one. */
  readonly countries: readonly CountryCode[] | undefined;
  /** The message to show on the field, already in the user's language. */
  readonly error: string | undefined;
  readonly onPhoneChange: (event: PhoneFieldChangeEvent) => void;
  /** Consent, alerts and the submit button. */
  readonly children: ReactNode;
}) {
  const server = useServerConfig();
  const allowed = server.config?.allowedCountries;
  // Offering a country the server refuses would only lead to an error after the number is typed; the field
  // then loads those countries' numbering plans alone.
  const served = useMemo(() => {
    const known = allowed?.map((code) => code.toUpperCase()).filter(isPhoneCountry);
    return known === undefined || known.length === 0 ? undefined : known;
  }, [allowed]);
  // The field loads nothing until the server has said which countries it serves (or failed to), so as not
  // to load every country for a page that serves five; a server that keeps silent is waited for so long.
  const asking = props.countries === undefined && server.pending;
  const [late, setLate] = useState(false);
  useEffect(() => {
    if (!asking) return;
    const deadline = setTimeout(() => setLate(true), serverCountriesDeadlineMs);
    return () => clearTimeout(deadline);
  }, [asking]);
  return (
    <div className="vk-flow__step">
      <StepHeading level={props.headingLevel} className="vk-flow__title">
        {props.title}
      </StepHeading>
      <p className="vk-flow__text">{props.intro}</p>
      <DeferPhoneLoad.Provider value={asking && !late}>
        <PhoneField
          ref={props.fieldRef}
          value={props.phone}
          defaultCountry={props.defaultCountry}
          countries={props.countries ?? served}
          error={props.error}
          onChange={props.onPhoneChange}
        />
      </DeferPhoneLoad.Provider>
      {props.children}
    </div>
  );
}
