/**
 * A value that can be read once. The PIN travels to the request inside one, so that what TanStack Query
 * keeps of a mutation (its variables, for devtools and the mutation cache) never holds the code, and the
 * code is gone from memory the moment the request has taken it. It prints and serialises as nothing.
 */
export class OneTimeSecret {
  #value: string | undefined;

  constructor(value: string) {
    this.#value = value;
  }

  /** The value, the first time only; `""` afterwards. */
  take(): string {
    const value = this.#value ?? "";
    this.#value = undefined;
    return value;
  }

  toJSON(): Record<string, never> {
    return {};
  }

  toString(): string {
    return "[secret]";
  }
}
