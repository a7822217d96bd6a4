import { type ConsentChannels, consentChannelNames } from "@verify-kit/core";
import type { UiMessages } from "@verify-kit/core/texts";
import { h, setAttributes, setText, uniqueId } from "./dom.js";

const channelText = {
  phone: "consentPhone",
  post: "consentPost",
  sms: "consentSms",
  email: "consentEmail",
} as const;

/** The consent checkboxes (`consent="optional"` or `"required"`), with the kit's `vk-consent-field` classes. */
export class ConsentPart {
  readonly root: HTMLFieldSetElement;
  readonly boxes: HTMLInputElement[];
  private readonly error: HTMLParagraphElement;

  constructor(texts: UiMessages, required: boolean, onChange: () => void) {
    const id = uniqueId("consent");
    this.error = h("p", { id: `${id}-error`, class: "vk-field-error" });
    this.boxes = consentChannelNames.map((channel) =>
      h("input", { class: "vk-consent-field__checkbox", type: "checkbox", value: channel }),
    );
    this.root = h(
      "fieldset",
      {
        class: "vk-consent-field",
        "aria-describedby": required ? `${id}-hint` : undefined,
      },
      h("legend", { class: "vk-consent-field__legend" }, texts.consentFieldLegend),
      required && h("p", { id: `${id}-hint`, class: "vk-field-hint" }, texts.consentFieldHint),
      ...consentChannelNames.map((channel, index) =>
        h(
          "label",
          { class: "vk-consent-field__option" },
          this.boxes[index] as HTMLInputElement,
          texts[channelText[channel]],
        ),
      ),
      this.error,
    );
    this.root.addEventListener("change", onChange);
  }

  get channels(): ConsentChannels {
    const [phone, post, sms, email] = this.boxes.map((box) => box.checked) as [
      boolean,
      boolean,
      boolean,
      boolean,
    ];
    return { phone, post, sms, email };
  }

  /** Shows the consent error (the flow's live region says it: this one is silent), or clears it. */
  showError(text: string | undefined) {
    setText(this.error, text ?? "");
    setAttributes(this.root, { "data-invalid": text !== undefined });
    for (const box of this.boxes) {
      setAttributes(box, {
        "aria-invalid": text === undefined ? undefined : "true",
        "aria-describedby": text === undefined ? undefined : this.error.id,
      });
    }
  }
}

/** The consent recorded, per channel, with words and an icon (never colour alone), as `ConsentChannels` of the ui. */
export function consentList(texts: UiMessages, channels: ConsentChannels): HTMLUListElement {
  return h(
    "ul",
    { class: "vk-consent", "data-layout": "list", "aria-label": texts.consentTitle },
    ...consentChannelNames.map((channel) => {
      const granted = channels[channel];
      return h(
        "li",
        { class: "vk-consent__item", "data-channel": channel, "data-granted": granted },
        h("span", { class: "vk-consent__name" }, texts[channelText[channel]]),
        " ",
        h("span", { class: "vk-consent__state" }, granted ? texts.consentGranted : texts.consentNotGranted),
      );
    }),
  );
}
