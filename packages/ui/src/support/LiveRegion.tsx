import { type CSSProperties, useCallback, useState } from "react";

// Kept out of sight without the stylesheet too: a live region must never show.
export const visuallyHidden: CSSProperties = {
  position: "absolute",
  width: 1,
  height: 1,
  overflow: "hidden",
  clipPath: "inset(50%)",
  whiteSpace: "nowrap",
};

/**
 * What a flow announces: `announce(text)` sets the polite live region's text. The same text twice in a row
 * (a second wrong code) is still announced: screen readers only speak a change, so it alternates an
 * invisible trailing space.
 */
export function useAnnouncer(): readonly [text: string, announce: (text: string) => void] {
  const [text, setText] = useState("");
  const announce = useCallback((next: string) => {
    setText((previous) => (previous === next ? `${next}\u00a0` : next));
  }, []);
  return [text, announce];
}

/** The polite live region of a flow: present from the first render, so that its first change is spoken. */
export function LiveRegion({ text }: { readonly text: string }) {
  return (
    <div
      className="vk-live-region"
      role="status"
      aria-live="polite"
      aria-atomic="true"
      style={visuallyHidden}
    >
      {text}
    </div>
  );
}
