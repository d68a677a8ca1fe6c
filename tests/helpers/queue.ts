/** Shared plumbing for the queue tests: articles on disk, worker processes, waiting. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Queue, QueueEvents } from 'bullmq';
import { BIN, ROOT } from './cli.js';
import { openStore } from '../../src/store/index.js';
import { sampleArticle } from '../../tools/scaffold/sample-articles.js';

/** Writes `n` distinct articles (variants of the sample: a numbered lead paragraph, the body repeated `repeat` times). */
export function writeArticles(dir: string, n: number, repeat = 1): string[] {
  mkdirSync(dir, { recursive: true });
  return Array.from({ length: n }, (_, i) => {
    const path = join(dir, `a${String(i).padStart(4, '0')}.txt`);
    writeFileSync(path, sampleArticle(i, { repeat }));
    return path;
  });
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `zhnews args...` without blocking this process's event loop. */
export function zhnewsAsync(args: string[], timeoutMs = 120_000): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`zhnews ${args[0]} timed out:\n${stderr}`));
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

export interface WorkerProc {
  child: ChildProcess;
  /** `hostname:pid`, the name BullMQ records as the job's processedBy. */
  readonly pid: number;
  stderr(): string;
  exited: Promise<number | null>;
  ready: Promise<void>;
}

export interface WorkerArgs {
  redisUrl: string;
  queue: string;
  db: string;
  concurrency?: number;
  lockDuration?: number;
  stalledInterval?: number;
  shutdownTimeout?: number;
}

export function startWorker(a: WorkerArgs): WorkerProc {
  const child = spawn(
    process.execPath,
    [
      BIN,
      'worker',
      '--redis',
      a.redisUrl,
      '--queue',
      a.queue,
      '--store',
      `sqlite:${a.db}`,
      '--model',
      'rules',
      '--concurrency',
      String(a.concurrency ?? 2),
      '--lock-duration',
      String(a.lockDuration ?? 5),
      '--stalled-interval',
      String(a.stalledInterval ?? 2),
      '--shutdown-timeout',
      String(a.shutdownTimeout ?? 30),
    ],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let err = '';
  let markReady: () => void;
  let failReady: (e: Error) => void;
  const ready = new Promise<void>((res, rej) => {
    markReady = res;
    failReady = rej;
  });
  child.stderr!.on('data', (d) => {
    err += d;
    if (/: ready: /.test(err)) markReady();
  });
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code, signal) => {
      failReady(new Error(`worker exited (${code ?? signal}) before it was ready:\n${err}`));
      resolve(code);
    }),
  );
  return { child, pid: child.pid!, stderr: () => err, exited, ready };
}

/** Polls `check` until it returns true; a generous deadline, not a timing assertion. */
export async function waitFor(what: string, check: () => Promise<boolean>, deadlineMs = 120_000, everyMs = 200): Promise<void> {
  const until = Date.now() + deadlineMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`gave up waiting for ${what} after ${deadlineMs / 1000} s`);
}

/** A queue handle and an events listener counting stalled jobs, for assertions. */
export function watchQueue(redisUrl: string, name: string) {
  const connection = { url: redisUrl, maxRetriesPerRequest: null, retryStrategy: (t: number) => Math.min(t * 200, 2000) };
  const queue = new Queue(name, { connection });
  const events = new QueueEvents(name, { connection });
  queue.on('error', () => {});
  events.on('error', () => {});
  const stalled: string[] = [];
  events.on('stalled', ({ jobId }) => {
    stalled.push(jobId);
  });
  return {
    queue,
    events,
    stalled,
    async counts() {
      const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed');
      return {
        waiting: c.waiting ?? 0,
        active: c.active ?? 0,
        delayed: c.delayed ?? 0,
        completed: c.completed ?? 0,
        failed: c.failed ?? 0,
      };
    },
    async ready() {
      await Promise.all([queue.waitUntilReady(), events.waitUntilReady()]);
    },
    async close() {
      await Promise.all([events.close(), queue.close()]);
    },
  };
}

/** What the store holds: record count, distinct ids, distinct source hashes. */
export async function storeContents(db: string): Promise<{ count: number; ids: Set<string>; sha: string[] }> {
  const store = await openStore(`sqlite:${db}`);
  try {
    const ids = new Set<string>();
    const sha: string[] = [];
    for await (const r of store.records()) {
      ids.add(r.id);
      sha.push(r.source.sha256);
    }
    return { count: await store.count(), ids, sha };
  } finally {
    await store.close();
  }
}

/**
 * `n` long articles (~280 000 characters of plain prose each, near the pipeline's text limit)
 * with almost no entities: about a second of pipeline each, yet a small record to store.
 */
export function writeLongArticles(dir: string, n: number): string[] {
  mkdirSync(dir, { recursive: true });
  const words =
    '我们 认为 这个 问题 非常 重要 需要 进一步 研究 和 讨论 大家 都 觉得 应该 继续 努力 工作 学习 生活 更加 美好 发展 建设 提高 水平 质量 服务 群众 社会 文化 教育 健康 环境 保护 创新 改革 开放 合作 交流 推动 促进 加强 完善 落实 坚持 深化 全面 积极 稳步'.split(
      ' ',
    );
  const paths: string[] = [];
  for (let i = 0; i < n; i++) {
    let seed = 7 + i;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const paras: string[] = [];
    for (let len = 0; len < 280_000;) {
      const p = `${Array.from({ length: 60 }, () => words[Math.floor(next() * words.length)]).join('')}。`;
      paras.push(p);
      len += p.length + 1;
    }
    const path = join(dir, `long${i}.txt`);
    writeFileSync(path, [`长文测试${i}`, '2021-10-15 15:27', '来源: 测试网', '', ...paras].join('\n'));
    paths.push(path);
  }
  return paths;
}
