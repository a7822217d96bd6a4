import { QueryClient } from "@tanstack/query-core";
import { createVerifyApiClient, type VerifyError } from "@verify-kit/core";
import type { Readable, VerificationAdapter } from "@verify-kit/core/flows";
import { en, type UiMessages } from "@verify-kit/core/texts";
import { languageOf, loadTexts } from "../texts/loadTexts.js";
import { h, hideVisually, setText, toggle } from "./dom.js";
import { servedCountries } from "./servedCountries.js";

/** The events both elements dispatch: prefixed, so that none clashes with a native one. They bubble. */
export interface FlowEventMap {
  /**
   * The number is verified: E.164, when (ISO 8601), the consent recorded (SMS flow; none for the operator's),
   * and the backend adapter's signed proof for the host's backend (none without a proof secret there).
   */
  "vk-verified": CustomEvent<{
    readonly phone: string;
    readonly verifiedAt: string;
    readonly consent: Readonly<Record<string, boolean>> | undefined;
    readonly proof: string | undefined;
  }>;
  /** A request failed or was refused: the catalogue's stable code, and whether trying again may help. */
  "vk-error": CustomEvent<{
    readonly code: string;
    readonly retryable: boolean;
    readonly retryAfterS: number | undefined;
  }>;
  /** The element moved to another step (`phone`, `code`, `pending`, `failed`, `sms`, `verified`) or status. */
  "vk-step": CustomEvent<{ readonly step: string; readonly status: string }>;
}

/** What the elements need of a flow of `@verify-kit/core/flows` (both have it): its dependencies, its lifecycle. */
export interface FlowLifecycle<Deps> {
  update(deps: Deps): void;
  attach(): void;
  dispose(): void;
}

/** One QueryClient per page: the flows' requests are TanStack Query mutations and queries in it. */
let pageQueryClient: QueryClient | undefined;
const queryClient = () => {
  pageQueryClient ??= new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  return pageQueryClient;
};

/**
 * What `<verify-phone>` and `<verify-number>` share: attributes, the texts of their language, the flow's
 * outer element (`vk-flow`, `data-step`, `data-status`) and its polite live region, Enter in its inputs
 * running the step's action (never submitting the page's form), and their part in the page's form as
 * form-associated custom elements (`ElementInternals`): the verified number as the value under `name`, its
 * signed proof under `${name}_proof` when the adapter has a proof secret (for `readVerificationProof` on the
 * host's backend; no such entry otherwise), and with `required`, `valueMissing` until verified.
 *
 * Light DOM, on purpose: a `<label for>`, `aria-describedby`, the page's form and the browser's `tel` and
 * `one-time-code` autofill all work only when the inputs sit in the page's own tree (see the README and
 * `shadowDom.browser.test.ts`). The page's stylesheet (the kit's `--vk-*` properties) styles them.
 */
export abstract class FlowElement<Deps = unknown> extends HTMLElement {
  static readonly formAssociated = true;
  static readonly observedAttributes: readonly string[] = [
    "api",
    "lang",
    "phone",
    "country",
    "countries",
    "consent",
    "name",
    "required",
  ];

  protected readonly internals: ElementInternals;
  protected texts: UiMessages = en.messages;
  protected locale = "en";
  /** `vk-flow` and the flow's class: the root the kit's CSS styles. */
  protected readonly frame: HTMLDivElement;
  /** Where the current step is drawn. */
  protected readonly body: HTMLDivElement;
  private readonly refusal: HTMLParagraphElement;
  private readonly live: HTMLDivElement;
  private refusedIn: string | undefined;
  private customAdapter: VerificationAdapter | undefined;
  private client: { api: string; adapter: VerificationAdapter } | undefined;
  private ticker: ReturnType<typeof setInterval> | undefined;
  private lastStep: string | undefined;
  private lastStatus: string | undefined;
  private verified = "";
  private proof = "";
  private started = false;
  private wantsFocus = false;

