/** The channels DQE records consent for, in DQE's order. */
export const consentChannelNames = ["phone", "post", "sms", "email"] as const;

export type ConsentChannel = (typeof consentChannelNames)[number];

/** Consent per channel: what the user agreed to be contacted by, as DQE records it. */
export type ConsentChannels = Readonly<Record<ConsentChannel, boolean>>;

/** Whether at least one channel is granted, as GDPR_MSG requires when consent is given. */
export function hasAnyConsent(channels: ConsentChannels): boolean {
  return consentChannelNames.some((name) => channels[name]);
}
