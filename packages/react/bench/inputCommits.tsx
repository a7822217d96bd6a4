import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Profiler } from "react";
import { PinField } from "../src/testSupport/PinField.js";

export interface CommitFigures {
  readonly action: string;
  /** React commits each time the action was done. */
  readonly commits: readonly number[];
}

/** The browser changed the value itself in one input event (an SMS suggestion, an IME). */
function nativeEdit(input: HTMLInputElement, value: string, inputType: string, data: string | null) {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set?.call(input, value);
  input.dispatchEvent(new InputEvent("input", { bubbles: true, inputType, data }));
}

/** React commits (counted with `React.Profiler`) of a PIN field per keystroke, Backspace, paste and autofill. */
export async function measureInputCommits(): Promise<CommitFigures[]> {
  const user = userEvent.setup();
  let commits = 0;
  render(
    <Profiler id="pin" onRender={() => (commits += 1)}>
      <PinField />
    </Profiler>,
  );
  const input = screen.getByLabelText("Verification code") as HTMLInputElement;
  await user.click(input);
  const measure = async (times: number, action: () => Promise<void> | void) => {
    const counts: number[] = [];
    for (let i = 0; i < times; i++) {
      commits = 0;
      await action();
      counts.push(commits);
    }
    return counts;
  };
  const figures: CommitFigures[] = [];
  let digit = 0;
  figures.push({
    action: "keystroke (6 digits)",
    commits: await measure(6, () => user.keyboard(String(++digit))),
  });
  figures.push({ action: "Backspace", commits: await measure(3, () => user.keyboard("{Backspace}")) });
  const paste = (text: string) =>
    act(() => {
      fireEvent.paste(input, { clipboardData: { getData: () => text } });
    });
  figures.push({ action: 'paste "123 456"', commits: await measure(1, () => paste("123 456")) });
  figures.push({
    action: 'paste "٩٨٧٦٥٤" over a full code',
    commits: await measure(1, () => paste("٩٨٧٦٥٤")),
  });
  figures.push({
    action: "autofill (one input event)",
    commits: await measure(1, () =>
      act(() => nativeEdit(input, "654321", "insertReplacementText", "654321")),
    ),
  });
  figures.push({ action: "refused letter", commits: await measure(1, () => user.keyboard("x")) });
  cleanup();
  return figures;
}
