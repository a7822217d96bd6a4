import type { ReactNode, Ref } from "react";

/** A heading level for a flow's step titles. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** A step's title: the place focus goes when the step has nothing to fill in (success). */
export function StepHeading({
  level,
  className,
  children,
  headingRef,
}: {
  readonly level: HeadingLevel;
  readonly className: string;
  readonly children: ReactNode;
  readonly headingRef?: Ref<HTMLHeadingElement> | undefined;
}) {
  const Tag = `h${level}` as const;
  return (
    <Tag className={className} tabIndex={-1} ref={headingRef}>
      {children}
    </Tag>
  );
}
