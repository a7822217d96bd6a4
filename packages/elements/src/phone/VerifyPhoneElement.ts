import { errorCatalogue, hasAnyConsent, VerifyError } from "@verify-kit/core";
import {
  createPinVerificationFlow,
  type PinVerificationFlow,
  type PinVerificationFlowDeps,
  type PinVerificationPart,
  type PinVerificationState,
  pinActionRefusal,
  sessionOf,
} from "@verify-kit/core/flows";
import { ConsentPart, consentList } from "../support/ConsentPart.js";
import { button, h, heading, setAttributes, setButtonLabel, setText, toggle } from "../support/dom.js";
import { FlowElement } from "../support/FlowElement.js";
import { PinFieldPart } from "../support/PinFieldPart.js";
import { secondsUntil } from "../support/words.js";
import { PhoneFieldPart, phoneRules } from "./PhoneFieldPart.js";

type Step = "phone" | "code" | "verified";

const stepOf = (state: PinVerificationState): Step =>
  state.status === "verified" ? "verified" : sessionOf(state) === undefined ? "phone" : "code";

/** What the phone step shows: built once per visit, updated in place (focus and typing stay). */
interface PhoneView {
  readonly step: "phone";
  readonly root: HTMLElement;
  readonly field: PhoneFieldPart;
  readonly consent: ConsentPart | undefined;
  readonly alert: HTMLParagraphElement;
  readonly send: HTMLButtonElement;
}

interface CodeView {
  readonly step: "code";
  readonly root: HTMLElement;
  readonly sentTo: Text;
  readonly pin: PinFieldPart;
  readonly checking: HTMLParagraphElement;
  readonly expiry: HTMLParagraphElement;
  readonly alert: HTMLParagraphElement;
  readonly retry: HTMLButtonElement;
  readonly noResend: HTMLParagraphElement;
  readonly startAgain: HTMLButtonElement;
  readonly resend: HTMLButtonElement;
}

interface VerifiedView {
  readonly step: "verified";
  readonly root: HTMLElement;
  readonly title: HTMLElement;
}

type View = PhoneView | CodeView | VerifiedView;

/**
 * `<verify-phone>`: the SMS PIN flow on `createPinVerificationFlow` of `@verify-kit/core/flows`. The number
 * (and with `consent`, the contact channels) -> "Send code" -> the code, with where it went, "Change number",
 * "Resend code" and its countdown, attempts left, expiry -> verified. The same steps, texts, focus moves and
 * announcements as `PhoneVerification` of `@verify-kit/ui`.
 */
export class VerifyPhoneElement extends FlowElement<PinVerificationFlowDeps> {
  private flow: PinVerificationFlow | undefined;
  private view: View | undefined;
  /** A number error found before any request (malformed, not a mobile). */
  private phoneError: VerifyError | undefined;
  /** The number was edited since the last answer: that answer's error no longer applies. */
  private edited = false;
  private consentTried = false;
  private lastCode = "";
  private sendWanted = false;

  constructor() {
    super("vk-phone-verification");
  }

  /** The flow's state (read only), e.g. for a test or a page's own display. */
  get state(): PinVerificationState | undefined {
    return this.flow?.getState();
  }

  protected deps(): PinVerificationFlowDeps {
    return {
      adapter: this.adapter,
      queryClient: this.queryClient,
      onVerified: (state) => {
        this.setVerified(state.to, state.proof);
        this.emit("vk-verified", {
          phone: state.to,
          verifiedAt: state.verifiedAt,
          consent: this.consentMode() === "off" ? undefined : state.channels,
          proof: state.proof,
        });
      },
    };
  }

  protected begin() {
    const flow = createPinVerificationFlow(this.deps());
    this.flow = flow;
    this.lifecycle = flow;
    this.follow(flow, (state, before) => this.changed(state, before));
  }

  protected restart() {
    this.setVerified("");
    this.phoneError = undefined;
    this.edited = false;
    this.flow?.reset();
  }

  protected ticking() {
    const state = this.flow?.getState();
    return state !== undefined && state.status !== "idle" && state.status !== "verified";
  }

  protected requiredText() {
    return this.texts.phoneVerificationRequired;
  }

