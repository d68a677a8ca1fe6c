/**
 * The organisation rules of #21's session-10 round: what the whole article says about a name.
 * Sentences and names written for these tests; "model" entities are given by hand.
 */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/record/schema.js';
import { ent, orgs } from '../../helpers/org-refiner.js';

/** Each occurrence of `sub` in `text` as a model entity. */
const every = (text: string, sub: string, type: Entity['type'], score: number): Entity[] => {
  const out: Entity[] = [];
  for (let at = text.indexOf(sub); at >= 0; at = text.indexOf(sub, at + sub.length)) out.push(ent(text, sub, type, score, at));
  return out;
};

describe('a bare name the model read as a place', () => {
  const text = '运营商把线路委托给澜涛公司建设，澜涛公司负责维护，用户也可通过澜涛公司换网。澜涛模式打破了垄断。';
  const bare = text.indexOf('澜涛模式');
  it('is a short form of a sure full name written at least as often', () => {
    const model = [...every(text, '澜涛公司', 'ORG', 0.99), ent(text, '澜涛', 'LOC', 0.7, bare)];
    expect(orgs(text, model)).toContain('澜涛');
  });
  it('stays a place when the model is unsure of the full name', () => {
    const model = [...every(text, '澜涛公司', 'ORG', 0.85), ent(text, '澜涛', 'LOC', 0.7, bare)];
    expect(orgs(text, model)).not.toContain('澜涛');
  });
});
