import type { RetrievalErrorId } from "./dqeErrorTexts.js";

/** The consent per channel that GDPR_MSG recorded, as DQE writes it: 0 or 1. */
export interface ConsentChannels {
  phone: 0 | 1;
  post: 0 | 1;
  sms: 0 | 1;
  email: 0 | 1;
}

/** An SMS the sandbox "sent". */
export interface SandboxMessage {
  /** Recipient, DQE format (digits, no `+`). */
  readonly to: string;
  /** The whole text, PIN included. */
  readonly text: string;
  /** The PIN it carries. */
  readonly pin: string;
  /** The `smsToken` GDPR_MSG answered with. */
  readonly smsToken: string;
  /** When it was sent, ISO 8601. */
  readonly sentAt: string;
}

/** A PIN waiting for GDPR_VERIF. */
export interface PinSession {
  readonly smsToken: string;
  readonly phone: string;
  readonly pin: string;
  readonly expiresAt: number;
  readonly channels: ConsentChannels;
}

/** The retrieval errors a check can end with once its operator URL was opened. */
export type CheckErrorId = Extract<RetrievalErrorId, "18" | "20" | "21" | "99">;

/** How a number check ended, once its operator URL was opened. */
export type CheckOutcome =
  | { readonly status: "success"; readonly numVerify: boolean }
  | { readonly status: "error"; readonly errorId: CheckErrorId };

/** A number check started by IDMOBILE, identified by the access token it used. */
export interface NumberCheck {
  /** Random id of its operator URL (not the token: the URL goes to the phone). */
  readonly id: string;
  readonly accessToken: string;
  readonly number: string;
  readonly redirectUri: string | undefined;
  /** After this, a check never opened answers error 30. */
  readonly expiresAt: number;
  outcome: CheckOutcome | undefined;
}

interface AccessTokenRecord {
  readonly expiresAt: number;
  used: boolean;
}

/** Everything the sandbox remembers, in memory; `reset()` forgets it all. */
export class SandboxState {
  #messages: SandboxMessage[] = [];
  readonly #pinSessions = new Map<string, PinSession>();
  readonly #tokenByPhone = new Map<string, string>();
  readonly #accessTokens = new Map<string, AccessTokenRecord>();
  readonly #checksById = new Map<string, NumberCheck>();
  readonly #checksByToken = new Map<string, NumberCheck>();

  /** Stores a PIN; a previous one for the same phone is dropped (its token then answers 05). */
  startPinSession(session: PinSession): void {
    const previous = this.#tokenByPhone.get(session.phone);
    if (previous !== undefined) this.#pinSessions.delete(previous);
    this.#pinSessions.set(session.smsToken, session);
    this.#tokenByPhone.set(session.phone, session.smsToken);
  }

  pinSession(smsToken: string): PinSession | undefined {
    return this.#pinSessions.get(smsToken);
  }

  /** A PIN is accepted once. */
  consumePinSession(session: PinSession): void {
    this.#pinSessions.delete(session.smsToken);
    if (this.#tokenByPhone.get(session.phone) === session.smsToken) this.#tokenByPhone.delete(session.phone);
  }

  recordMessage(message: SandboxMessage): void {
    this.#messages.push(message);
  }

  /** The SMS sent, newest first; only those to `phone` when given. */
  messages(phone?: string): SandboxMessage[] {
    const list = phone === undefined ? this.#messages : this.#messages.filter((m) => m.to === phone);
    return list.slice().reverse();
  }

  addAccessToken(token: string, expiresAt: number): void {
    this.#accessTokens.set(token, { expiresAt, used: false });
  }

  /** True for a known access token, not expired at `now` and not yet used by a check. */
  accessTokenUsable(token: string, now: number): boolean {
    const record = this.#accessTokens.get(token);
    return record !== undefined && !record.used && now < record.expiresAt;
  }

  /** Binds a check to its access token, which can start no other check. */
  addCheck(check: NumberCheck): void {
    const record = this.#accessTokens.get(check.accessToken);
    if (record !== undefined) record.used = true;
    this.#checksById.set(check.id, check);
    this.#checksByToken.set(check.accessToken, check);
  }

  checkById(id: string): NumberCheck | undefined {
    return this.#checksById.get(id);
  }

  checkByToken(accessToken: string): NumberCheck | undefined {
    return this.#checksByToken.get(accessToken);
  }

  reset(): void {
    this.#messages = [];
    this.#pinSessions.clear();
    this.#tokenByPhone.clear();
    this.#accessTokens.clear();
    this.#checksById.clear();
    this.#checksByToken.clear();
  }
}
