/**
 * `zhnews serve` in real Chromium (Debian's `chromium`, driven by puppeteer-core): the list,
 * search, filters and an article; highlights that equal the record's entities (a character
 * outside the BMP and white space inside an entity included); the tooltip of a figure; the
 * organisation chart; and a hostile article that must run nothing. Screenshots go to
 * test-output/serve/ (git-ignored) for a person to look at.
 *
 * Chromium is required, not optional: without it these tests fail with the command that
 * installs it (.ci/run installs it, with a CJK font).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pipeline } from '../../src/pipeline/pipeline.js';
import { viewerRecords } from './viewer-records.js';
import type { NewsRecord } from '../../src/record/schema.js';
import { openViewerDb } from '../../src/serve/open-store.js';
import { createViewer } from '../../src/serve/server.js';
import type { ViewerSource } from '../../src/serve/viewer-db.js';
import { openQueue } from '../../src/queue/queue.js';
import { openStore } from '../../src/store/index.js';
import { hasRedisServer, startRedisServer } from '../helpers/redis-server.js';
import { hostileRecord, HOSTILE_ENTITY } from './hostile-record.js';

const CHROMIUM = process.env.ZHNEWS_CHROMIUM ?? '/usr/bin/chromium';
const SHOTS = new URL('../../test-output/serve/', import.meta.url).pathname;
const TOKEN = 'browser-test-token';

let dir: string;
let records: NewsRecord[];
let hant: NewsRecord;
let hostile: NewsRecord;
let db: ViewerSource;
let cleanup: () => void;
let server: Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `the browser tests need Chromium at ${CHROMIUM}: apt-get install chromium fonts-noto-cjk (as .ci/run does), or set ZHNEWS_CHROMIUM to its path`,
    );
  mkdirSync(SHOTS, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'zhnews-serve-browser-'));
  let pipeline: Pipeline;
  ({ records, hant, pipeline } = await viewerRecords(4));
  hostile = await hostileRecord(pipeline);
  const uri = `sqlite:${join(dir, 's.db')}`;
  const store = await openStore(uri);
  for (const r of [...records, hant, hostile]) await store.put(r);
  await store.close();
  ({ db, cleanup } = await openViewerDb(uri, () => {}));
  server = createViewer({ db, token: TOKEN, allowActions: false, queue: null });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    // CI runs as root, where Chromium's sandbox cannot start.
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--font-render-hinting=none'],
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  await db?.close();
  cleanup?.();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Watched {
  page: Page;
  dialogs: string[];
  errors: string[];
}

/** A page that records every dialog (alert, confirm), page error, console error and CSP violation. */
async function openPage(): Promise<Watched> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const w: Watched = { page, dialogs: [], errors: [] };
  page.on('dialog', (d) => {
    w.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => w.errors.push(`pageerror: ${(e as Error).message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') w.errors.push(`console: ${m.text()}`);
  });
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return w;
}

const rowTitles = (page: Page) => page.$$eval('tbody tr td:first-child a', (as) => as.map((a) => a.textContent ?? ''));

async function submitFilter(page: Page, fields: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(fields)) {
    await page.$eval(`input[name="${name}"]`, (el) => ((el as HTMLInputElement).value = ''));
    if (value) await page.type(`input[name="${name}"]`, value);
  }
  await Promise.all([page.waitForNavigation(), page.click('form button')]);
}

describe('zhnews serve in Chromium', () => {
  it('opens the list, searches, filters and opens an article', async () => {
    const { page, errors } = await openPage();
    try {
      await page.goto(`${base}/?token=${TOKEN}`);
      expect(await rowTitles(page)).toHaveLength(records.length + 2);
      await page.screenshot({ path: join(SHOTS, 'list.png') });
      await submitFilter(page, { q: '臺北市政府' });
      expect(await rowTitles(page)).toEqual([hant.title]);
      const org = hostile.organizations.find((o) => o.name !== HOSTILE_ENTITY)!.name;
      await submitFilter(page, { q: '', org });
      expect(await rowTitles(page)).toEqual([hostile.title]);
      await submitFilter(page, { org: '', publisher: hant.publisher! });
      expect(await rowTitles(page)).toContain(hant.title);
      await page.screenshot({ path: join(SHOTS, 'list-filtered.png') });
      await Promise.all([page.waitForNavigation(), page.click(`a[href*="/article/${hant.id}"]`)]);
      expect(await page.$eval('h1', (h) => h.textContent)).toBe(hant.title);
      // Later pages were reached by links and by the form, with the token kept along.
      expect(page.url()).toContain(`token=${TOKEN}`);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 120_000);

  it("marks equal the record's entities, at their UTF-16 offsets, around surrogate pairs and white space", async () => {
    for (const r of [hant, hostile]) {
      const { page, errors } = await openPage();
      try {
        await page.goto(`${base}/article/${r.id}?token=${TOKEN}`);
        const seen = await page.$eval('#text', (root) => {
          // Each mark's offset in the text as the browser holds it (UTF-16 code units).
          const out: { type: string; start: number; end: number; text: string; at: number }[] = [];
          let at = 0;
          const walk = (n: Node) => {
            if (n.nodeType === Node.TEXT_NODE) at += (n.textContent ?? '').length;
            else if (n instanceof HTMLElement && n.tagName === 'MARK') {
              const text = n.textContent ?? '';
              out.push({ type: n.dataset.type!, start: Number(n.dataset.start), end: Number(n.dataset.end), text, at });
              at += text.length;
            } else n.childNodes.forEach(walk);
          };
          root.childNodes.forEach(walk);
          return { marks: out, text: root.textContent };
        });
        expect(seen.text).toBe(r.text);
        const expected = [...r.entities].sort((a, b) => a.start - b.start);
        expect(seen.marks.map((m) => [m.type, m.start, m.end, m.text])).toEqual(expected.map((e) => [e.type, e.start, e.end, e.text]));
        for (const m of seen.marks) expect(m.at).toBe(m.start);
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    }
    expect(hant.text).toMatch(/\u{2000B}/u);
    const odd = hostile.entities.find((e) => e.text === HOSTILE_ENTITY)!;
    expect(odd.text).toMatch(/\s/);
    expect(odd.text).toMatch(/[\u{10000}-\u{10FFFF}]/u);
  }, 120_000);

  it('hovering a figure shows its normalised value; the legend hides a type', async () => {
    const { page, errors } = await openPage();
    try {
      await page.goto(`${base}/article/${hant.id}?token=${TOKEN}`);
      const money = hant.entities.find((e) => e.type === 'MONEY' && e.text === '新臺幣3.5億元')!;
      const selector = `#text mark[data-start="${money.start}"]`;
      expect(await page.$eval('#tip', (t) => (t as HTMLElement).hidden)).toBe(true);
      await page.hover(selector);
      await page.waitForSelector('#tip:not([hidden])');
      const tip = await page.$eval('#tip', (t) => t.textContent);
      expect(tip).toMatch(/^MONEY · score [\d.]+ · source [\w-]+ · 新臺幣3\.5億元 → 350,000,000 TWD$/);
      await page.screenshot({ path: join(SHOTS, 'article.png') });
      // Keyboard focus shows the same.
      await page.mouse.move(0, 0);
      await page.waitForSelector('#tip[hidden]');
      await page.focus(selector);
      await page.waitForSelector('#tip:not([hidden])');
      expect(await page.$eval('#tip', (t) => t.textContent)).toBe(tip);
      const background = () => page.$eval(selector, (m) => getComputedStyle(m).backgroundColor);
      expect(await background()).not.toBe('rgba(0, 0, 0, 0)');
      await page.click('.legend input[data-toggle="MONEY"]');
      expect(await background()).toBe('rgba(0, 0, 0, 0)');
      expect(errors).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])).toEqual([]);
    } finally {
      await page.close();
    }
  }, 120_000);

  it("an organisation's page draws its mentions chart with Chart.js under the strict CSP", async () => {
    const { page, errors } = await openPage();
    try {
      await page.goto(`${base}/org?name=${encodeURIComponent('臺北市政府')}&token=${TOKEN}`);
      await page.waitForSelector('canvas[data-ready]');
      expect(await page.$eval('canvas[data-chart]', (c) => (c as HTMLElement).dataset.ready)).toBe('1');
      const inked = await page.$eval('canvas[data-chart]', (c) => {
        const canvas = c as HTMLCanvasElement;
        const px = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let n = 0;
        for (let i = 3; i < px.length; i += 4) if (px[i]! > 0) n++;
        return n;
      });
      expect(inked).toBeGreaterThan(1000);
      await page.screenshot({ path: join(SHOTS, 'org.png') });
      expect(errors).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])).toEqual([]);
    } finally {
      await page.close();
    }
  }, 120_000);

  it('a hostile article runs nothing: its text, title, URL and entity texts stay text', async () => {
    const { page, dialogs, errors } = await openPage();
    try {
      const pages = [
        `/article/${hostile.id}`,
        `/?q=${encodeURIComponent('恶意标题')}`,
        '/orgs',
        `/org?name=${encodeURIComponent(HOSTILE_ENTITY)}`,
      ];
      for (const path of pages) {
        await page.goto(`${base}${path}${path.includes('?') ? '&' : '?'}token=${TOKEN}`);
        const state = await page.evaluate(() => ({
          pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
          csp: (window as unknown as { __csp?: string[] }).__csp ?? [],
          images: document.querySelectorAll('main img').length,
          scripts: [...document.querySelectorAll('script:not([type="application/json"])')].map((s) => s.getAttribute('src')),
          jsLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
        }));
        // Escaped, so nothing was even attempted: no script, no image, no CSP violation.
        expect(state, path).toEqual({ pwned: null, csp: [], images: 0, scripts: expect.any(Array), jsLinks: 0 });
        for (const src of state.scripts) expect(src, path).toMatch(/^\/static\//);
        await page.screenshot({ path: join(SHOTS, `hostile-${pages.indexOf(path)}.png`), fullPage: true });
      }
      await page.goto(`${base}/article/${hostile.id}?token=${TOKEN}`);
      expect(await page.$eval('h1', (h) => h.textContent)).toBe(hostile.title);
      expect(await page.$eval('#text', (t) => t.textContent)).toBe(hostile.text);
      expect(await page.$eval('main', (m) => m.textContent)).toContain(hostile.source.url);
      // Hovering the hostile entity shows its text as text.
      const odd = hostile.entities.find((e) => e.text === HOSTILE_ENTITY)!;
      await page.hover(`#text mark[data-start="${odd.start}"]`);
      await page.waitForSelector('#tip:not([hidden])');
      expect(await page.$eval('#tip', (t) => t.textContent)).toContain('ORG · score');
      expect(await page.$$('#tip *')).toHaveLength(0);
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null)).toBeNull();
    } finally {
      await page.close();
    }
  }, 120_000);
});

