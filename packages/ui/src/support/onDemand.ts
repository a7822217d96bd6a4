/** A part of the page loaded when first needed (a chunk of its own), once. */
export interface OnDemand<T> {
  /** Starts the load, or joins the one under way; after a failure (the network), tries again. */
  load(): Promise<T>;
  /** The part once it has loaded, else undefined: a render can use it without waiting. */
  current(): T | undefined;
}

/** Wraps a dynamic `import()` so that it runs once, is tried again after a failure, and is read synchronously once loaded. */
export function onDemand<T>(importPart: () => Promise<T>): OnDemand<T> {
  let loading: Promise<T> | undefined;
  let loaded: T | undefined;
  return {
    load() {
      loading ??= importPart().then(
        (part) => {
          loaded = part;
          return part;
        },
        (cause: unknown) => {
          loading = undefined;
          throw cause;
        },
      );
      return loading;
    },
    current: () => loaded,
  };
}
