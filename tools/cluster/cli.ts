/**
 * `npm run cluster-test -- [--jobs N] [--outage-ms MS] [--short] [--model M] [--skip-if-unsupported] [--report FILE]`
 *
 * Several machines on one: Linux network namespaces on a private bridge (plan.ts, netns.ts),
 * one with Redis and PostgreSQL, three worker hosts running `zhnews worker`, and a client that
 * enqueues the articles. While the jobs run, one host has every process SIGKILLed (and is
 * started again later), another is cut off for --outage-ms, and PostgreSQL restarts
 * (faults.ts; the loop and supervisor are the soak run's, ../harness). At the end every
 * article must be in PostgreSQL exactly once and every failed job explained (summary.ts).
 *
 * Exit: 0 pass (or skipped with --skip-if-unsupported), 1 a check failed, 2 bad flags or a
 * missing prerequisite (redis-server, PostgreSQL), 3 network namespaces not permitted here
 * (not root, no CAP_NET_ADMIN, no iproute2), 130 interrupted. Everything the run made goes
 * with it, also on SIGINT/SIGTERM; leftovers of runs that were SIGKILLed go at the next start.
 */
import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT, writeArticles } from '../harness/articles.js';
import { sleep, type Counts } from '../harness/counts.js';
import { drive } from '../harness/drive.js';
import { faultSchedule } from '../harness/faults.js';
import { sampleRss, startWorker, type WorkerConfig } from '../harness/fleet.js';
import { Supervisor } from '../harness/supervisor.js';
import { ClusterArgsError, parseClusterArgs, type ClusterArgs } from './args.js';
import { clusterFaults, describeClusterFault, type ClusterFault } from './faults.js';
import { NetnsUnsupportedError, alive, inNs, killAllIn, networkDown, networkUp, removeLeftovers, setLink } from './netns.js';
import { planCluster } from './plan.js';
import { postgresBinDir, startPostgresIn, startRedisIn, type NsPostgres, type NsRedis } from './services.js';
import { judge, summaryTable, type Verification } from './summary.js';

const run = promisify(execFile);
const say = (l: string): void => {
  process.stderr.write(`cluster-test: ${l}\n`);
};
const QUEUE = 'cluster';
const TOOLS = join(ROOT, 'dist-tools/cluster');
const BIN = join(ROOT, 'bin/zhnews.js');

let args: ClusterArgs;
try {
  args = parseClusterArgs(process.argv.slice(2));
} catch (err) {
  if (!(err instanceof ClusterArgsError)) throw err;
  say(err.message);
  process.exit(2);
}

const plan = planCluster(process.pid, args.hosts);
const DIR_PREFIX = 'zhnews-cluster-';
const dir = mkdtempSync(join(tmpdir(), `${DIR_PREFIX}${process.pid}-`));
// PostgreSQL runs as the postgres user, and its data folder is under this one.
chmodSync(dir, 0o711);
let fleet: Supervisor | null = null;
let probe: ChildProcess | null = null;
let redis: NsRedis | null = null;
let cleaned = false;
/** Synchronous, so a signal handler can run it whole before exiting; safe to call twice. */
function cleanUp(): void {
  if (cleaned) return;
  cleaned = true;
  fleet?.killAll();
  probe?.kill('SIGKILL');
  redis?.stop();
  networkDown(plan);
  rmSync(dir, { recursive: true, force: true });
}
for (const sig of ['SIGINT', 'SIGTERM'] as const)
  process.once(sig, () => {
    say(`${sig}: removing the namespaces, bridge and processes of this run`);
    cleanUp();
    process.exit(130);
  });

function prerequisites(): string | null {
  if (spawnSync('redis-server', ['--version']).error) return 'redis-server not found (apt-get install redis-server)';
  if (spawnSync('redis-cli', ['--version']).error) return 'redis-cli not found (apt-get install redis-tools)';
  if (!postgresBinDir()) return 'PostgreSQL server binaries not found (apt-get install postgresql)';
  if (spawnSync('runuser', ['--help']).error) return 'runuser not found (util-linux)';
  return null;
}

