/** Logs go to stderr; stdout is reserved for JSON. */
export function logLine(message: string): void {
  process.stderr.write(`${message}\n`);
}

export function errorLine(message: string): void {
  process.stderr.write(`zhnews: ${message}\n`);
}
