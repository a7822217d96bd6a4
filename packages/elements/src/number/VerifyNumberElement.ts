import type { VerifyError } from "@verify-kit/core";
import {
  createNumberVerifyPoll,
  type NumberVerifyPollDeps,
  type NumberVerifyPollFlow,
  type NumberVerifyPollState,
} from "@verify-kit/core/flows";
import { PhoneFieldPart, phoneRules } from "../phone/PhoneFieldPart.js";
import { VerifyPhoneElement } from "../phone/VerifyPhoneElement.js";
import { button, h, heading, setAttributes, setButtonLabel, setText, toggle } from "../support/dom.js";
import { FlowElement, type FlowEventMap } from "../support/FlowElement.js";
import { secondsUntil } from "../support/words.js";

type Step = "phone" | "pending" | "verified" | "failed" | "sms";

interface NavigatorWithHints {
  readonly userAgentData?: { readonly mobile?: boolean };
}

/** Whether this browser runs on a phone: its own report where it gives one, else its user agent. */
function isPhoneBrowser(): boolean {
  const reported = (navigator as NavigatorWithHints).userAgentData?.mobile;
  return reported ?? /Android|iPhone|iPod|Mobile|IEMobile|Opera Mini/i.test(navigator.userAgent);
}

const stepOf = (state: NumberVerifyPollState): Exclude<Step, "sms"> =>
  state.status === "idle" || state.status === "starting"
    ? "phone"
    : state.status === "pending"
      ? "pending"
      : state.status === "verified"
        ? "verified"
        : "failed";

interface View {
  readonly step: Step;
  readonly root: HTMLElement;
  readonly focus: HTMLElement | undefined;
  readonly field?: PhoneFieldPart;
  readonly main?: HTMLButtonElement;
  readonly elapsed?: HTMLParagraphElement;
  readonly retrying?: HTMLParagraphElement;
  readonly alert?: HTMLParagraphElement;
  readonly retry?: HTMLButtonElement;
  readonly sms?: VerifyPhoneElement;
}

/**
 * `<verify-number>`: the operator check on `createNumberVerifyPoll` of `@verify-kit/core/flows`. On a phone, a
 * button opens the operator's page (Wi-Fi off); on a desktop, its QR code and "Copy link". While it waits,
 * the time since it started, a line while the connection is retried, and Cancel. Then success, or the
 * reason with a retry where it may help and, where the SMS code is the way on, a one-click switch to a
 * `<verify-phone>` inside it with the number filled in (which then takes this element's place in the form:
 * its verified number becomes this element's value). The same texts, focus moves and announcements as
 * `NumberVerification` of `@verify-kit/ui`. `device="phone"` or `"desktop"` forces the layout.
 */
export class VerifyNumberElement extends FlowElement<NumberVerifyPollDeps> {
  static override readonly observedAttributes = [...FlowElement.observedAttributes, "device"];
  private poll: NumberVerifyPollFlow | undefined;
  private view: View | undefined;
  private phoneError: VerifyError | undefined;
  private smsPhone: string | undefined;

  constructor() {
    super("vk-number-verification");
  }

  /** The check's state (read only). */
  get state(): NumberVerifyPollState | undefined {
    return this.poll?.getState();
  }

  protected deps(): NumberVerifyPollDeps {
    const deadline = Number(this.getAttribute("deadline"));
    return {
      adapter: this.adapter,
      queryClient: this.queryClient,
      ...(deadline > 0 ? { deadlineS: deadline } : {}),
      onVerified: (state) => {
        this.setVerified(state.phone, state.proof);
        this.emit("vk-verified", {
          phone: state.phone,
          verifiedAt: new Date(state.startedAt + state.elapsedMs).toISOString(),
          consent: undefined,
          proof: state.proof,
        });
      },
    };
  }

  protected begin() {
    const poll = createNumberVerifyPoll(this.deps());
    this.poll = poll;
    this.lifecycle = poll;
    this.follow(poll, (state, before) => this.changed(state, before));
    // The SMS fallback's verified number is this element's value.
    this.addEventListener("vk-verified", (event) => {
      if (event.target === this) return;
      const { phone, proof } = (event as FlowEventMap["vk-verified"]).detail;
      this.setVerified(phone, proof);
    });
  }

  protected restart() {
    this.setVerified("");
    this.smsPhone = undefined;
    this.phoneError = undefined;
    this.poll?.cancel();
    this.redraw();
  }

  protected ticking() {
    const state = this.poll?.getState();
    return (
      this.smsPhone === undefined &&
      (state?.status === "pending" || (state !== undefined && "retryAt" in state))
    );
  }

  protected requiredText() {
    return this.texts.numberVerificationRequired;
  }

  protected focusStep() {
    const view = this.view;
    if (view?.sms) view.sms.focus();
    else (view?.field?.input ?? view?.focus)?.focus();
  }

