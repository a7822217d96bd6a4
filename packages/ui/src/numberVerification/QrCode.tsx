import { toSvgPath } from "lean-qr/extras/svg";
import { generate } from "lean-qr/nano";
import { useMemo } from "react";

/** Empty modules around the code, as scanners expect. */
const quietZone = 4;

/**
 * A QR code of `text` as one SVG path (lean-qr's smallest encoder, about 3 kB): sharp at any size, dark on
 * light whatever the theme, named for screen readers by `label`.
 */
export function QrCode({ text, label }: { readonly text: string; readonly label: string }) {
  const code = useMemo(() => {
    const bitmap = generate(text);
    return { size: bitmap.size, path: toSvgPath(bitmap) };
  }, [text]);
  const box = code.size + quietZone * 2;
  return (
    <svg
      className="vk-qr"
      role="img"
      aria-label={label}
      viewBox={`${-quietZone} ${-quietZone} ${box} ${box}`}
    >
      <path d={code.path} fill="currentColor" shapeRendering="crispEdges" />
    </svg>
  );
}
