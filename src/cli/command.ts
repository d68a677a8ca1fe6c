/** One sub-command of the CLI: its help text and its entry point, returning an exit code. */
export interface Command {
  name: string;
  usage: string;
  run(argv: string[]): Promise<number>;
}
