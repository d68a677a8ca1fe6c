/**
 * The fuzz child process: loads one target, then runs the inputs the supervisor sends and
 * answers each with its outcome. It lives in its own process so that a hang (a synchronous
 * loop cannot be interrupted in-thread), a native crash or a heap blow-up kills only it.
 */
import type { FuzzCase, Target } from './case.js';
import { prepare, runCase } from './run-case.js';

const target = process.argv[2] as Target;
const send = (m: unknown): void => {
  process.send?.(m);
};

await prepare(target);
send({ type: 'ready' });

process.on('message', (m: { type: 'run'; cases: FuzzCase[] }) => {
  void (async () => {
    for (let i = 0; i < m.cases.length; i++) {
      const c = m.cases[i]!;
      // IPC delivers Uint8Array as a plain object under advanced serialisation only when typed: rebuild it.
      const bytes = c.bytes instanceof Uint8Array ? c.bytes : new Uint8Array(Object.values(c.bytes as object) as number[]);
      send({ type: 'start', i });
      const outcome = await runCase({ ...c, bytes });
      send({ type: 'done', i, outcome });
    }
    send({ type: 'batch' });
  })();
});
process.on('disconnect', () => process.exit(0));
