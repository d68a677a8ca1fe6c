/** The CLI as a function of its arguments: the exit code (output on stdout and stderr), for bin/zhnews.js and the fuzzer. */
import { exitCodeOf, EXIT } from '../errors/index.js';
import { commands } from './commands/index.js';
import { errorLine } from './log.js';
import { PIPELINE_VERSION } from '../pipeline/version.js';

function mainHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    'zhnews: Chinese news articles into validated, structured records',
    '',
    'Usage: zhnews <command> [options]   (zhnews <command> --help for its options)',
    '',
    'Commands:',
    ...lines,
    '',
    'Exit codes: 0 success, 2 bad usage, 65 input unusable as an article, 1 anything else.',
  ].join('\n');
}

export async function runCli(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${mainHelp()}\n`);
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${PIPELINE_VERSION}\n`);
    return EXIT.ok;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    errorLine(`unknown command "${name}" (see zhnews --help)`);
    return EXIT.usage;
  }
  try {
    const command = await entry.load();
    if (rest.includes('--help') || rest.includes('-h')) {
      process.stdout.write(`${command.usage}\n`);
      return EXIT.ok;
    }
    return await command.run(rest);
  } catch (err) {
    errorLine((err as Error).message ?? String(err));
    if (rest.includes('--verbose') && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
    return exitCodeOf(err);
  }
}
