import { describe, expect, it } from 'vitest';
import { faultSchedule, FaultScheduleError, takeDue, type Fault } from '../../tools/harness/faults.js';
import { allDone } from '../../tools/harness/counts.js';
import { ClusterArgsError, FULL, SHORT, parseClusterArgs } from '../../tools/cluster/args.js';
import { clusterFaults, describeClusterFault } from '../../tools/cluster/faults.js';
import { ClusterPlanError, ownerPid, planCluster } from '../../tools/cluster/plan.js';
import { judge, summaryTable, type RunFacts, type Verification } from '../../tools/cluster/summary.js';
import { SOAK_FAULTS } from '../../tools/soak/faults.js';

describe('fault schedule (shared by the soak and the cluster test)', () => {
  const faults: Fault<string>[] = [
    { at: 0.5, action: 'b' },
    { at: 0.15, action: 'a' },
    { at: 0.5, action: 'c' },
  ];

  it('fires each fault once, in order, when its share of the jobs has completed', () => {
    const pending = faultSchedule(faults);
    expect(takeDue(pending, 14, 100)).toEqual([]);
    expect(takeDue(pending, 15, 100).map((f) => f.action)).toEqual(['a']);
    expect(takeDue(pending, 40, 100)).toEqual([]);
    expect(takeDue(pending, 60, 100).map((f) => f.action)).toEqual(['b', 'c']);
    expect(takeDue(pending, 100, 100)).toEqual([]);
    expect(pending).toEqual([]);
  });

  it('refuses a share outside (0, 1)', () => {
    expect(() => faultSchedule([{ at: 1, action: 'x' }])).toThrow(FaultScheduleError);
    expect(() => faultSchedule([{ at: 0, action: 'x' }])).toThrow(FaultScheduleError);
  });

  it('holds both tools’ fault data', () => {
    expect(faultSchedule(SOAK_FAULTS)).toHaveLength(5);
    const cluster = faultSchedule(clusterFaults({ outageMs: 20_000, hostDownMs: 5000, postgresDownMs: 3000 }));
    expect(cluster.map((f) => f.action.kind)).toEqual(['kill-host', 'partition', 'restart-postgres']);
    // The host killed and the host cut off are different machines.
    const [kill, cut] = cluster.map((f) => f.action);
    expect(kill!.kind === 'kill-host' && cut!.kind === 'partition' && kill!.host !== cut!.host).toBe(true);
    expect(describeClusterFault(cut!)).toContain('20 s');
  });

  it('counts a queue done when nothing is pending and every job is completed or failed', () => {
    expect(allDone({ completed: 999, failed: 1, pending: 0 }, 1000)).toBe(true);
    expect(allDone({ completed: 999, failed: 0, pending: 1 }, 1000)).toBe(false);
    expect(allDone({ completed: 10_000, failed: 0, pending: 0 }, 50_000)).toBe(true);
  });
});

describe('cluster-test flags', () => {
  it('defaults to the full run: 1,000 jobs, a 20 s outage, the rules tagger', () => {
    const a = parseClusterArgs([]);
    expect(a).toMatchObject({ jobs: FULL.jobs, outageMs: FULL.outageMs, model: 'rules', short: false, skipIfUnsupported: false });
  });

  it('has a short form for CI, which explicit flags override', () => {
    expect(parseClusterArgs(['--short'])).toMatchObject({ jobs: SHORT.jobs, outageMs: SHORT.outageMs, short: true });
    expect(parseClusterArgs(['--short', '--jobs', '50'])).toMatchObject({ jobs: 50, outageMs: SHORT.outageMs });
    expect(parseClusterArgs(['--skip-if-unsupported', '--model', 'shipped'])).toMatchObject({ skipIfUnsupported: true, model: null });
  });

  it('refuses bad values and unknown flags with a named error', () => {
    expect(() => parseClusterArgs(['--jobs', '0'])).toThrow(ClusterArgsError);
    expect(() => parseClusterArgs(['--jobs', 'many'])).toThrow(/--jobs/);
    expect(() => parseClusterArgs(['--outage-ms', '-1'])).toThrow(ClusterArgsError);
    expect(() => parseClusterArgs(['--nope'])).toThrow(ClusterArgsError);
  });
});

