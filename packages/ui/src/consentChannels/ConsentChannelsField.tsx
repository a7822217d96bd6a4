import {
  type ConsentChannel,
  type ConsentChannels as ConsentFlags,
  consentChannelNames,
  hasAnyConsent,
} from "@verify-kit/core";
import { type ConsentChannelsMessages, consentChannelsMessages } from "@verify-kit/core/texts";
import { type CSSProperties, forwardRef, useId, useState } from "react";
import { useKitMessages } from "../support/useKitMessages.js";
import { channelMessage } from "./channelNames.js";

const noConsent: ConsentFlags = { phone: false, post: false, sms: false, email: false };

export interface ConsentChannelsFieldProps {
  /** The flags, for a controlled field; pair it with `onChange`. */
  value?: ConsentFlags | undefined;
  /** The first flags of an uncontrolled field. @default none */
  defaultValue?: ConsentFlags | undefined;
  /** Every change, with all four flags (what `send({ consent })` takes). */
  onChange?: ((channels: ConsentFlags) => void) | undefined;
  /**
   * At least one channel must be chosen, as DQE requires when consent is recorded: unticking the last one
   * shows the error. @default true
   */
  required?: boolean | undefined;
  /** The line under the legend. @default "Choose at least one." when `required`, none otherwise */
  hint?: string | undefined;
  /** Shows the "at least one" error now if none is chosen (e.g. after a submit). @default false */
  showError?: boolean | undefined;
  /** The channels to offer, in this order. @default phone, post, SMS, email */
  only?: readonly ConsentChannel[] | undefined;
  /** Each checkbox's name (its value is the channel), for the form's `FormData`. */
  name?: string | undefined;
  /** @default false */
  disabled?: boolean | undefined;
  /** Strings to use instead of the locale's (see `UiMessagesProvider`). */
  messages?: Partial<ConsentChannelsMessages> | undefined;
  className?: string | undefined;
  style?: CSSProperties | undefined;
}

/**
 * The consent checkboxes: one per channel, producing the flags GDPR_MSG takes. With `required`, no
 * choice at all is an error, linked to the group and to each box. Its `ref` is the first checkbox (focus it
 * to show the error).
 */
export const ConsentChannelsField = forwardRef<HTMLInputElement, ConsentChannelsFieldProps>(
  function ConsentChannelsField(
    {
      value,
      defaultValue = noConsent,
      onChange,
      required = true,
      hint,
      showError = false,
      only = consentChannelNames,
      name,
      disabled = false,
      messages: overrides,
      className,
      style,
    },
    ref,
  ) {
    const { messages } = useKitMessages(consentChannelsMessages, overrides);
    const ids = useId();
    const [own, setOwn] = useState(defaultValue);
    const [touched, setTouched] = useState(false);
    const channels = value ?? own;
    const missing = required && !hasAnyConsent(channels);
    const error = missing && (touched || showError) ? messages.consent_required : undefined;
    const hintText = hint ?? (required ? messages.consentFieldHint : undefined);
    const hintId = `${ids}hint`;
    const errorId = `${ids}error`;

    return (
      <fieldset
        className={className ? `vk-consent-field ${className}` : "vk-consent-field"}
        style={style}
        aria-describedby={
          [hintText === undefined ? "" : hintId, error === undefined ? "" : errorId].join(" ").trim() ||
          undefined
        }
        data-invalid={error === undefined ? undefined : ""}
        disabled={disabled}
      >
        <legend className="vk-consent-field__legend">{messages.consentFieldLegend}</legend>
        {hintText === undefined ? null : (
          <p id={hintId} className="vk-field-hint">
            {hintText}
          </p>
        )}
        {only.map((channel, index) => (
          <label key={channel} className="vk-consent-field__option">
            <input
              ref={index === 0 ? ref : undefined}
              className="vk-consent-field__checkbox"
              type="checkbox"
              name={name}
              value={channel}
              checked={channels[channel]}
              aria-invalid={error === undefined ? undefined : true}
              aria-describedby={error === undefined ? undefined : errorId}
              onChange={(event) => {
                const next = { ...channels, [channel]: event.currentTarget.checked };
                setOwn(next);
                setTouched(true);
                onChange?.(next);
              }}
            />
            {messages[channelMessage[channel]]}
          </label>
        ))}
        {/* An error shown on request (`showError`, a flow's submit) is the requester's to announce, as the
            flows' live region does: a second live region would say it twice. Unticking the last box is the
            field's own news. */}
        <p id={errorId} className="vk-field-error" aria-live={showError ? undefined : "polite"}>
          {error}
        </p>
      </fieldset>
    );
  },
);
