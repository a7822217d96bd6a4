import type { ConsentChannel } from "@verify-kit/core";
import type { ConsentChannelsMessages } from "@verify-kit/core/texts";

/** The message that names each channel. */
export const channelMessage: Readonly<Record<ConsentChannel, keyof ConsentChannelsMessages>> = {
  phone: "consentPhone",
  post: "consentPost",
  sms: "consentSms",
  email: "consentEmail",
};
