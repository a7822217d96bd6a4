import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, test, vi } from "vitest";
import { userEvent } from "vitest/browser";
import "../styles.css";
import { fr } from "../locales/fr.js";
import { UiMessagesProvider } from "../messages/UiMessagesProvider.js";
import { ConsentChannels } from "./ConsentChannels.js";
import { ConsentChannelsField } from "./ConsentChannelsField.js";

afterEach(() => {
  cleanup();
});

const channels = { phone: true, post: false, sms: true, email: false };

describe("ConsentChannels", () => {
  test("each channel with an icon and words, never colour alone; list or inline", () => {
    render(<ConsentChannels channels={channels} />);
    const list = screen.getByRole("list", { name: "Contact preferences" });
    expect(list).toHaveAttribute("data-layout", "list");
    const items = screen.getAllByRole("listitem");
    expect(items.map((item) => item.textContent)).toEqual([
      "Phone calls allowed",
      "Post not allowed",
      "Text messages (SMS) allowed",
      "Email not allowed",
    ]);
    expect(items.map((item) => item.querySelector("svg")?.getAttribute("aria-hidden"))).toEqual([
      "true",
      "true",
      "true",
      "true",
    ]);
    expect(items[0]?.querySelector("path")?.getAttribute("d")).not.toBe(
      items[1]?.querySelector("path")?.getAttribute("d"),
    );
    cleanup();
    render(<ConsentChannels channels={channels} layout="inline" only={["sms", "email"]} />);
    expect(screen.getAllByRole("listitem")).toHaveLength(2);
    expect(screen.getByRole("list")).toHaveAttribute("data-layout", "inline");
  });

  test("in French", () => {
    render(
      <UiMessagesProvider locale={fr}>
        <ConsentChannels channels={channels} />
      </UiMessagesProvider>,
    );
    expect(screen.getByRole("list", { name: "Préférences de contact" })).toBeDefined();
    expect(screen.getAllByRole("listitem")[1]?.textContent).toBe("Courrier non autorisé");
  });
});

describe("ConsentChannelsField", () => {
  test("checkboxes give the flags; unticking the last one shows an accessible error", async () => {
    const onChange = vi.fn();
    render(<ConsentChannelsField onChange={onChange} />);
    expect(screen.getByRole("group", { name: "How may we contact you?" })).toHaveAccessibleDescription(
      "Choose at least one.",
    );
    await userEvent.click(screen.getByRole("checkbox", { name: "Email" }));
    expect(onChange).toHaveBeenLastCalledWith({ phone: false, post: false, sms: false, email: true });
    await userEvent.click(screen.getByRole("checkbox", { name: "Email" }));
    const message = "Choose at least one way we may contact you.";
    expect(screen.getByRole("group")).toHaveAccessibleDescription(`Choose at least one. ${message}`);
    expect(screen.getByRole("checkbox", { name: "Email" })).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByRole("checkbox", { name: "Email" })).toHaveAccessibleDescription(message);
    await userEvent.keyboard(" ");
    expect(screen.getByRole("checkbox", { name: "Email" })).not.toHaveAttribute("aria-invalid");
  });

  test("showError before any choice; not required: no error, no hint", () => {
    render(<ConsentChannelsField showError />);
    expect(screen.getByText("Choose at least one way we may contact you.")).toBeDefined();
    cleanup();
    render(<ConsentChannelsField required={false} showError />);
    expect(screen.queryByText("Choose at least one.")).toBeNull();
    expect(screen.getByRole("group")).not.toHaveAttribute("aria-describedby");
  });

  test("names give FormData", async () => {
    render(
      <form data-testid="form">
        <ConsentChannelsField
          name="consent"
          defaultValue={{ phone: false, post: true, sms: true, email: false }}
        />
      </form>,
    );
    expect(new FormData(screen.getByTestId("form") as HTMLFormElement).getAll("consent")).toEqual([
      "post",
      "sms",
    ]);
  });
});
