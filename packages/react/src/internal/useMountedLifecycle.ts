import { useEffect } from "react";

/** Something that works only while a component is mounted and shown. */
export interface MountedResource {
  /** Called on every mount, StrictMode's second one and a re-show by `<Activity>` included. */
  attach(): void;
  /**
   * Aborts requests and clears timers, leaving a state that needs no answer: called once the component is
   * gone, or hidden by `<Activity>` (which keeps its state and attaches it again when it shows).
   */
  dispose(): void;
}

// The latest mount of each resource.
const latestMount = new WeakMap<MountedResource, object>();

/**
 * Attaches `resource` while the component is mounted and disposes of it after the unmount. The dispose
 * waits for a microtask: StrictMode unmounts and mounts again synchronously, and that must not abort a
 * request that a mount effect has just started (the second mount would then start another).
 */
export function useMountedLifecycle(resource: MountedResource): void {
  useEffect(() => {
    const mount = {};
    latestMount.set(resource, mount);
    resource.attach();
    return () => {
      queueMicrotask(() => {
        if (latestMount.get(resource) === mount) resource.dispose();
      });
    };
  }, [resource]);
}