  protected redraw() {
    this.view = undefined;
    this.render();
  }

  private onPhone(): boolean {
    const device = this.getAttribute("device");
    return device === "phone" || (device !== "desktop" && isPhoneBrowser());
  }

  /** Each new state: what core's `numberVerificationCue` says and focuses, as `NumberVerification` does. */
  private changed(state: NumberVerifyPollState, before: NumberVerifyPollState) {
    const cue = phoneRules().numberVerificationCue(before, state, {
      messages: this.texts,
      locale: this.locale,
      onPhone: this.onPhone(),
    });
    this.render();
    this.announce(cue.say);
    // Cancelled after the SMS fallback took over: the inner flow keeps the focus.
    if (cue.focus === "phone" && this.smsPhone !== undefined) return;
    if (cue.focus === "phone") this.view?.field?.input.focus();
    else if (cue.focus === "alert") this.view?.alert?.focus();
    else if (cue.focus === "heading") this.view?.focus?.focus();
  }

  protected onEnter() {
    if (this.view?.step === "phone") void this.submit();
  }

  private async submit() {
    const poll = this.poll;
    const field = this.view?.field;
    if (poll === undefined || field === undefined || poll.getState().status === "starting") return;
    const read = await field.read();
    if (!read.ok) {
      this.phoneError = read.error;
      this.render();
      this.announce(this.texts[read.error.code]);
      this.emitError(read.error);
      field.input.focus();
      return;
    }
    void poll.start(read.value.e164);
  }

  private fallBackToSms(phone: string) {
    this.poll?.cancel();
    this.smsPhone = phone;
    this.render();
    this.announce(
      phoneRules().fill(this.texts.numberVerificationSmsStep, { phone: phoneRules().displayPhone(phone) }),
    );
  }

  protected render() {
    const poll = this.poll;
    if (poll === undefined) return;
    const state = poll.getState();
    const step: Step = this.smsPhone === undefined ? stepOf(state) : "sms";
    if (this.view?.step !== step) {
      this.view = this.build(step, state);
      this.body.replaceChildren(this.view.root);
      if (step === "sms") {
        this.view.sms?.focus();
        this.view.sms?.sendNow();
      }
    }
    this.draw(this.view, state);
    this.showStep(step, step === "sms" ? "sms" : state.status);
  }

