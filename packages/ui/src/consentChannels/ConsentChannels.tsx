import {
  type ConsentChannel,
  type ConsentChannels as ConsentFlags,
  consentChannelNames,
} from "@verify-kit/core";
import { type ConsentChannelsMessages, consentChannelsMessages } from "@verify-kit/core/texts";
import type { CSSProperties } from "react";
import { useKitMessages } from "../support/useKitMessages.js";
import { channelMessage } from "./channelNames.js";

export interface ConsentChannelsProps {
  /** Consent per channel, as DQE recorded it (`channels` of a verified PIN). */
  channels: ConsentFlags;
  /** One channel a line, or all on one line. @default "list" */
  layout?: "list" | "inline" | undefined;
  /** The channels to show, in this order. @default phone, post, SMS, email */
  only?: readonly ConsentChannel[] | undefined;
  /** Strings to use instead of the locale's (see `UiMessagesProvider`). */
  messages?: Partial<ConsentChannelsMessages> | undefined;
  /** Classes of the list (`vk-consent` is always there). */
  className?: string | undefined;
  style?: CSSProperties | undefined;
}

/** A tick or a cross: the shape tells, not only the colour. */
export function ConsentIcon({ granted }: { readonly granted: boolean }) {
  return (
    <svg
      className="vk-consent__icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden
      focusable="false"
    >
      <path
        d={granted ? "M3 8.5l3 3 7-7" : "M4 4l8 8M12 4l-8 8"}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
      />
    </svg>
  );
}

/**
 * The consent recorded per channel: each with an icon and the words "allowed" or "not allowed", so that
 * colour is never the only sign. `data-granted` on each item for styling.
 */
export function ConsentChannels({
  channels,
  layout = "list",
  only = consentChannelNames,
  messages: overrides,
  className,
  style,
}: ConsentChannelsProps) {
  const { messages } = useKitMessages(consentChannelsMessages, overrides);
  return (
    <ul
      className={className ? `vk-consent ${className}` : "vk-consent"}
      style={style}
      data-layout={layout}
      aria-label={messages.consentTitle}
    >
      {only.map((channel) => {
        const granted = channels[channel];
        return (
          <li
            key={channel}
            className="vk-consent__item"
            data-channel={channel}
            data-granted={granted ? "" : undefined}
          >
            <ConsentIcon granted={granted} />
            <span className="vk-consent__name">{messages[channelMessage[channel]]}</span>{" "}
            <span className="vk-consent__state">
              {granted ? messages.consentGranted : messages.consentNotGranted}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
