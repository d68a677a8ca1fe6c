/**
 * A plant is a facility or a business, by how the article treats it (the guidelines' buildings
 * "unless the text treats them as a business"; OntoNotes' FAC and ORG). Built, invested in, run
 * as a project (建造的广东沙角B电厂, 来宾B电厂的项目融资, 日照电厂…等一系列项目) it is a facility; one
 * whose people speak or that acts (国电谏壁发电厂的人士坦承, 电厂表示) is a business, an organisation.
 * Judged by name over the whole article: a name acting anywhere stays.
 */
import type { Entity } from '../../record/schema.js';
import { BUILT_BEFORE, PLANT_ENDINGS, PROJECT_AFTER, PLANT_ACTING_AFTER } from './data/facilities.js';
import { afterPossessive } from './cue-after.js';
import type { FoundList } from './lists.js';

/** How far before a plant's name a construction verb still governs it (建造的 | X, 兴建了一座 | X). */
const BUILT_REACH = 6;
const CLAUSE_END = /[，。；！？,;!?]/u;

const isPlant = (name: string): boolean => PLANT_ENDINGS.some((p) => name.endsWith(p) && name.length > p.length);

function builtBefore(text: string, e: Entity): boolean {
  const before = text.slice(Math.max(0, e.start - BUILT_REACH), e.start);
  const clause = before.slice(before.search(/[^，。；！？,;!?]*$/u));
  return BUILT_BEFORE.some((v) => clause.includes(v));
}

function projectAfter(text: string, e: Entity): boolean {
  const at = afterPossessive(text, e.end);
  return PROJECT_AFTER.some((w) => text.startsWith(w, at));
}

/** A plant listed before 等 and a word for projects (日照电厂、山东中华电力等一系列项目). */
function listedAsProject(text: string, e: Entity, lists: readonly FoundList[]): boolean {
  const list = lists.find((l) => l.members.some((m) => m.start === e.start && m.end === e.end));
  if (!list) return false;
  const tail = text.slice(list.after, list.after + 12);
  const end = tail.search(CLAUSE_END);
  const phrase = end < 0 ? tail : tail.slice(0, end);
  return /^(等等|等)/.test(phrase) && PROJECT_AFTER.some((w) => phrase.includes(w));
}

const acts = (text: string, e: Entity): boolean => {
  const at = afterPossessive(text, e.end);
  return PLANT_ACTING_AFTER.some((w) => text.startsWith(w, at));
};

/** Names of plants the article treats as facilities, not businesses. */
export function plantFacilities(text: string, entities: readonly Entity[], lists: readonly FoundList[]): Set<string> {
  const plants = entities.filter((e) => e.type === 'ORG' && isPlant(e.text));
  const built = new Set(
    plants.filter((e) => builtBefore(text, e) || projectAfter(text, e) || listedAsProject(text, e, lists)).map((e) => e.text),
  );
  for (const e of plants) if (acts(text, e)) built.delete(e.text);
  return built;
}
