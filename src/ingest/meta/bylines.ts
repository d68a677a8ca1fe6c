/**
 * Bylines read from lines of text: reporters/authors (记者, 作者, 文/), editors (编辑,
 * 责任编辑) and the publisher (来源, a Hong Kong lead 【明報專訊】, a byline that opens with the
 * paper: 聯合報 / 記者…). Only names in byline position count: a name must be
 * followed by a delimiter, so "记者从广州市科技局获悉" yields nothing.
 */
import { startsWithSurname } from '../../lexicon/surnames.js';
import {
  AUTHOR,
  AUTHOR_EN,
  AUTHOR_POSTED,
  BRACKETED_NAME,
  CREDIT_NAMES,
  CREDIT_REPORTED,
  EDITOR,
  EDITOR_EN,
  NAME_STOP,
  NOT_NAMES,
  PHOTO_CREDIT,
  PUBLISHER,
  PUBLISHER_LEAD,
  REPORTED_WORD,
} from '../data/byline-patterns.js';
import { DATE_NUMERIC, LABELLED_FIELD } from '../data/patterns.js';
import { PUBLISHER_BYLINE } from './publisher-patterns.js';

function cutAtStop(name: string): string {
  const m = NAME_STOP.exec(name);
  return (m ? name.slice(0, m.index) : name).trim();
}

/** "宋怡 杨志华", "赵延东、风笑天", "Jane Doe and John Roe" → separate names. */
export function splitNames(raw: string): string[] {
  const parts = /[\u4e00-\u9fa5]/.test(raw) ? raw.split(/[\s、,，/]+/) : raw.split(/\s*(?:,|\band\b|&)\s*/);
  return parts.map(cutAtStop).filter((n) => n.length >= 2 && n.length <= 40 && !NOT_NAMES.test(n) && !REPORTED_WORD.test(n));
}

function uniq(names: string[]): string[] {
  return [...new Set(names)];
}

function collect(lines: readonly string[], zh: RegExp, en: RegExp | null): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const re = new RegExp(zh.source, 'g');
    for (const m of line.matchAll(re)) {
      if (PHOTO_CREDIT.test(line.slice(m.index + m[0].length))) continue;
      out.push(...splitNames(m[1] ?? ''));
    }
    const e = en?.exec(line);
    if (e) out.push(...splitNames(e[1] ?? ''));
  }
  return uniq(out);
}

/**
 * Names in brackets without a label or a place count only when every one of them starts with a
 * common surname ("（常书香 马丹阳）"): "（图片来源 网络）" is not a byline.
 */
function surnamedNames(raw: string | undefined): string[] {
  const names = splitNames(raw ?? '');
  return names.length > 0 && names.every((n) => /^[\u4e00-\u9fa5]+$/.test(n) && startsWithSurname(n)) ? names : [];
}

/**
 * Authors from labelled bylines in `lines` (the header and trailer windows); failing those,
 * closing credits ("（姚峰 上海报道）", "（常书香 马丹阳）"), then blog bylines and bracketed names
 * on a date line.
 */
export function findAuthors(lines: readonly string[]): string[] {
  const out = collect(lines, AUTHOR, AUTHOR_EN);
  if (out.length > 0) return out;
  for (const line of lines) {
    const reported = CREDIT_REPORTED.exec(line);
    if (reported) out.push(...splitNames(reported[1] ?? ''));
    else out.push(...surnamedNames(CREDIT_NAMES.exec(line)?.[1]));
  }
  if (out.length > 0) return uniq(out);
  for (const line of lines) {
    const posted = AUTHOR_POSTED.exec(line);
    if (posted?.[1] && !/^\d+$/.test(posted[1])) out.push(...splitNames(posted[1]));
    // On a date/source line, a bracketed name that is not a label's value is the author.
    if (line.length <= 120 && DATE_NUMERIC.test(line)) {
      const unlabelled = line.replace(LABELLED_FIELD, ' ');
      for (const m of unlabelled.matchAll(BRACKETED_NAME)) out.push(...splitNames(m[1] ?? ''));
    }
  }
  return uniq(out);
}

export function findEditors(lines: readonly string[]): string[] {
  return collect(lines, EDITOR, EDITOR_EN);
}

export function findPublisher(lines: readonly string[]): string | null {
  for (const line of lines) {
    const m = PUBLISHER.exec(line);
    if (m?.[1]) return m[1].replace(/[)）】\]]+$/, '');
  }
  for (const line of lines) {
    const lead = PUBLISHER_LEAD.exec(line) ?? PUBLISHER_BYLINE.exec(line);
    if (lead?.[1]) return lead[1];
  }
  return null;
}

/** Names from a <meta name=author> value: drops URLs and site names that are not people. */
export function namesFromMeta(value: string | null): string[] {
  if (!value || /^https?:/i.test(value) || value.length > 80) return [];
  const stripped = value.replace(/^(?:by|作者|记者)\s*[:：]?\s*/i, '');
  return uniq(splitNames(stripped));
}
