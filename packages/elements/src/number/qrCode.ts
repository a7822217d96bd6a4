// The QR code: a chunk of its own, loaded only when a check waits on a desktop.
import { toSvgPath } from "lean-qr/extras/svg";
import { generate } from "lean-qr/nano";

/** Empty modules around the code, as scanners expect. */
const quietZone = 4;
const svgNs = "http://www.w3.org/2000/svg";

/** A QR code of `text` as one SVG path, dark on light whatever the theme, named by `label`. */
export function qrCode(text: string, label: string): SVGSVGElement {
  const bitmap = generate(text);
  const box = bitmap.size + quietZone * 2;
  const svg = document.createElementNS(svgNs, "svg");
  svg.setAttribute("class", "vk-qr");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", label);
  svg.setAttribute("viewBox", `${-quietZone} ${-quietZone} ${box} ${box}`);
  const path = document.createElementNS(svgNs, "path");
  path.setAttribute("d", toSvgPath(bitmap));
  path.setAttribute("fill", "currentColor");
  path.setAttribute("shape-rendering", "crispEdges");
  svg.append(path);
  return svg;
}
