/**
 * Where page metadata is read from, in order of trust (in the manner of trafilatura's
 * metaxpaths.py). Keys name a <meta> by attribute and value, lower-cased:
 * "property:og:title" is <meta property="og:title" content="...">, "name:pubdate" is
 * <meta name="pubdate">, "itemprop:datepublished" is <meta itemprop="datePublished">.
 */
import { alternation } from './alternation.js';

export const TITLE_KEYS = [
  'property:og:title',
  'name:og:title',
  'name:twitter:title',
  'property:twitter:title',
  'name:title',
  'name:articletitle',
  'name:headline',
  'itemprop:headline',
] as const;

export const DATE_KEYS = [
  'property:article:published_time',
  'name:article:published_time',
  'itemprop:datepublished',
  'name:pubdate',
  'name:publishdate',
  'name:publish-date',
  'name:publish_date',
  'name:publication_date',
  'property:og:published_time',
  'name:og:published_time',
  'property:og:release_date',
  'name:sailthru.date',
  'name:parsely-pub-date',
  'name:dc.date.issued',
  'name:dcterms.created',
  'name:dcterms.date',
  'name:dc.date',
  'name:date',
  'name:citation_publication_date',
  'name:cxenseparse:recs:publishtime',
  'name:created',
  'name:firstpublishedtime',
  'name:publishtime',
  'property:article:modified_time',
  'name:lastmod',
  'itemprop:datecreated',
  'itemprop:datemodified',
] as const;

export const AUTHOR_KEYS = [
  'name:author',
  'name:article:author',
  'property:article:author',
  'name:byl',
  'name:sailthru.author',
  'name:parsely-author',
  'name:dc.creator',
  'name:citation_author',
  'itemprop:author',
] as const;

/** The outlet named as the source (来源); site names come after as a fallback. */
export const PUBLISHER_KEYS = ['name:source', 'name:contentsource', 'name:mediaid', 'name:publisher'] as const;
export const SITE_NAME_KEYS = ['property:og:site_name', 'name:og:site_name', 'name:application-name'] as const;

export const EDITOR_KEYS = ['name:editor', 'name:responsibleeditor'] as const;

export const CANONICAL_KEYS = ['property:og:url', 'name:og:url'] as const;

/** Attributes that name a <meta>. */
export const META_NAME_ATTRIBUTES = ['property', 'name', 'itemprop', 'http-equiv'] as const;

/** JSON-LD @types that describe an article. */
const ARTICLE_TYPE_NAMES = [
  'NewsArticle',
  'Article',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'BlogPosting',
  'WebPage',
  'LiveBlogPosting',
  'OpinionNewsArticle',
  'ScholarlyArticle',
  'Report',
  'SocialMediaPosting',
];
export const ARTICLE_TYPES = new RegExp(`^(?:${alternation(ARTICLE_TYPE_NAMES)})$`);

/** Ancestors (tag or class/id words) under which a <time> is not the article's date. */
export const TIME_EXCLUDED = /(?:^|[\s_-])(?:footer|aside|comments?|related|recommend|sidebar)(?:$|[\s_-])/i;
