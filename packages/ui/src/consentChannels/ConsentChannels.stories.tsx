import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, within } from "storybook/test";
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
  globals: { locale: "fr" },
};