  protected focusStep() {
    const view = this.view;
    if (view?.step === "phone") view.field.input.focus();
    else if (view?.step === "code") view.pin.input.focus();
  }

  protected redraw() {
    this.view = undefined;
    this.render();
  }

  private consentMode(): "off" | "optional" | "required" {
    const mode = this.getAttribute("consent");
    return mode === "optional" || mode === "required" ? mode : "off";
  }

  /**
   * Each new state: what core's `pinVerificationCue` says (the live region) and focuses (the part it names),
   * as `PhoneVerification` does; a refused or new code is cleared.
   */
  private changed(state: PinVerificationState, before: PinVerificationState) {
    const cue = phoneRules().pinVerificationCue(before, state, this.wording());
    if ((state.status === "rejected" || state.status === "sent") && this.view?.step === "code")
      this.view.pin.clear();
    if (state.status === "idle") this.edited = false;
    this.render();
    this.announce(cue.say);
    if (cue.focus) this.partFor(cue.focus)?.focus();
    // The button just used may be gone (Try again while the code is checked): keep focus in the step.
    if (document.activeElement === document.body) this.focusStep();
  }

  private wording() {
    return { messages: this.texts, locale: this.locale };
  }

  /** The element a cue's part names, in the step on screen. */
  private partFor(part: PinVerificationPart): HTMLElement | undefined {
    const view = this.view;
    if (view?.step === "verified") return part === "title" ? view.title : undefined;
    if (view?.step === "phone") return part === "alert" ? view.alert : view.field.input;
    if (view?.step !== "code") return undefined;
    if (part === "code") return view.pin.input;
    if (part === "resend") return view.resend.hidden ? view.startAgain : view.resend;
    return view.alert;
  }

  private attemptsLeft(count: number) {
    return phoneRules().attemptsLeftText(count, this.wording());
  }

  private retryText(error: VerifyError) {
    return phoneRules().errorWithWaitText(error, this.texts.phoneVerificationRetryWhen, this.wording());
  }

  protected onEnter() {
    const view = this.view;
    if (view?.step === "phone") void this.submitPhone();
    // Enter checks a whole code (the same check as its completion: one request).
    else if (view?.step === "code" && view.pin.code.length === 6) this.checkCode(view.pin.code);
  }

  /**
   * Sends the code to the number it holds, at once (the operator check's SMS fallback: one step from the
   * choice to the code field), as soon as the flow runs.
   */
  sendNow() {
    if (this.view?.step === "phone") void this.submitPhone();
    else this.sendWanted = true;
  }

  protected override onStarted() {
    if (!this.sendWanted) return;
    this.sendWanted = false;
    void this.submitPhone();
  }

  private async submitPhone() {
    const flow = this.flow;
    const view = this.view;
    if (flow === undefined || view?.step !== "phone") return;
    const state = flow.getState();
    if (state.status === "sending" || state.status === "checking") return;
    // A limit's wait holds for the number it was about, not for an edited one.
    if (!this.edited && state.status === "error" && secondsUntil(state.retryAt) > 0) return;
    const read = await view.field.read();
    if (!read.ok) {
      this.phoneError = read.error;
      this.render();
      this.announce(this.texts[read.error.code]);
      this.emitError(read.error);
      view.field.input.focus();
      return;
    }
    const mode = this.consentMode();
    const consent = view.consent?.channels;
    if (mode === "required" && consent && !hasAnyConsent(consent)) {
      this.consentTried = true;
      this.render();
      this.announce(this.texts.consent_required);
      this.emitError(new VerifyError("consent_required"));
      view.consent?.boxes[0]?.focus();
      return;
    }
    this.edited = false;
    // Optional consent with no channel chosen sends none: the code never depends on marketing consent.
    void flow.send({ phone: read.value.e164, ...(consent && hasAnyConsent(consent) ? { consent } : {}) });
  }

  private checkCode(code: string) {
    this.lastCode = code;
    void this.flow?.check(code);
  }

