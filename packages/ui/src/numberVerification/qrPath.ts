// The QR code's encoder (lean-qr): a chunk of its own, loaded when a check is about to wait on a desktop
// (see QrCode.tsx), so that a page pays for it only when it shows one.
import { toSvgPath } from "lean-qr/extras/svg";
import { generate } from "lean-qr/nano";

/** A QR code: its width in modules and its dark modules as one SVG path. */
export interface QrPath {
  readonly size: number;
  readonly path: string;
}

/** The QR code of `text`. */
export function qrPath(text: string): QrPath {
  const bitmap = generate(text);
  return { size: bitmap.size, path: toSvgPath(bitmap) };
}