  constructor(flowClass: string) {
    super();
    this.internals = this.attachInternals();
    this.body = h("div", { class: "vk-flow__body" });
    this.refusal = h("p", { class: "vk-flow__alert", hidden: true });
    this.live = hideVisually(
      h("div", { class: "vk-live-region", role: "status", "aria-live": "polite", "aria-atomic": "true" }),
    );
    toggle(this.refusal, false);
    this.frame = h("div", { class: `vk-flow ${flowClass}` }, this.body, this.refusal, this.live);
    this.frame.addEventListener("keydown", (event) => {
      // Handled once, by the innermost flow; an IME's Enter ends its composition.
      if (event.key !== "Enter" || event.defaultPrevented || event.isComposing) return;
      if ((event.target as Element).tagName !== "INPUT") return;
      // Enter in an input of a form submits it: the step runs instead.
      event.preventDefault();
      this.onEnter();
    });
    this.addEventListener("invalid", (event) => {
      // The element's own message and focus instead of a bubble.
      event.preventDefault();
      this.refusedIn = this.lastStatus;
      setText(this.refusal, this.requiredText());
      toggle(this.refusal, true);
      this.announce(this.requiredText());
      const first = this.internals.form?.querySelector(":invalid:not(form, fieldset)");
      if (!first || first === this) this.focusStep();
    });
  }

  /**
   * The client of the backend adapter's API the flows use: by default the browser client of `@verify-kit/core`
   * on the `api` attribute (`/api`, same origin, when absent). Set it to use another (tests, a custom transport).
   */
  get adapter(): VerificationAdapter {
    if (this.customAdapter) return this.customAdapter;
    const api = this.getAttribute("api") || "/api";
    if (this.client?.api !== api) {
      this.client = { api, adapter: createVerifyApiClient({ baseUrl: api.replace(/\/$/, "") }) };
    }
    return this.client.adapter;
  }

  set adapter(adapter: VerificationAdapter) {
    this.customAdapter = adapter;
  }

  protected get queryClient(): QueryClient {
    return queryClient();
  }

  /** The `countries` attribute (`"fr be ch"`, `"FR,BE"`) as ISO codes; undefined without one. */
  protected countriesAttribute(): string[] | undefined {
    return this.getAttribute("countries")
      ?.toUpperCase()
      .split(/[\s,]+/)
      .filter(Boolean);
  }

  /** The countries the backend adapter serves (`allowedCountries` of `GET /api/config`), asked once per adapter. */
  protected servedCountries(): Promise<readonly string[] | undefined> {
    return servedCountries(this.adapter);
  }

  /** Called once the flow runs and its step is drawn (after each connection). */
  protected onStarted() {}

  connectedCallback() {
    if (this.frame.parentNode !== this) this.replaceChildren(this.frame);
    void this.useLanguage().then(() => {
      if (!this.isConnected) return;
      if (!this.started) {
        this.started = true;
        this.begin();
      }
      this.resume();
      this.render();
      if (this.wantsFocus || this.hasAttribute("autofocus")) this.focusStep();
      this.wantsFocus = false;
      this.onStarted();
    });
    this.ticker = setInterval(() => {
      if (this.ticking()) this.render();
    }, 1000);
  }

  disconnectedCallback() {
    clearInterval(this.ticker);
    if (this.started) this.pause();
  }

  attributeChangedCallback(name: string, before: string | null, after: string | null) {
    if (before === after || !this.started) return;
    if (name === "lang") void this.useLanguage().then(() => this.redraw());
    else if (name === "name" || name === "required") this.update();
    // The next requests go to the new adapter.
    else if (name === "api") this.resume();
    else this.redraw();
  }

  private async useLanguage() {
    const pack = await loadTexts(languageOf(this));
    this.texts = pack.messages;
    this.locale = pack.locale;
  }

  /** Focuses what the current step asks for (the number, the code...); once drawn, if called before. */
  override focus() {
    if (this.started) this.focusStep();
    else this.wantsFocus = true;
  }

  /** The page's form reset: back to the start. */
  formResetCallback() {
    this.restart();
  }

  /** The flow, once created. */
  protected lifecycle: FlowLifecycle<Deps> | undefined;
  /** Creates the flow (once, on the first connection, with the texts loaded) and sets `lifecycle`. */
  protected abstract begin(): void;
  /** The flow's dependencies now (the adapter may have been set, or `api` changed). */
  protected abstract deps(): Deps;

