// What Next.js refuses in a client component's render while it prerenders with `cacheComponents`: the
// current time and randomness. These tests refuse them too, during the render they wrap.

const refusal = (what: string) => () => {
  throw new Error(`${what} read during render`);
};

/** Runs `render` with `Date.now()`, `Date()`, `new Date()`, `Math.random()` and `crypto`'s randomness refused. */
export function withoutUnstableValues<T>(render: () => T): T {
  const RealDate = globalThis.Date;
  const { random } = Math;
  const { getRandomValues, randomUUID } = globalThis.crypto;
  const RefusingDate = new Proxy(RealDate, {
    apply: refusal("Date()"),
    construct: (target, args: unknown[]) => {
      if (args.length === 0) return refusal("new Date()")();
      return new target(...(args as [number]));
    },
    get: (target, key, receiver) =>
      key === "now" ? refusal("Date.now()") : Reflect.get(target, key, receiver),
  });
  globalThis.Date = RefusingDate;
  Math.random = refusal("Math.random()");
  globalThis.crypto.getRandomValues = refusal("crypto.getRandomValues()");
  globalThis.crypto.randomUUID = refusal("crypto.randomUUID()");
  try {
    return render();
  } finally {
    globalThis.Date = RealDate;
    Math.random = random;
    globalThis.crypto.getRandomValues = getRandomValues;
    globalThis.crypto.randomUUID = randomUUID;
  }
}