  /** Builds the step when it changed, then sets what the state shows in place. */
  protected render() {
    const flow = this.flow;
    if (flow === undefined) return;
    const state = flow.getState();
    const step = stepOf(state);
    if (this.view?.step !== step) {
      this.view = this.build(step, state);
      this.body.replaceChildren(this.view.root);
    }
    const view = this.view;
    if (view.step === "phone") this.drawPhone(view, state);
    else if (view.step === "code") this.drawCode(view, state);
    this.showStep(step, state.status);
  }

  private build(step: Step, state: PinVerificationState): View {
    const t = this.texts;
    const level = Number(this.getAttribute("heading-level") ?? 2);
    if (step === "verified" && state.status === "verified") {
      const title = heading(level, "vk-flow__success-title", t.phoneVerificationVerifiedTitle);
      const consent = this.consentMode() !== "off";
      const root = h(
        "div",
        { class: "vk-flow__success" },
        title,
        h(
          "p",
          { class: "vk-flow__text" },
          phoneRules().fill(t.phoneVerificationVerified, { phone: phoneRules().displayPhone(state.to) }),
        ),
        consent && h("p", { class: "vk-flow__muted" }, t.phoneVerificationConsent),
        consent && consentList(t, state.channels),
      );
      return { step: "verified", root, title };
    }
    if (step === "code") {
      const pin = new PinFieldPart({
        label: t.phoneVerificationCodeLabel,
        complete: t.pinInputComplete,
        digitsOnly: t.pinInputDigitsOnly,
        onComplete: (code) => this.checkCode(code),
      });
      const sentTo = document.createTextNode("");
      const flow = this.flow as PinVerificationFlow;
      const change = button(t.phoneVerificationChangeNumber, { "data-variant": "link" }, () =>
        flow.changeNumber(),
      );
      const checking = h("p", { class: "vk-flow__muted" }, t.phoneVerificationChecking);
      const expiry = h("p", { class: "vk-flow__muted" });
      const alert = h("p", { class: "vk-flow__alert", tabindex: -1 });
      const retry = button(t.phoneVerificationRetry, {}, () => this.checkCode(this.lastCode));
      const noResend = h("p", { class: "vk-flow__muted" }, t.phoneVerificationNoResendLeft);
      const startAgain = button(t.phoneVerificationStartAgain, { "data-variant": "secondary" }, () =>
        flow.changeNumber(),
      );
      const resend = button(
        t.phoneVerificationResend,
        { "data-variant": "secondary" },
        () => void flow.resend(),
      );
      const root = h(
        "div",
        { class: "vk-flow__step" },
        heading(level, "vk-flow__title", t.phoneVerificationCodeTitle),
        h("p", { class: "vk-flow__text" }, sentTo, " ", change),
        pin.root,
        checking,
        expiry,
        alert,
        h("div", { class: "vk-flow__actions" }, retry, noResend, startAgain, resend),
      );
      return {
        step: "code",
        root,
        sentTo,
        pin,
        checking,
        expiry,
        alert,
        retry,
        noResend,
        startAgain,
        resend,
      };
    }
    const phone =
      state.status === "idle"
        ? (state.phone ?? this.getAttribute("phone") ?? "")
        : (this.getAttribute("phone") ?? "");
    const field = new PhoneFieldPart({
      texts: t,
      locale: this.locale,
      phone,
      country: this.getAttribute("country") ?? undefined,
      countries: this.countriesAttribute(),
      servedCountries: () => this.servedCountries(),
      onEdit: () => {
        this.phoneError = undefined;
        this.edited = true;
        this.render();
      },
    });
    const mode = this.consentMode();
    const consent =
      mode === "off"
        ? undefined
        : new ConsentPart(t, mode === "required", () => {
            this.consentTried = mode === "required";
            this.render();
          });
    const alert = h("p", { class: "vk-flow__alert", tabindex: -1 });
    const send = button(t.phoneVerificationSend, { "data-vk-submit": true }, () => void this.submitPhone());
    const root = h(
      "div",
      { class: "vk-flow__step" },
      heading(level, "vk-flow__title", t.phoneVerificationTitle),
      h("p", { class: "vk-flow__text" }, t.phoneVerificationIntro),
      field.root,
      consent?.root,
      alert,
      h("div", { class: "vk-flow__actions" }, send),
    );
    return { step: "phone", root, field, consent, alert, send };
  }

