/** Something a UI reads and follows: its current value, and a way to hear that it changed. */
export interface Readable<TState> {
  /** The current state; the same object until the next change (compare with `===`). */
  getState(): TState;
  /** Calls `listener` after each change; returns what stops it. */
  subscribe(listener: () => void): () => void;
}

/** A flow's state, changed only by dispatching actions through its reducer. */
export interface FlowStore<TState, TAction> extends Readable<TState> {
  /** Moves the state through the reducer; listeners hear of it only when the state changed. */
  dispatch(action: TAction): void;
}

/**
 * The one store both flows keep their state in: a pure `reducer` over a discriminated union of actions,
 * `getState` and `subscribe` as TanStack Query's `Subscribable` has them, so that React reads it with
 * `useSyncExternalStore(store.subscribe, store.getState)` and any other UI subscribes the same way.
 * `onChange` runs after each change, before the listeners: the flow's own effects (timers, callbacks).
 * The functions are bound: pass them around as they are.
 */
export function createFlowStore<TState, TAction>(
  reducer: (state: TState, action: TAction) => TState,
  initial: TState,
  onChange: (state: TState) => void,
): FlowStore<TState, TAction> {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispatch(action) {
      const next = reducer(state, action);
      if (next === state) return;
      state = next;
      onChange(next);
      for (const listener of listeners) listener();
    },
  };
}
