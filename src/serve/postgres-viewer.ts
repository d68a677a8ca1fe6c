/**
 * The viewer's questions answered by a PostgreSQL store in place. Search over 3+ characters uses
 * pg_trgm trigram indexes on title and text (created the first time, where the role may create
 * the extension; otherwise the same query scans), so any substring of Chinese text matches
 * without a segmenter, as with SQLite's FTS5 trigram table.
 */
import pg from 'pg';
import type { NewsRecord } from '../record/schema.js';
import {
  COUNT_CAP,
  ENTITY_FILTERS,
  isFullTextQuery,
  listPage,
  listWindow,
  VIEWER_PAGE_SIZE,
  type ArticleFilter,
  type ArticlePage,
  type ArticleRowView,
  type OrgCount,
  type ViewerSource,
} from './viewer-db.js';

const TRGM = `
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX IF NOT EXISTS articles_text_trgm ON articles USING gin (text gin_trgm_ops);
CREATE INDEX IF NOT EXISTS articles_title_trgm ON articles USING gin (title gin_trgm_ops);
`;

const like = (q: string): string => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function openPostgresViewer(url: string, log: (line: string) => void): Promise<ViewerSource> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  pool.on('error', () => {});
  try {
    await pool.query(TRGM);
  } catch (err) {
    log(`serve: no trigram index (${(err as Error).message}); searches scan the texts`);
  }
  const one = async <T>(sql: string, args: unknown[] = []): Promise<T[]> => (await pool.query(sql, args)).rows as T[];
  return {
    async count() {
      return Number((await one<{ n: string }>('SELECT count(*) AS n FROM articles'))[0]!.n);
    },
    async articles(f: ArticleFilter): Promise<ArticlePage> {
      const where: string[] = [];
      const args: unknown[] = [];
      const arg = (v: unknown) => `$${args.push(v)}`;
      const q = f.q?.trim();
      if (q && isFullTextQuery(q)) where.push(`(a.title ILIKE ${arg(like(q))} OR a.text ILIKE $${args.length})`);
      else if (q)
        where.push(
          `(a.id IN (SELECT article_id FROM entities WHERE row_kind = 'entity' AND text = ${arg(q)}) OR position(${arg(q)} in coalesce(a.title, '')) > 0)`,
        );
      for (const [key, type] of ENTITY_FILTERS) {
        const v = f[key]?.trim();
        if (v)
          where.push(`a.id IN (SELECT article_id FROM entities WHERE row_kind = 'entity' AND type = ${arg(type)} AND text = ${arg(v)})`);
      }
      if (f.publisher?.trim()) where.push(`a.publisher = ${arg(f.publisher.trim())}`);
      if (f.from) where.push(`a.published_at >= ${arg(f.from)}::date`);
      if (f.to) where.push(`a.published_at < (${arg(f.to)}::date + 1)`);
      const sql = where.length ? `WHERE ${where.join(' AND ')}` : '';
      // As in the SQLite viewer: a filtered count stops past COUNT_CAP (counting a large match is
      // a pass over all of it) and the page says "more than"; the unfiltered count is the table's.
      const counted = Number(
        (
          await one<{ n: string }>(
            sql === ''
              ? 'SELECT count(*) AS n FROM articles'
              : `SELECT count(*) AS n FROM (SELECT 1 FROM articles a ${sql} LIMIT ${COUNT_CAP + 1}) s`,
            args,
          )
        )[0]!.n,
      );
      const w = listWindow(counted, sql !== '', f.page);
      const rows = await one<ArticleRowView>(
        `SELECT a.id, a.title, a.publisher, a.record->>'publishedAt' AS "publishedAt", jsonb_array_length(a.organizations) AS orgs, a.n_figures AS figures
         FROM articles a ${sql} ORDER BY a.published_at DESC NULLS LAST, a.seq DESC LIMIT ${VIEWER_PAGE_SIZE} OFFSET ${(w.page - 1) * VIEWER_PAGE_SIZE}`,
        args,
      );
      return listPage(rows, w);
    },
    async article(id) {
      return (await one<{ record: NewsRecord }>('SELECT record FROM articles WHERE id = $1', [id]))[0]?.record ?? null;
    },
    async topOrganizations(limit = 100): Promise<OrgCount[]> {
      const rows = await one<{ name: string; articles: string }>(
        `SELECT text AS name, count(DISTINCT article_id) AS articles FROM entities WHERE row_kind = 'entity' AND type = 'ORG'
         GROUP BY text ORDER BY articles DESC, name LIMIT $1`,
        [limit],
      );
      return rows.map((r) => ({ name: r.name, articles: Number(r.articles) }));
    },
    async orgTimeline(name) {
      const rows = await one<{ month: string; articles: string }>(
        `SELECT coalesce(substr(a.record->>'publishedAt', 1, 7), 'undated') AS month, count(DISTINCT a.id) AS articles
         FROM entities e JOIN articles a ON a.id = e.article_id WHERE e.row_kind = 'entity' AND e.type = 'ORG' AND e.text = $1
         GROUP BY 1 ORDER BY 1`,
        [name],
      );
      return rows.map((r) => ({ month: r.month, articles: Number(r.articles) }));
    },
    async coOrganizations(name, limit = 20) {
      const rows = await one<{ name: string; articles: string }>(
        `SELECT o.text AS name, count(DISTINCT o.article_id) AS articles FROM entities e JOIN entities o ON o.article_id = e.article_id
         WHERE e.row_kind = 'entity' AND e.type = 'ORG' AND e.text = $1 AND o.row_kind = 'entity' AND o.type = 'ORG' AND o.text <> e.text
         GROUP BY o.text ORDER BY articles DESC, name LIMIT $2`,
        [name, limit],
      );
      return rows.map((r) => ({ name: r.name, articles: Number(r.articles) }));
    },
    async close() {
      await pool.end();
    },
  };
}