describe.runIf(hasRedisServer)('bull-board in Chromium', () => {
  it('renders under its own CSP (scripts from the app only), behind the token', async () => {
    const redis = await startRedisServer();
    const queue = await openQueue(redis.url, 'board-test');
    const viewer = createViewer({ db, token: TOKEN, allowActions: false, queue });
    await new Promise<void>((r) => viewer.listen(0, '127.0.0.1', r));
    const at = `http://127.0.0.1:${(viewer.address() as AddressInfo).port}`;
    const { page, dialogs } = await openPage();
    try {
      await page.goto(`${at}/queue?token=${TOKEN}`);
      await page.waitForSelector('canvas[data-ready]');
      await page.screenshot({ path: join(SHOTS, 'queue.png') });
      await Promise.all([page.waitForNavigation(), page.click('a#board')]);
      await page.waitForFunction(() => document.body.innerText.includes('board-test'), { timeout: 30_000 });
      await page.screenshot({ path: join(SHOTS, 'board.png') });
      const csp = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
      // The only thing its CSP blocks is the web font bull-board links from Google (no network is reached).
      for (const v of csp) expect(v).toMatch(/^style-src-elem https:\/\/fonts\.googleapis\.com/);
      expect(dialogs).toEqual([]);
    } finally {
      await page.close();
      viewer.close();
      await queue.close();
      await redis.stop();
    }
  }, 120_000);
});
