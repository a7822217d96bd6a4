// `verify-kit-elements.js`: the entry a page loads with `<script type="module" src=".../verify-kit-elements.js">`.
// It registers the elements and links the kit's stylesheet that sits beside it, once, before the page's own
// stylesheets so that the page's rules (its `--vk-*` values) win. A page that links it itself, or styles
// the elements its own way, marks its script tag with `data-no-styles`.
import "./index.js";

const href = new URL("./verify-kit-elements.css", import.meta.url).href;
const linked = [...document.querySelectorAll<HTMLLinkElement>("link[rel=stylesheet]")].some(
  (link) => link.href === href,
);
if (!linked && !document.querySelector("script[data-no-styles]")) {
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = href;
  document.head.prepend(link);
}
