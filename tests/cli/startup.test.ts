import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';

// Start-up is guarded by what a command loads, not by how long it takes (no timing asserts):
// a resolve hook in the child lists every module it imports.
const HOOK = `export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  if (!r.url.startsWith('node:')) process.stderr.write('LOADED ' + r.url + '\\n');
  return r;
}`;
const REGISTER = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(HOOK)}`)});`;

/** The packages under node_modules that `zhnews ...args` imports. */
function packagesLoaded(args: string[]): string[] {
  const r = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(REGISTER)}`, BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(r.status, `${args.join(' ')}: ${r.stderr}`).toBe(0);
  const urls = r.stderr.split('\n').filter((l) => l.startsWith('LOADED '));
  expect(urls.length).toBeGreaterThan(0); // the hook ran
  const names = urls.map((l) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(l)?.[1]).filter((n): n is string => !!n);
  return [...new Set(names)].sort();
}

const COMMANDS = ['extract', 'batch', 'export', 'schema', 'enqueue', 'worker', 'status', 'failed', 'retry-failed'];

describe('zhnews start-up', () => {
  it('--help loads no command and no package', () => {
    expect(packagesLoaded(['--help'])).toEqual([]);
  });

  it('schema loads zod and nothing heavier', () => {
    expect(packagesLoaded(['schema'])).toEqual(['zod']);
  });

  it("each command's --help loads only zod (no pipeline, model, queue or store driver)", () => {
    for (const name of COMMANDS) expect(packagesLoaded([name, '--help']), name).toEqual(['zod']);
  });
});
