// Tables the benchmark scripts print (packages/*/bench): one format for every bench of the kit.
import { writeSync } from "node:fs";

/** A column of a printed table: numbers read best right-aligned. */
export interface Column {
  readonly header: string;
  readonly align?: "left" | "right";
}

/** A markdown table with padded cells, so it reads aligned in a terminal and renders in a document. */
export function formatTable(title: string, columns: readonly Column[], rows: readonly (readonly string[])[]) {
  const widths = columns.map((column, i) =>
    Math.max(3, column.header.length, ...rows.map((row) => (row[i] ?? "").length)),
  );
  const cell = (text: string, i: number) =>
    columns[i]?.align === "right" ? text.padStart(widths[i] ?? 0) : text.padEnd(widths[i] ?? 0);
  const line = (cells: readonly string[]) =>
    `| ${columns.map((_, i) => cell(cells[i] ?? "", i)).join(" | ")} |`;
  const rule = `|${columns
    .map((column, i) => {
      const dashes = "-".repeat((widths[i] ?? 0) + 2);
      return column.align === "right" ? `${dashes.slice(1)}:` : dashes;
    })
    .join("|")}|`;
  return [title, "", line(columns.map((column) => column.header)), rule, ...rows.map(line)].join("\n");
}

/**
 * Prints to the process's standard output directly: Vitest captures `console` in its workers and would
 * prefix every line.
 */
export function print(text: string) {
  writeSync(1, `${text}\n`);
}

/** Prints a table followed by a blank line. */
export function printTable(title: string, columns: readonly Column[], rows: readonly (readonly string[])[]) {
  print(`${formatTable(title, columns, rows)}\n`);
}
