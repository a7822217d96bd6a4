import { useEffect, useMemo, useState } from "react";
import { onDemand } from "../support/onDemand.js";

/** Empty modules around the code, as scanners expect. */
const quietZone = 4;
/** The width of the smallest QR code: the empty frame's, while the encoder loads. */
const smallestCode = 21;

/**
 * The QR encoder (lean-qr, about 2 kB): a chunk of its own, which a page loads only when a check waits on a
 * desktop. The flow starts loading it as the check starts, so that the code is drawn as the step shows.
 */
export const qrEncoder = onDemand(() => import("./qrPath.js").then((module) => module.qrPath));

/**
 * A QR code of `text` as one SVG path: sharp at any size, dark on light whatever the theme, named for screen
 * readers by `label`. Until its encoder has loaded, the same frame, empty and busy (nothing moves when the
 * code is drawn); `onUnavailable` is called when it cannot load.
 */
export function QrCode({
  text,
  label,
  onUnavailable,
}: {
  readonly text: string;
  readonly label: string;
  readonly onUnavailable?: (() => void) | undefined;
}) {
  const [encode, setEncode] = useState(qrEncoder.current);
  // biome-ignore lint/correctness/useExhaustiveDependencies: loaded once, whatever the callback
  useEffect(() => {
    if (encode !== undefined) return;
    let mounted = true;
    qrEncoder.load().then(
      (loaded) => {
        if (mounted) setEncode(() => loaded);
      },
      () => {
        if (mounted) onUnavailable?.();
      },
    );
    return () => {
      mounted = false;
    };
  }, [encode]);
  const code = useMemo(() => encode?.(text), [encode, text]);
  const box = (code?.size ?? smallestCode) + quietZone * 2;
  return (
    <svg
      className="vk-qr"
      role="img"
      aria-label={label}
      aria-busy={code === undefined ? true : undefined}
      viewBox={`${-quietZone} ${-quietZone} ${box} ${box}`}
    >
      {code === undefined ? null : <path d={code.path} fill="currentColor" shapeRendering="crispEdges" />}
    </svg>
  );
}
