/**
 * A value as one line of a JSONL file: compact JSON and a "\n". JSON.stringify escapes
 * every newline inside strings, so a value never spans two lines, and a reader (or
 * completeLength after a crash) can split the file at "\n" alone.
 */
export function jsonLine(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}