/** The probe's latest counts (probe.ts), or null while it has said nothing for 5 s. */
function startProbe(redisUrl: string): () => Counts | null {
  const [cmd, ...pre] = inNs(plan.client.ns);
  probe = spawn(cmd!, [...pre, process.execPath, join(TOOLS, 'probe.js'), '--redis', redisUrl, '--queue', QUEUE], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let latest: { c: Counts | null; t: number } = { c: null, t: 0 };
  let buf = '';
  probe.stdout!.on('data', (d: Buffer) => {
    buf += d.toString();
    const lines = buf.split('\n');
    buf = lines.pop()!;
    for (const l of lines) if (l.trim()) latest = { c: JSON.parse(l) as Counts | null, t: Date.now() };
  });
  return () => (Date.now() - latest.t < 5000 ? latest.c : null);
}

/** Temp folders of earlier runs whose process is gone (the pid is in the name). */
function removeLeftoverDirs(): string[] {
  const re = new RegExp(`^${DIR_PREFIX}(\\d+)-`);
  const gone = readdirSync(tmpdir()).filter((d) => {
    const m = re.exec(d);
    return m !== null && !alive(Number(m[1]));
  });
  return gone.filter((d) => {
    try {
      rmSync(join(tmpdir(), d), { recursive: true, force: true });
      return true;
    } catch {
      return false; // Another user's: theirs to remove.
    }
  });
}

async function main(): Promise<number> {
  const removed = [...removeLeftovers(), ...removeLeftoverDirs()];
  if (removed.length) say(`removed leftovers of earlier runs: ${removed.join(' ')}`);
  const missing = prerequisites();
  if (missing) {
    say(missing);
    return 2;
  }
  networkUp(plan);
  say(`network ${plan.subnet} on bridge ${plan.bridge}: ${plan.nodes.map((n) => `${n.ns}=${n.addr}`).join(' ')}`);
  mkdirSync(join(dir, 'redis'));
  mkdirSync(join(dir, 'pg'));
  redis = await startRedisIn(plan.data.ns, plan.data.addr, join(dir, 'redis'));
  const pg: NsPostgres = startPostgresIn(plan.data.ns, plan.data.addr, plan.subnet, join(dir, 'pg'), postgresBinDir()!);
  say(`Redis at ${redis.url}, PostgreSQL at ${pg.url} (namespace ${plan.data.ns})`);

  const config = (slot: number): WorkerConfig => ({
    redisUrl: redis!.url,
    queue: QUEUE,
    store: pg.url,
    model: args.model,
    concurrency: args.concurrency,
    wrapper: inNs(plan.hosts[slot]!.ns),
  });
  fleet = new Supervisor((slot) => startWorker(slot, config(slot)), plan.hosts.length, say);
  // One first: it creates the store's tables, which concurrent first starts would race to create.
  await fleet.revive(0);
  await fleet.startAll();
  say(`${plan.hosts.length} worker hosts ready (${args.model ?? 'shipped model'}, concurrency ${args.concurrency} each)`);

  const file = join(dir, 'articles.jsonl');
  writeArticles(file, args.jobs);
  const t0 = Date.now();
  const [cmd, ...pre] = inNs(plan.client.ns);
  await run(cmd!, [...pre, process.execPath, BIN, 'enqueue', file, '--redis', redis.url, '--queue', QUEUE], { maxBuffer: 1 << 24 });
  say(`enqueued ${args.jobs} articles from ${plan.client.ns} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const counts = startProbe(redis.url);

  const inject = async (a: ClusterFault): Promise<void> => {
    if (a.kind === 'kill-host') {
      const ns = plan.hosts[a.host]!.ns;
      await fleet!.takeDown(a.host, () => say(`killed pids ${killAllIn(ns).join(' ')} in ${ns}`));
      await sleep(a.downMs);
      await fleet!.revive(a.host);
    } else if (a.kind === 'partition') {
      setLink(plan.hosts[a.host]!.veth, 'down');
      await sleep(a.ms);
      setLink(plan.hosts[a.host]!.veth, 'up');
    } else {
      pg.halt();
      await sleep(a.downMs);
      pg.start();
    }
  };
  const result = await drive({
    total: args.jobs,
    counts: async () => counts(),
    faults: faultSchedule(clusterFaults(args)),
    inject,
    describe: describeClusterFault,
    supervisor: fleet,
    say,
    deadline: t0 + args.deadlineMinutes * 60_000,
    progressEveryMs: 15_000,
    tick: () => sampleRss(fleet!.running()),
  });
  const seconds = Math.round((Date.now() - t0) / 1000);
  const exits = await fleet.stopAll();
  probe?.stdin?.end();

  const out = await run(
    cmd!,
    [
      ...pre,
      process.execPath,
      join(TOOLS, 'verify.js'),
      '--redis',
      redis.url,
      '--queue',
      QUEUE,
      '--store',
      pg.url,
      '--jobs',
      String(args.jobs),
    ],
    { maxBuffer: 1 << 26 },
  );
  const v = JSON.parse(out.stdout) as Verification;
  const facts = {
    jobs: args.jobs,
    seconds,
    faults: result.faults,
    notFired: result.notFired,
    timedOut: result.timedOut,
    exitCodes: exits.map((e) => e.code),
    unexpectedExits: fleet.unexpectedExits,
    failedStarts: fleet.failedStarts,
  };
  const verdict = judge(v, facts);
  for (const f of v.failed) say(`failed job ${f.id.slice(0, 12)}: ${f.reason} (${f.stored ? 'stored all the same' : 'NOT stored'})`);
  const workers = [...fleet.retired, ...fleet.running()].map((w) => ({
    host: plan.hosts[w.slot]!.name,
    pid: w.pid,
    peakRssMb: Math.round(Math.max(0, ...w.rss.map((s) => s.rss)) / 2 ** 20),
  }));
  if (args.report)
    writeFileSync(args.report, `${JSON.stringify({ args, plan, verification: v, run: facts, verdict, workers }, null, 2)}\n`);
  process.stdout.write(`${summaryTable(v, facts, verdict)}\n`);
  say(`worker peak RSS: ${workers.map((w) => `${w.host}/${w.pid} ${w.peakRssMb} MB`).join(', ')}`);
  return verdict.pass ? 0 : 1;
}

let code: number;
try {
  code = await main();
} catch (err) {
  if (!(err instanceof NetnsUnsupportedError)) throw err;
  if (args.skipIfUnsupported) {
    say(`SKIPPED: network namespaces are not available here (${err.message})`);
    process.stdout.write('cluster-test: *** SKIPPED *** no network namespaces here: nothing was tested\n');
    code = 0;
  } else {
    say(`cannot run: ${err.message}; --skip-if-unsupported to skip instead`);
    code = 3;
  }
} finally {
  cleanUp();
}
process.exit(code);