describe('namespace and address plan', () => {
  const plan = planCluster(4_194_304);

  it('has a data machine, three worker hosts and a client, each on its own address of one /24', () => {
    expect(plan.nodes.map((n) => n.name)).toEqual(['data', 'h0', 'h1', 'h2', 'client']);
    expect(new Set(plan.nodes.map((n) => n.addr)).size).toBe(5);
    for (const n of plan.nodes) expect(n.addr.startsWith(plan.subnet.replace(/\.0\/24$/, '.'))).toBe(true);
    expect(plan.prefixLength).toBe(24);
  });

  it('names everything after the run, within the kernel’s 15-byte interface names', () => {
    for (const n of plan.nodes) {
      expect(n.ns.startsWith(plan.prefix)).toBe(true);
      expect(n.veth.length).toBeLessThanOrEqual(15);
      expect(ownerPid(n.ns)).toBe(4_194_304);
      expect(ownerPid(n.veth)).toBe(4_194_304);
    }
    expect(new Set(plan.nodes.map((n) => n.veth)).size).toBe(plan.nodes.length);
    expect(ownerPid(plan.bridge)).toBe(4_194_304);
  });

  it('claims no name that is not of its form', () => {
    for (const name of ['eth0', 'lo', 'docker0', 'znc-abc-data', 'zncbr', 'znc12x']) expect(ownerPid(name)).toBeNull();
  });

  it('refuses a nonsense pid or host count', () => {
    expect(() => planCluster(0)).toThrow(ClusterPlanError);
    expect(() => planCluster(12, 0)).toThrow(ClusterPlanError);
  });
});

describe('verdict', () => {
  const run: RunFacts = {
    jobs: 3,
    seconds: 10,
    faults: [{ fault: 'cut host h1 off', atCompleted: 1, seconds: 5 }],
    notFired: [],
    timedOut: false,
    exitCodes: [0, 0, 0],
    unexpectedExits: [],
    failedStarts: [],
  };
  const ok: Verification = {
    counts: { completed: 3, failed: 0, pending: 0 },
    rerun: 1,
    failed: [],
    store: { rows: 3, distinctIds: 3, distinctUrls: 3, distinctSha256: 3, missing: 0 },
  };

  it('passes when every article is stored once and nothing failed', () => {
    const v = judge(ok, run);
    expect(v.pass).toBe(true);
    expect(summaryTable(ok, run, v)).toMatch(/result\s+PASS/);
  });

  it('fails on a lost or a doubled record', () => {
    const lost = judge({ ...ok, store: { ...ok.store, rows: 2, distinctIds: 2, distinctUrls: 2, distinctSha256: 2, missing: 1 } }, run);
    expect(lost.checks.noneLost).toBe(false);
    expect(lost.lost).toBe(1);
    const doubled = judge({ ...ok, store: { ...ok.store, rows: 4, distinctIds: 4 } }, run);
    expect(doubled.checks.noneDoubled).toBe(false);
    expect(doubled.doubled).toBe(1);
  });

  it('accepts a failed job only when a fault explains it and its article is stored', () => {
    const stalled = { id: 'a', reason: 'job stalled more than allowable limit', stored: true };
    expect(judge({ ...ok, counts: { completed: 2, failed: 1, pending: 0 }, failed: [stalled] }, run).pass).toBe(true);
    const bad = { id: 'b', reason: 'BadArticleError: empty', stored: false };
    const v = judge({ ...ok, counts: { completed: 2, failed: 1, pending: 0 }, failed: [bad] }, run);
    expect(v.checks.failedExplained).toBe(false);
    expect(v.unexplained).toEqual([bad]);
  });

  it('fails when a fault did not fire or a worker did not stop cleanly', () => {
    expect(judge(ok, { ...run, notFired: ['restart PostgreSQL'] }).checks.allFaultsInjected).toBe(false);
    expect(judge(ok, { ...run, exitCodes: [0, 1] }).checks.cleanShutdown).toBe(false);
  });
});
