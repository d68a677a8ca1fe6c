/**
 * What the viewer asks of a store, answered by SQLite in place. Full-text search uses an FTS5
 * table with the trigram tokenizer (any 3+ character substring of a title or text, Chinese
 * included, without a segmenter), kept in step by triggers, so records that workers write
 * later are searchable at once; it is built the first time `serve` opens a store, with the
 * indexes the list's order and filters need (the only writes it makes). Shorter queries (广州) match entity names exactly and titles by substring.
 */
import Database from 'better-sqlite3';
import { ENTITY_TYPES, type NewsRecord } from '../record/schema.js';

const PAGE_SIZE = 50;

const SEARCH_SCHEMA = `
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(title, text, content='articles', content_rowid='rowid', tokenize='trigram');
CREATE TRIGGER IF NOT EXISTS articles_fts_ai AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS articles_fts_ad AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER IF NOT EXISTS articles_fts_au AFTER UPDATE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
`;

/**
 * The list's order (newest first) and its filters as index walks rather than scans of a table
 * whose rows hold whole records: (published_at, id, title) answers the order and a title
 * substring from the index alone; (publisher, published_at) a publisher; entities by name with
 * their article ids, an entity filter without reading the entity rows.
 */
const VIEWER_INDEXES = `
CREATE INDEX IF NOT EXISTS articles_viewer_newest ON articles (published_at, id, title);
CREATE INDEX IF NOT EXISTS articles_viewer_publisher ON articles (publisher, published_at);
CREATE INDEX IF NOT EXISTS entities_viewer_lookup ON entities (type, text, row_kind, article_id);
`;

export interface ArticleFilter {
  q?: string;
  org?: string;
  person?: string;
  place?: string;
  publisher?: string;
  from?: string;
  to?: string;
  page?: number;
}

export interface ArticleRowView {
  id: string;
  title: string | null;
  publisher: string | null;
  publishedAt: string | null;
  orgs: number;
  figures: number;
}

export interface OrgCount {
  name: string;
  articles: number;
}

/** The entity filters of the article list: the filter's name and the entity type it matches. */
export const ENTITY_FILTERS = [
  ['org', 'ORG'],
  ['person', 'PERSON'],
  ['place', 'LOC'],
] as const;

/** What the viewer asks of a store; SQLite and PostgreSQL answer it in place. */
export interface ViewerSource {
  count(): Promise<number>;
  articles(f: ArticleFilter): Promise<ArticlePage>;
  article(id: string): Promise<NewsRecord | null>;
  topOrganizations(limit?: number): Promise<OrgCount[]>;
  orgTimeline(name: string): Promise<{ month: string; articles: number }[]>;
  coOrganizations(name: string, limit?: number): Promise<OrgCount[]>;
  close(): Promise<void>;
}

export interface ArticlePage {
  rows: ArticleRowView[];
  /** Articles matching; with `capped`, a lower bound (counting stopped there). */
  total: number;
  page: number;
  pages: number;
  capped?: boolean;
}

/** Past this many matches a filtered list stops counting (COUNT(*) of a large result set is the slow part). */
export const COUNT_CAP = 1000;

/**
 * Up to this many matching ids, a list is read from the ids (listed and sorted: cheap); past it,
 * newest first along the date index, where a test that matches a large share of the articles
 * fills a page after a few rows.
 */
const DRIVER_CAP = 20_000;

export const VIEWER_PAGE_SIZE = PAGE_SIZE;

/** Where a list stands: its count (capped past COUNT_CAP when filtered) and the page to read. */
export interface ListWindow {
  total: number;
  capped: boolean;
  page: number;
  pages: number;
}

/** The window of a list that matched `counted` articles (a count stopped at COUNT_CAP + 1 when `filtered`). */
export function listWindow(counted: number, filtered: boolean, requested: number | undefined): ListWindow {
  const capped = filtered && counted > COUNT_CAP;
  const total = capped ? COUNT_CAP : counted;
  const pages = capped ? Number.POSITIVE_INFINITY : Math.max(1, Math.ceil(total / PAGE_SIZE));
  return { total, capped, page: Math.min(Math.max(1, requested ?? 1), pages), pages };
}

/** The page as the viewer shows it; with a capped count, there is a next page while this one is full. */
export function listPage(rows: ArticleRowView[], w: ListWindow): ArticlePage {
  const pages = w.capped ? (rows.length === PAGE_SIZE ? w.page + 1 : w.page) : w.pages;
  return { rows, total: w.total, page: w.page, pages, ...(w.capped ? { capped: true } : {}) };
}

/** The search query split as the viewer reads it: 3+ characters go to full text, shorter ones to names and titles. */
export const isFullTextQuery = (q: string): boolean => [...q].length >= 3;

export class ViewerDb implements ViewerSource {
  readonly db: Database.Database;

  constructor(path: string) {
    this.db = new Database(path, { timeout: 30_000 });
    this.db.exec(VIEWER_INDEXES);
    const built = this.db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'articles_fts'").get();
    if (!built) {
      this.db.exec(SEARCH_SCHEMA);
      this.db.exec("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')");
    }
  }

  async count(): Promise<number> {
    return this.db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
  }

  /** Up to cap + 1: how many articles a query matches, stopping there. */
  private hits(sql: string, args: unknown[], cap = COUNT_CAP): number {
    return this.db
      .prepare(`SELECT count(*) FROM (${sql} LIMIT ${cap + 1})`)
      .pluck()
      .get(...args) as number;
  }