  private build(step: Step, state: NumberVerifyPollState): View {
    const t = this.texts;
    const level = Number(this.getAttribute("heading-level") ?? 2);
    const poll = this.poll as NumberVerifyPollFlow;
    if (step === "sms") {
      // Inside this element, its live region kept: it says the step changed. The inner flow has no name:
      // this element holds the form's value.
      const sms = new VerifyPhoneElement();
      for (const name of ["api", "lang", "country", "countries", "consent", "heading-level"]) {
        const value = this.getAttribute(name);
        if (value !== null) sms.setAttribute(name, value);
      }
      sms.setAttribute("phone", this.smsPhone ?? "");
      sms.adapter = this.adapter;
      return { step, root: sms, focus: undefined, sms };
    }
    if (step === "phone") {
      const field = new PhoneFieldPart({
        texts: t,
        locale: this.locale,
        phone: "phone" in state ? state.phone : (this.getAttribute("phone") ?? ""),
        country: this.getAttribute("country") ?? undefined,
        countries: this.countriesAttribute(),
        servedCountries: () => this.servedCountries(),
        onEdit: () => {
          this.phoneError = undefined;
          this.render();
        },
      });
      const main = button(t.numberVerificationStart, { "data-vk-submit": true }, () => void this.submit());
      const root = h(
        "div",
        { class: "vk-flow__step" },
        heading(level, "vk-flow__title", t.numberVerificationTitle),
        h("p", { class: "vk-flow__text" }, t.numberVerificationIntro),
        field.root,
        h("div", { class: "vk-flow__actions" }, main),
      );
      return { step, root, focus: field.input, field, main };
    }
    if (step === "verified") {
      const title = heading(level, "vk-flow__success-title", t.numberVerificationVerifiedTitle);
      const root = h(
        "div",
        { class: "vk-flow__success" },
        title,
        h(
          "p",
          { class: "vk-flow__text" },
          phoneRules().fill(t.numberVerificationVerified, {
            phone: phoneRules().displayPhone("phone" in state ? state.phone : ""),
          }),
        ),
      );
      return { step, root, focus: title };
    }
    if (step === "pending" && state.status === "pending") {
      const onPhone = this.onPhone();
      const title = heading(
        level,
        "vk-flow__title",
        onPhone ? t.numberVerificationOpenTitle : t.numberVerificationScanTitle,
      );
      const elapsed = h("p", { class: "vk-flow__muted" });
      const retrying = h("p", { class: "vk-flow__muted" }, t.numberVerificationRetrying);
      const cancel = button(t.numberVerificationCancel, { "data-variant": "link" }, () => poll.cancel());
      const root = h("div", { class: "vk-flow__step" }, title);
      const { url } = state;
      if (onPhone) {
        root.append(
          h("p", { class: "vk-flow__text" }, t.numberVerificationWifiHint),
          h(
            "div",
            { class: "vk-flow__actions" },
            h(
              "a",
              { class: "vk-button", href: url, target: "_blank", rel: "noopener noreferrer" },
              t.numberVerificationOpen,
            ),
          ),
        );
      } else {
        const qrSlot = h("div", { class: "vk-flow__qr" });
        const link = h("input", {
          class: "vk-flow__link",
          readonly: true,
          "aria-label": t.numberVerificationLinkLabel,
        });
        link.value = url;
        link.addEventListener("focus", () => link.select());
        toggle(link, false);
        import("./qrCode.js").then(
          ({ qrCode }) => qrSlot.replaceChildren(qrCode(url, t.numberVerificationQrLabel)),
          // No code to scan (its chunk did not load): the link, to copy by hand; the focus stays where it is.
          () => toggle(link, true),
        );
        const copy = button(t.numberVerificationCopy, { "data-variant": "secondary" }, () => {
          const copied = navigator.clipboard?.writeText(url) ?? Promise.reject(new Error("no clipboard"));
          copied.then(
            () => this.announce(t.numberVerificationCopied),
            () => {
              // The link stays reachable: shown, selected, to copy by hand.
              toggle(link, true);
              link.focus();
              this.announce(t.numberVerificationCopyFailed);
            },
          );
        });
        root.append(
          h(
            "p",
            { class: "vk-flow__text" },
            phoneRules().fill(t.numberVerificationScan, { phone: phoneRules().displayPhone(state.phone) }),
          ),
          qrSlot,
          h("div", { class: "vk-flow__actions" }, copy),
          link,
        );
      }
      root.append(elapsed, retrying, h("div", { class: "vk-flow__actions" }, cancel));
      return { step, root, focus: title, elapsed, retrying };
    }
    // failed, not_verified, timed_out, error
    const failedPhone = "phone" in state ? state.phone : "";
    const alert = h("p", { class: "vk-flow__alert", tabindex: -1 });
    const error = "error" in state ? state.error : undefined;
    const actions = h("div", { class: "vk-flow__actions" });
    if ("fallbackToSms" in state && state.fallbackToSms) {
      actions.append(button(t.numberVerificationUseSms, {}, () => this.fallBackToSms(failedPhone)));
    }
    let retry: HTMLButtonElement | undefined;
    if (error?.retryable) {
      retry = button(
        t.numberVerificationRetry,
        { "data-variant": "fallbackToSms" in state && state.fallbackToSms ? "secondary" : undefined },
        () => void poll.restart(),
      );
      actions.append(retry);
    }
    actions.append(button(t.numberVerificationOtherNumber, { "data-variant": "link" }, () => poll.cancel()));
    const root = h(
      "div",
      { class: "vk-flow__step" },
      heading(level, "vk-flow__title", t.numberVerificationFailedTitle),
      alert,
      actions,
    );
    return { step, root, focus: alert, alert, ...(retry ? { retry } : {}) };
  }

  private draw(view: View, state: NumberVerifyPollState) {
    const t = this.texts;
    if (view.step === "phone" && view.field && view.main) {
      view.field.showError(this.phoneError && t[this.phoneError.code]);
      const starting = state.status === "starting";
      setButtonLabel(view.main, t.numberVerificationStart, t.numberVerificationStarting, starting);
      setAttributes(view.main, { "aria-disabled": starting ? "true" : undefined });
    }
    if (view.step === "pending" && state.status === "pending") {
      if (view.elapsed)
        setText(
          view.elapsed,
          phoneRules().fill(t.numberVerificationWaiting, {
            time: phoneRules().clock((Date.now() - state.startedAt) / 1000),
          }),
        );
      if (view.retrying) toggle(view.retrying, state.retrying !== undefined);
    }
    if (view.step === "failed" && view.alert && "error" in state) {
      const waitS = "retryAt" in state ? secondsUntil(state.retryAt) : 0;
      const wait =
        waitS > 0 ? ` ${phoneRules().waitText(t.numberVerificationRetryWhen, waitS, this.locale)}` : "";
      setText(view.alert, `${t[state.error.code]}${wait}`);
      if (view.retry) {
        setText(
          view.retry,
          waitS > 0
            ? phoneRules().waitText(t.numberVerificationRetryIn, waitS, this.locale)
            : t.numberVerificationRetry,
        );
        setAttributes(view.retry, { "aria-disabled": waitS > 0 ? "true" : undefined });
      }
    }
  }
}
