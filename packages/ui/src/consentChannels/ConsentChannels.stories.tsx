import type { Meta, StoryObj } from "@storybook/react-vite";
import { type ConsentChannels as ConsentFlags, hasAnyConsent } from "@verify-kit/core";
import { Controller, useForm } from "react-hook-form";
import { expect, fn, waitFor, within } from "storybook/test";
import { ConsentChannels } from "./ConsentChannels.js";
import { ConsentChannelsField } from "./ConsentChannelsField.js";

const meta = {
  title: "Components/ConsentChannels",
  component: ConsentChannels,
  args: { channels: { phone: true, post: false, sms: true, email: false } },
  parameters: {
    docs: {
      description: {
        component:
          "The consent recorded per channel: an icon (tick or cross) and the words, never colour alone. " +
          "`ConsentChannelsField` is the editable variant: checkboxes giving the flags, at least one required.",
      },
    },
  },
} satisfies Meta<typeof ConsentChannels>;

export default meta;
type Story = StoryObj<typeof meta>;

export const List: Story = {};

export const Inline: Story = { args: { layout: "inline" } };

export const NoneGranted: Story = {
  args: { channels: { phone: false, post: false, sms: false, email: false } },
};

export const Dark: Story = { globals: { theme: "dark" } };

export const RightToLeft: Story = { globals: { direction: "rtl" } };

export const French: Story = {
  globals: { locale: "fr" },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole("list", { name: "Préférences de contact" }),
    ).toBeInTheDocument();
  },
};

type FieldStory = StoryObj<typeof ConsentChannelsField>;

export const Field: FieldStory = {
  render: (args) => <ConsentChannelsField {...args} />,
  args: { onChange: fn() },
  play: async ({ args, canvasElement, userEvent }) => {
    await userEvent.click(within(canvasElement).getByRole("checkbox", { name: "Email" }));
    await expect(args.onChange).toHaveBeenLastCalledWith({
      phone: false,
      post: false,
      sms: false,
      email: true,
    });
  },
};

export const FieldNoneChosen: FieldStory = {
  render: (args) => <ConsentChannelsField {...args} />,
  args: { showError: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("checkbox", { name: "Email" })).toHaveAccessibleDescription(
      "Choose at least one way we may contact you.",
    );
  },
};

export const FieldDark: FieldStory = { ...FieldNoneChosen, globals: { theme: "dark" } };

export const FieldFrench: FieldStory = {
  render: (args) => <ConsentChannelsField {...args} />,
  args: { onChange: fn() },
  globals: { locale: "fr" },
  play: async ({ args, canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole("group", { name: "Comment pouvons-nous vous contacter ?" }),
    ).toHaveAccessibleDescription("Choisissez-en au moins un.");
    const post = canvas.getByRole("checkbox", { name: "Courrier" });
    await userEvent.click(post);
    await expect(args.onChange).toHaveBeenLastCalledWith({
      phone: false,
      post: true,
      sms: false,
      email: false,
    });
    await expect(post).not.toHaveAttribute("aria-invalid");
    // Unticking the last one: the French error, on each box.
    await userEvent.click(post);
    await expect(post).toHaveAttribute("aria-invalid", "true");
    await expect(canvas.getByRole("checkbox", { name: "SMS" })).toHaveAccessibleDescription(
      "Choisissez au moins un moyen par lequel nous pouvons vous contacter.",
    );
  },
};

interface ContactPreferences {
  consent: ConsentFlags;
}

/** A form with react-hook-form's `Controller`: the field gives the flags, the form requires one. */
function ContactForm({ onSubmit }: { readonly onSubmit: (values: ContactPreferences) => void }) {
  const { control, handleSubmit } = useForm<ContactPreferences>({
    defaultValues: { consent: { phone: false, post: false, sms: false, email: false } },
  });
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate style={{ display: "grid", gap: "1rem" }}>
      <Controller
        name="consent"
        control={control}
        rules={{ validate: hasAnyConsent }}
        render={({ field, fieldState }) => (
          <ConsentChannelsField
            ref={field.ref}
            value={field.value}
            onChange={field.onChange}
            showError={fieldState.invalid}
          />
        )}
      />
      <button type="submit" className="vk-button">
        Save
      </button>
    </form>
  );
}

export const FieldInReactHookForm: StoryObj<typeof ContactForm> = {
  render: (args) => <ContactForm {...args} />,
  args: { onSubmit: fn() },
  play: async ({ args, canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    const save = canvas.getByRole("button", { name: "Save" });
    await userEvent.click(save);
    // Refused: the error on the boxes, focus on the first one, nothing submitted.
    const phone = canvas.getByRole("checkbox", { name: "Phone calls" });
    await waitFor(() => expect(phone).toHaveFocus());
    await expect(phone).toHaveAccessibleDescription("Choose at least one way we may contact you.");
    await expect(args.onSubmit).not.toHaveBeenCalled();
    await userEvent.click(canvas.getByRole("checkbox", { name: "Email" }));
    await userEvent.click(save);
    await waitFor(() => expect(args.onSubmit).toHaveBeenCalledTimes(1));
    await expect(args.onSubmit).toHaveBeenCalledWith(
      { consent: { phone: false, post: false, sms: false, email: true } },
      expect.anything(),
    );
    await expect(phone).not.toHaveAttribute("aria-invalid");
  },
};
