import axe from "axe-core";

/**
 * axe's violations inside `context`, each as `rule: targets`. The page-level rules (landmarks, a main
 * heading) are about the host page, not the kit.
 */
export async function axeViolations(context: Element): Promise<string[]> {
  const results = await axe.run(context, {
    resultTypes: ["violations"],
    rules: { region: { enabled: false } },
  });
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
}