  private drawPhone(view: PhoneView, state: PinVerificationState) {
    const t = this.texts;
    const lastError = this.edited || !("error" in state) ? undefined : state.error;
    const serverNumberError = lastError && errorCatalogue[lastError.code].aboutNumber ? lastError : undefined;
    const fieldError = this.phoneError ?? serverNumberError;
    view.field.showError(fieldError && t[fieldError.code]);
    const consent = view.consent;
    if (consent) {
      const missing = this.consentTried && !hasAnyConsent(consent.channels);
      consent.showError(missing ? t.consent_required : undefined);
    }
    const alert = lastError !== undefined && fieldError === undefined ? lastError : undefined;
    const busy = state.status === "sending";
    const retrying = !this.edited && state.status === "error" && state.retryable;
    const waitS = retrying ? secondsUntil(state.retryAt) : 0;
    setText(view.alert, alert ? this.retryText(alert) : "");
    toggle(view.alert, alert !== undefined);
    setButtonLabel(
      view.send,
      waitS > 0
        ? phoneRules().waitText(t.phoneVerificationRetryIn, waitS, this.locale)
        : retrying
          ? t.phoneVerificationRetry
          : t.phoneVerificationSend,
      t.phoneVerificationSending,
      busy,
    );
    setAttributes(view.send, { "aria-disabled": busy || waitS > 0 ? "true" : undefined });
  }

  private drawCode(view: CodeView, state: PinVerificationState) {
    const t = this.texts;
    const session = sessionOf(state);
    if (session === undefined) return;
    const now = Date.now();
    setText(
      view.sentTo,
      phoneRules().fill(t.phoneVerificationSentTo, { phone: phoneRules().displayPhone(session.to) }),
    );
    const codeError =
      state.status === "rejected"
        ? `${t[state.error.code]} ${this.attemptsLeft(state.attemptsLeft)}`
        : state.status === "expired"
          ? t[state.error.code]
          : undefined;
    view.pin.setState({
      readOnly: state.status === "checking",
      disabled: state.status === "expired",
      error: codeError,
    });
    toggle(view.checking, state.status === "checking");
    const expiresIn =
      state.status === "sent" || state.status === "rejected" ? secondsUntil(session.expiresAt, now) : 0;
    setText(
      view.expiry,
      expiresIn > 0
        ? phoneRules().fill(t.phoneVerificationExpiresIn, { time: phoneRules().clock(expiresIn) })
        : "",
    );
    toggle(view.expiry, expiresIn > 0);
    const alert = state.status === "error" ? state.error : undefined;
    setText(view.alert, alert ? t[alert.code] : "");
    toggle(view.alert, alert !== undefined);
    // Try again, for a check that failed on the way (the wait, if any, counts down on it).
    const retryShown = state.status === "error" && state.retryable && state.failed === "check";
    toggle(view.retry, retryShown);
    const retryWait = retryShown ? secondsUntil(state.retryAt, now) : 0;
    setText(
      view.retry,
      retryWait > 0
        ? phoneRules().waitText(t.phoneVerificationRetryIn, retryWait, this.locale)
        : t.phoneVerificationRetry,
    );
    setAttributes(view.retry, { "aria-disabled": retryWait > 0 ? "true" : undefined });
    // Resend, with its countdown (the cooldown, or a limit's wait); with none left, Start again.
    const noneLeft = session.resendsLeft <= 0;
    toggle(view.noResend, noneLeft);
    toggle(view.startAgain, noneLeft);
    toggle(view.resend, !noneLeft);
    const sending = state.status === "sending";
    const waitS = secondsUntil(session.resendAvailableAt, now);
    const ready = pinActionRefusal(state, "resend", now) === undefined;
    setButtonLabel(
      view.resend,
      waitS > 0
        ? phoneRules().waitText(t.phoneVerificationResendIn, waitS, this.locale)
        : t.phoneVerificationResend,
      t.phoneVerificationSending,
      sending,
    );
    setAttributes(view.resend, { "aria-disabled": ready ? undefined : "true" });
  }
}
