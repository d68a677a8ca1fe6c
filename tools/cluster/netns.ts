/**
 * The namespaces, veths and bridge of a plan (plan.ts), made and removed with iproute2.
 * Everything here is synchronous so that a signal handler can tear the network down before
 * the process exits.
 */
import { spawnSync } from 'node:child_process';
import { NS_PREFIX, LINK_PREFIX, ownerPid, type ClusterPlan } from './plan.js';

export class NetnsError extends Error {
  override name = 'NetnsError';
}
/** No `ip`, not root, or no CAP_NET_ADMIN: the test cannot run here at all. */
export class NetnsUnsupportedError extends NetnsError {
  override name = 'NetnsUnsupportedError';
}

function ip(args: string[], { quiet = false } = {}): string {
  const r = spawnSync('ip', args, { encoding: 'utf8' });
  if (r.error) throw new NetnsUnsupportedError(`cannot run ip (${r.error.message}): install iproute2`);
  if (r.status !== 0 && !quiet) throw new NetnsError(`ip ${args.join(' ')}: ${r.stderr.trim()}`);
  return r.stdout;
}

/** The command prefix that runs a program inside a namespace (ip execs it: the pid is the program's). */
export const inNs = (ns: string): string[] => ['ip', 'netns', 'exec', ns];

export function pidsIn(ns: string): number[] {
  return ip(['netns', 'pids', ns], { quiet: true })
    .split('\n')
    .filter((l) => /^\d+$/.test(l.trim()))
    .map(Number);
}

/** SIGKILL to every process in the namespace at once: a machine losing power. */
export function killAllIn(ns: string): number[] {
  const pids = pidsIn(ns);
  for (const pid of pids)
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Gone already.
    }
  return pids;
}

export function setLink(veth: string, state: 'up' | 'down'): void {
  ip(['link', 'set', veth, state]);
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Makes the bridge, the namespaces and their links. Throws NetnsUnsupportedError when the first step is refused. */
export function networkUp(plan: ClusterPlan): void {
  const first = spawnSync('ip', ['netns', 'add', plan.data.ns], { encoding: 'utf8' });
  if (first.error) throw new NetnsUnsupportedError(`cannot run ip (${first.error.message}): install iproute2`);
  if (first.status !== 0) throw new NetnsUnsupportedError(`ip netns add refused (root with CAP_NET_ADMIN needed): ${first.stderr.trim()}`);
  ip(['link', 'add', plan.bridge, 'type', 'bridge']);
  ip(['link', 'set', plan.bridge, 'up']);
  for (const n of plan.nodes) {
    if (n !== plan.data) ip(['netns', 'add', n.ns]);
    ip(['link', 'add', n.veth, 'type', 'veth', 'peer', 'name', 'eth0', 'netns', n.ns]);
    ip(['link', 'set', n.veth, 'master', plan.bridge, 'up']);
    ip(['-n', n.ns, 'link', 'set', 'lo', 'up']);
    ip(['-n', n.ns, 'addr', 'add', `${n.addr}/${plan.prefixLength}`, 'dev', 'eth0']);
    ip(['-n', n.ns, 'link', 'set', 'eth0', 'up']);
  }
}

function removeNs(ns: string): void {
  killAllIn(ns);
  ip(['netns', 'del', ns], { quiet: true });
}

/** Kills what runs in the plan's namespaces and removes them, the veths and the bridge; never throws. */
export function networkDown(plan: ClusterPlan): void {
  for (const n of plan.nodes) {
    try {
      removeNs(n.ns);
      ip(['link', 'del', n.veth], { quiet: true });
    } catch {
      // Best effort: the rest still goes.
    }
  }
  try {
    ip(['link', 'del', plan.bridge], { quiet: true });
  } catch {
    // Already gone.
  }
}

/** Namespaces and links of earlier runs whose process is gone (killed with SIGKILL, a crash): removed. */
export function removeLeftovers(): string[] {
  const removed: string[] = [];
  const names = ip(['netns', 'list'], { quiet: true })
    .split('\n')
    .map((l) => l.split(' ')[0]!)
    .filter((n) => n.startsWith(NS_PREFIX));
  for (const ns of names) {
    const pid = ownerPid(ns);
    if (pid === null || alive(pid)) continue;
    removeNs(ns);
    removed.push(ns);
  }
  const links = ip(['-o', 'link', 'show'], { quiet: true })
    .split('\n')
    .map((l) => /^\d+:\s+([^:@\s]+)/.exec(l)?.[1] ?? '')
    .filter((n) => n.startsWith(LINK_PREFIX));
  for (const link of links) {
    const pid = ownerPid(link);
    if (pid === null || alive(pid)) continue;
    ip(['link', 'del', link], { quiet: true });
    removed.push(link);
  }
  return removed;
}
