import os from "node:os";

// Read when the bench starts, before it loads the machine itself.
const loadBefore = os.loadavg()[0] ?? 0;

/**
 * The machine a figure was measured on, for table headers: cores, CPU model, Node version, and the load
 * average (1 min) before the bench started, since other work on the machine skews load figures.
 */
export function machine(): string {
  const cpus = os.cpus();
  const model = cpus[0]?.model.replace(/\s+/g, " ").trim() ?? "unknown CPU";
  return `${cpus.length} cores (${model}), Node ${process.version}, load average ${loadBefore.toFixed(2)} before the bench`;
}
