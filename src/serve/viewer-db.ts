/**
 * What the viewer asks of a store, answered by SQLite in place. Full-text search uses an FTS5
 * table with the trigram tokenizer (any 3+ character substring of a title or text, Chinese
 * included, without a segmenter), kept in step by triggers, so records that workers write
 * later are searchable at once; it is built the first time `serve` opens a store (the one
 * write it makes). Shorter queries (广州) match entity names exactly and titles by substring.
 */
import Database from 'better-sqlite3';
import type { NewsRecord } from '../record/schema.js';

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
  total: number;
  page: number;
  pages: number;
}

export const VIEWER_PAGE_SIZE = PAGE_SIZE;

/** The search query split as the viewer reads it: 3+ characters go to full text, shorter ones to names and titles. */
export const isFullTextQuery = (q: string): boolean => [...q].length >= 3;

export class ViewerDb implements ViewerSource {
  readonly db: Database.Database;

  constructor(path: string) {
    this.db = new Database(path, { timeout: 30_000 });
    const built = this.db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'articles_fts'").get();
    if (!built) {
      this.db.exec(SEARCH_SCHEMA);
      this.db.exec("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')");
    }
  }

  async count(): Promise<number> {
    return this.db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
  }

  async articles(f: ArticleFilter): Promise<ArticlePage> {
    const where: string[] = [];
    const args: unknown[] = [];
    const q = f.q?.trim();
    if (q && isFullTextQuery(q)) {
      where.push('a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)');
      args.push(`"${q.replace(/"/g, '""')}"`);
    } else if (q) {
      where.push("(a.id IN (SELECT article_id FROM entities WHERE row_kind = 'entity' AND text = ?) OR instr(a.title, ?) > 0)");
      args.push(q, q);
    }
    for (const [key, type] of ENTITY_FILTERS) {
      const v = f[key]?.trim();
      if (!v) continue;
      where.push("a.id IN (SELECT article_id FROM entities WHERE row_kind = 'entity' AND type = ? AND text = ?)");
      args.push(type, v);
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
      where.push('substr(a.published_at, 1, 10) <= ?');
      args.push(f.to);
    }
    const sql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = this.db
      .prepare(`SELECT count(*) FROM articles a ${sql}`)
      .pluck()
      .get(...args) as number;
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    const page = Math.min(Math.max(1, f.page ?? 1), pages);
    const rows = this.db
      .prepare(
        `SELECT a.id, a.title, a.publisher, a.published_at AS publishedAt, json_array_length(a.organizations) AS orgs, a.n_figures AS figures
         FROM articles a ${sql} ORDER BY a.published_at IS NULL, a.published_at DESC, a.rowid DESC LIMIT ? OFFSET ?`,
      )
      .all(...args, PAGE_SIZE, (page - 1) * PAGE_SIZE) as ArticleRowView[];
    return { rows, total, page, pages };
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