  /** The element is in the page again: the flow follows its timers and requests again. */
  private resume() {
    this.lifecycle?.update(this.deps());
    this.lifecycle?.attach();
  }

  /** The element left the page: requests aborted, timers stopped. */
  private pause() {
    this.lifecycle?.dispose();
  }

  /** Back to the start (a form reset). */
  protected abstract restart(): void;
  /** Draws the current state, the step rebuilt only when it changed. */
  protected abstract render(): void;
  /** Rebuilds the step (after a change of language or of an attribute the step shows). */
  protected abstract redraw(): void;
  /** Enter in one of the step's inputs. */
  protected abstract onEnter(): void;
  /** The element to focus when the form's submit was refused (the number, the code...). */
  protected abstract focusStep(): void;
  /** Whether something on screen counts down (so the element redraws each second). */
  protected abstract ticking(): boolean;
  /** "Verify your mobile number to continue." */
  protected abstract requiredText(): string;

  /** The step and status shown now (`data-step`, `data-status`, `vk-step`), after a render. */
  protected showStep(step: string, status: string) {
    this.frame.dataset.step = step;
    this.frame.dataset.status = status;
    if (step !== this.lastStep || status !== this.lastStatus) {
      this.lastStep = step;
      this.lastStatus = status;
      if (this.refusedIn !== status) toggle(this.refusal, false);
      this.emit("vk-step", { step, status });
    }
    this.update();
  }

  /** Says `text` in the live region; the same text twice in a row is still said (an invisible space). */
  protected announce(text: string | undefined) {
    if (text === undefined) return;
    setText(this.live, this.live.textContent === text ? `${text}\u00a0` : text);
  }

  protected emit<K extends keyof FlowEventMap>(type: K, detail: FlowEventMap[K]["detail"]) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /**
   * Follows a flow's state: each change goes to `changed` with the state before it, after `vk-error` when it
   * brought a new error.
   */
  protected follow<S extends object>(flow: Readable<S>, changed: (state: S, before: S) => void) {
    let previous = flow.getState();
    const errorOf = (state: S) => ("error" in state ? (state.error as VerifyError) : undefined);
    flow.subscribe(() => {
      const state = flow.getState();
      const before = previous;
      if (before === state) return;
      previous = state;
      const error = errorOf(state);
      if (error && error !== errorOf(before)) this.emitError(error);
      changed(state, before);
    });
  }

  protected emitError(error: VerifyError) {
    const { code, retryable, retryAfterS } = error;
    this.emit("vk-error", { code, retryable, retryAfterS });
  }

  /** The verified number (E.164), or `""`: the form's value, `vk-verified`'s `phone`; with its proof. */
  protected setVerified(phone: string, proof: string | undefined = undefined) {
    this.verified = phone;
    this.proof = phone === "" ? "" : (proof ?? "");
    this.update();
  }

  /** The form value and validity, from the verified number, its proof and the `required` attribute. */
  private update() {
    const name = this.getAttribute("name");
    // Without a proof, the number alone: a host that doesn't use proofs sees no new field.
    if (this.verified === "" || !name || this.proof === "")
      this.internals.setFormValue(this.verified === "" ? null : this.verified);
    else {
      // Two entries: the number under `name`, and beside it the proof the host's backend checks.
      const entries = new FormData();
      entries.append(name, this.verified);
      entries.append(`${name}_proof`, this.proof);
      this.internals.setFormValue(entries, this.verified);
    }
    if (this.hasAttribute("required") && this.verified === "") {
      const anchor = this.frame.querySelector<HTMLElement>("input, button") ?? undefined;
      this.internals.setValidity({ valueMissing: true }, this.requiredText(), anchor);
    } else {
      this.internals.setValidity({});
    }
  }

  /** The verified number, E.164, `""` until then. */
  get value(): string {
    return this.verified;
  }
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get name(): string {
    return this.getAttribute("name") ?? "";
  }
  get type(): string {
    return this.localName;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }
}