  async articles(f: ArticleFilter): Promise<ArticlePage> {
    const q = f.q?.trim();
    const fullText = q && isFullTextQuery(q) ? `"${q.replace(/"/g, '""')}"` : null;
    const names = q && !fullText ? q : null;
    const entityFilters = ENTITY_FILTERS.flatMap(([key, type]) => (f[key]?.trim() ? [[type, f[key]!.trim()] as const] : []));
    // Which way to read: from the matching ids when one membership test is selective (a rare
    // name or phrase: few ids, sorted), else newest first along the date index, stopping after
    // a page (a common word, a big organisation: the first page is found in the first rows).
    const probes: number[] = [];
    if (fullText) probes.push(this.hits('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?', [fullText], DRIVER_CAP));
    // A short query is a name or part of a title; the title part is read from the date index either way.
    if (names)
      probes.push(
        this.hits(
          `SELECT DISTINCT article_id FROM entities WHERE type IN (${ENTITY_TYPES.map(() => '?').join(', ')}) AND text = ? AND row_kind = 'entity'`,
          [...ENTITY_TYPES, names],
          DRIVER_CAP,
        ),
      );
    for (const [type, text] of entityFilters)
      probes.push(
        this.hits("SELECT DISTINCT article_id FROM entities WHERE type = ? AND text = ? AND row_kind = 'entity'", [type, text], DRIVER_CAP),
      );
    const newestFirst = probes.length === 0 || Math.min(...probes) > DRIVER_CAP;
    // Newest first, a name is looked up per article in the (type, text, row_kind, article_id)
    // index; from the ids, the ids are listed once.
    const hasName = (types: readonly string[]) =>
      newestFirst
        ? `EXISTS (SELECT 1 FROM entities e WHERE e.type IN (${types.map(() => '?').join(', ')}) AND e.text = ? AND e.row_kind = 'entity' AND e.article_id = a.id)`
        : `a.id IN (SELECT article_id FROM entities WHERE type IN (${types.map(() => '?').join(', ')}) AND text = ? AND row_kind = 'entity')`;
    const where: string[] = [];
    const args: unknown[] = [];
    if (fullText) {
      where.push(`${newestFirst ? '+' : ''}a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)`);
      args.push(fullText);
    } else if (names) {
      where.push(`(${hasName(ENTITY_TYPES)} OR instr(a.title, ?) > 0)`);
      args.push(...ENTITY_TYPES, names, names);
    }
    for (const [type, text] of entityFilters) {
      where.push(hasName([type]));
      args.push(type, text);
    }
    if (f.publisher?.trim()) {
      where.push('a.publisher = ?');
      args.push(f.publisher.trim());
    }
    if (f.from) {
      where.push('a.published_at >= ?');
      args.push(f.from);
    }
    if (f.to) {
      // Every timestamp of that day (2024-05-01T…) sorts at or before this bound, the next day after it.
      where.push('a.published_at <= ?');
      args.push(`${f.to}T\uffff`);
    }
    const sql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    // COUNT(*) of a large match (a common word, every article) costs a pass over all of it:
    // a filtered count stops past COUNT_CAP and the page says "more than".
    // A lone full-text or entity test already counted itself in its probe.
    const probed = where.length === 1 && !names && probes.length === 1 ? probes[0]! : null;
    const counted = sql === '' ? await this.count() : (probed ?? this.hits(`SELECT 1 FROM articles a ${sql}`, args));
    const w = listWindow(counted, sql !== '', f.page);
    // The page's rowids first, from the index alone, then only those rows: an OFFSET over the
    // table itself would read every skipped row (whole records) on a deep page.
    const order = 'ORDER BY a.published_at DESC, a.id DESC';
    const rows = this.db
      .prepare(
        `SELECT a.id, a.title, a.publisher, a.published_at AS publishedAt, json_array_length(a.organizations) AS orgs, a.n_figures AS figures
         FROM articles a WHERE a.rowid IN (SELECT a.rowid FROM articles a ${sql} ${order} LIMIT ? OFFSET ?) ${order}`,
      )
      .all(...args, PAGE_SIZE, (w.page - 1) * PAGE_SIZE) as ArticleRowView[];
    return listPage(rows, w);
  }

  async article(id: string): Promise<NewsRecord | null> {
    const row = this.db.prepare('SELECT record FROM articles WHERE id = ?').pluck().get(id) as string | undefined;
    return row ? (JSON.parse(row) as NewsRecord) : null;
  }

  async topOrganizations(limit = 100): Promise<OrgCount[]> {
    return this.db
      .prepare(
        `SELECT text AS name, count(DISTINCT article_id) AS articles FROM entities
         WHERE row_kind = 'entity' AND type = 'ORG' GROUP BY text ORDER BY articles DESC, name LIMIT ?`,
      )
      .all(limit) as OrgCount[];
  }

  /** Articles naming the organisation, per month of publication (undated ones under "undated"). */
  async orgTimeline(name: string): Promise<{ month: string; articles: number }[]> {
    return this.db
      .prepare(
        `SELECT coalesce(substr(a.published_at, 1, 7), 'undated') AS month, count(DISTINCT a.id) AS articles
         FROM entities e JOIN articles a ON a.id = e.article_id
         WHERE e.row_kind = 'entity' AND e.type = 'ORG' AND e.text = ? GROUP BY month ORDER BY month`,
      )
      .all(name) as { month: string; articles: number }[];
  }

  /** The organisations named most often in the same articles. */
  async coOrganizations(name: string, limit = 20): Promise<OrgCount[]> {
    return this.db
      .prepare(
        `SELECT o.text AS name, count(DISTINCT o.article_id) AS articles
         FROM entities e JOIN entities o ON o.article_id = e.article_id
         WHERE e.row_kind = 'entity' AND e.type = 'ORG' AND e.text = ? AND o.row_kind = 'entity' AND o.type = 'ORG' AND o.text <> e.text
         GROUP BY o.text ORDER BY articles DESC, name LIMIT ?`,
      )
      .all(name, limit) as OrgCount[];
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
