/**
 * Organisations found the way a reader finds them: the model's names, repaired and completed
 * with what the project knows (the lexicon) and what the article itself says (the
 * [place][name][kind] structure of names, Latin-script names, coordinated lists, short forms
 * of full names). A pure function of the text, its tokens and the model's entities.
 */
import type { Entity, Token } from '../../record/schema.js';
import { classedSingleCandidates, coordinatedCandidates } from './coordination.js';
import { lists } from './lists.js';
import { joinedWordCandidates } from './joined-words.js';
import { withNamedMentions } from './mention-types.js';
import { isGenericOrgName, kindOf } from './generic.js';
import { isEnglishFragment, isFigureWithUnit, joinSpacedLatinNames, latinCandidates, latinCaseVariants } from './latin.js';

import { NAME_TYPES, contains, joinPlacePrefixes, placeOrg, retypeOrPlace, withoutWordTimes } from './spans.js';
import { extendsSureNameOverWords, structuralCandidates } from './structure.js';
import { completeKind, trimRunOn, withBracketedPlace } from './kind-edges.js';
import { TokenIndex } from './token-index.js';
import { titledPersons, withoutPartyBranches, withoutRole } from './roles.js';
import { finalCheck } from './final-check.js';
import { withHeadquartersCut } from './headquarters.js';
import {
  splitAtBrackets,
  splitAtConjunction,
  splitAtDash,
  splitAtHolding,
  withoutClassTail,
  splitAtJointAction,
  trimModelRunOn,
  withoutLatinDescriptor,
  withoutSentenceWordsBeforeLatin,
} from './run-ons.js';
import { periodicalCandidates, quotedNameCandidates, withoutTitleMarks } from './titles.js';
import { describedBodyCandidates, namedBodyCandidates } from './named-bodies.js';
import { endAtWord } from './word-end.js';
import { withDepartment } from './departments.js';
import { withoutDepartmentDescription, withoutSentenceEdges } from './sentence-edges.js';
import { acrossStrayCharacter, withForeignNameStart } from './foreign-names.js';
import { bareNameCandidates, latinBareNameCandidates } from './bare-names.js';
import { tradeNameCandidates } from './trade-names.js';
import { shortFormCandidates } from './short-forms.js';
import { completeIndustry, placeIndustryCandidates } from './industry.js';
import { lexiconStep } from './lexicon-step.js';
import { sponsorTeamCandidates, teamCandidates } from './teams.js';
import { stockCodeCandidates } from './stock-codes.js';
import { declaredShortFormCandidates } from './declared-short-forms.js';
import { foreignPaperCandidates, latinSourceCandidates, outletCandidates } from './outlets.js';
import { withParallelKinds } from './parallel-kinds.js';
import { withFullMentions } from './full-mentions.js';
import { withCountryArms } from './country-arms.js';
import {
  companyCueRetypes,
  describedCompanyCandidates,
  industryNameCandidates,
  placeTradeNameCandidates,
  siteCompanyCandidates,
} from './company-cues.js';

import { numberedUnitCandidates } from './numbered-units.js';
import { wordTags } from './place-words.js';

export { collectOrganizations } from './collect.js';

const bySpan = (a: Entity, b: Entity): number => a.start - b.start || a.end - b.end;

/** 广州-深圳-香港: places joined by dashes, not a name; 一汽-大众 (a joint venture's name) joins two companies. */
const JOINED_PLACES = /^[\u4e00-\u9fff]+([-—–~/][\u4e00-\u9fff]+)+$/;
const JOINER = /[-—–~/]/;
/** Each side a name of two characters or more, not all of them places (一汽-大众; not 道—琼斯, an index's name). */
const joinsCompanies = (name: string): boolean => {
  const parts = name.split(JOINER);
  return parts.every((p) => p.length >= 2) && !parts.every((p) => wordTags(p).every((t) => t.tag === 'ns'));
};

function cleanModelNames(entities: Entity[]): Entity[] {
  return entities.filter((e) => {
    if (!NAME_TYPES.has(e.type)) return true;
    if (isEnglishFragment(e) || isFigureWithUnit(e.text)) return false;
    if (e.type !== 'ORG') return true;
    if (isGenericOrgName(e.text)) return false;
    return !(JOINED_PLACES.test(e.text) && !kindOf(e.text) && !joinsCompanies(e.text));
  });
}

/**
 * A model span's edges read right, in this order: where a foreign name or a Latin word really begins
 * and ends, what of the sentence stands at either edge, a title after the name. null when a step
 * leaves nothing of a name.
 */
function withNameEdges(text: string, whole: Entity, index: TokenIndex): Entity | null {
  const steps: ((e: Entity) => Entity | null)[] = [
    (e) => withForeignNameStart(text, e, index),
    (e) => acrossStrayCharacter(text, e, index),
    (e) => withoutSentenceWordsBeforeLatin(text, e, index),
    (e) => withoutLatinDescriptor(text, e),
    (e) => withoutTitleMarks(text, e),
    (e) => withoutSentenceEdges(text, e, index),
    (e) => withoutDepartmentDescription(text, e, index),
    (e) => trimModelRunOn(text, e, index),
    (e) => endAtWord(text, e, index),
    (e) => withoutRole(text, e),
  ];
  let e: Entity | null = whole;
  for (const step of steps) e = e && step(e);
  return e;
}

function repairBoundaries(text: string, entities: Entity[], index: TokenIndex): Entity[] {
  let out = entities
    .flatMap((whole) =>
      whole.type === 'ORG'
        ? splitAtDash(text, whole)
            .flatMap((e) => splitAtConjunction(text, e, index))
            .flatMap((e) => splitAtJointAction(text, e, index))
            .flatMap((e) => splitAtHolding(text, e))
            .flatMap((e) => withoutClassTail(text, e))
        : [whole],
    )
    .flatMap((e) => {
      if (e.type !== 'ORG') return [e];
      const named = withNameEdges(text, e, index);
      // Completing a kind can reach into a paired body (南京市委市 | 政府), so run-ons are trimmed again after it.
      if (!named) return [];
      const whole = withDepartment(
        text,
        trimModelRunOn(text, completeKind(text, completeIndustry(text, trimRunOn(text, named, index), index), index)),
      );
      return splitAtBrackets(text, withBracketedPlace(text, whole, index), index);
    });
  // An extension may now overlap the next name: keep the earlier, longer one. A figure the model
  // read inside a name (第八届 of 第八届全国人民代表大会常务委员会) is part of the name, as placeOrg has it.
  let reach = -1;
  const names = out
    .filter((e) => NAME_TYPES.has(e.type))
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((e) => {
      const keep = reach <= e.start;
      reach = Math.max(reach, e.end);
      return keep;
    });
  const orgs = names.filter((e) => e.type === 'ORG');
  const others = out.filter((e) => !NAME_TYPES.has(e.type) && !orgs.some((o) => contains(o, e) && o.end - o.start > e.end - e.start));
  out = [...names, ...others].sort(bySpan);
  return joinPlacePrefixes(text, out);
}

/** The steps in their order; each can be left out (`skip`) to measure what it brings. */
export const ORG_STEPS = [
  'clean',
  'boundaries',
  'lexicon',
  'structure',
  'latin',
  'titles',
  'stock-codes',
  'outlets',
  'company-cues',
  'lists',
  'short-forms',
  'final-check',
] as const;
export type OrgStep = (typeof ORG_STEPS)[number];

export function refineOrganizations(
  text: string,
  tokens: Token[],
  modelEntities: Entity[],
  skip: ReadonlySet<OrgStep> = new Set(),
): Entity[] {
  const on = (step: OrgStep): boolean => !skip.has(step);
  const index = new TokenIndex(tokens);
  let entities = [...modelEntities].sort(bySpan);
  if (on('clean')) entities = joinSpacedLatinNames(text, cleanModelNames(entities));
  if (on('boundaries')) entities = repairBoundaries(text, entities, index);
  if (on('lexicon')) entities = lexiconStep(text, index, entities);
  if (on('structure')) {
    for (const c of structuralCandidates(text, index, entities)) {
      const cand = trimModelRunOn(text, c);
      // 省应急管理厅 | 会同 | 省气象局 (会同 a noun to jieba, and a county): two of the model's bodies are two names.
      if (entities.filter((e) => e.type === 'ORG' && contains(cand, e)).length >= 2) continue;
      if (extendsSureNameOverWords(cand, entities, index)) continue;
      // A place the model read off a name that ends with an organisation's kind (…实验室 as LOC): the kind decides.
      const samePlace = entities.some((e) => e.type === 'LOC' && e.start === cand.start && e.end === cand.end);
      entities = samePlace ? retypeOrPlace(entities, cand) : placeOrg(entities, cand);
    }
    for (const c of placeIndustryCandidates(text, index, entities)) entities = placeOrg(entities, c);
    for (const c of teamCandidates(text, index)) entities = placeOrg(entities, c);
    for (const c of sponsorTeamCandidates(text, index, entities)) entities = placeOrg(entities, c);
    for (const c of numberedUnitCandidates(text, entities)) entities = placeOrg(entities, c);
  }
  if (on('latin')) {
    // A cue the model cannot weigh (RockResorts的创始人) outranks its guess of a person or place on the same span; a lexicon name of one
    // word does not (Ford), one of several does (Morgan Stanley). A name of several Latin words (Harvard University) holds a person the
    // model read in it (Harvard).
    for (const c of latinCandidates(text, index)) {
      const several = c.text.includes(' ');
      entities = c.source === 'latin' || several ? retypeOrPlace(entities, c, several) : placeOrg(entities, c, several);
    }
    for (const c of latinCaseVariants(text, entities)) entities = retypeOrPlace(entities, c);
  }
  if (on('titles')) {
    // A periodical in title marks the model read as a place (《泰晤士报》 at 0.62) is the periodical.
    for (const c of periodicalCandidates(text)) entities = retypeOrPlace(entities, c);
    for (const c of quotedNameCandidates(text, index)) entities = placeOrg(entities, c);
    for (const c of namedBodyCandidates(text, index)) entities = retypeOrPlace(entities, c, true);
    for (const c of describedBodyCandidates(text, index, entities)) entities = retypeOrPlace(entities, c, true);
  }
  if (on('stock-codes')) for (const c of stockCodeCandidates(text, index, entities)) entities = retypeOrPlace(entities, c, true);
  if (on('outlets')) {
    for (const c of outletCandidates(text, index)) entities = retypeOrPlace(entities, c);
    for (const c of latinSourceCandidates(text)) entities = retypeOrPlace(entities, c);
    for (const c of foreignPaperCandidates(text, index, entities)) entities = placeOrg(withoutWordTimes(entities, c), c);
  }
  if (on('company-cues')) {
    entities = companyCueRetypes(text, index, entities);
    for (const c of placeTradeNameCandidates(text, index, entities)) entities = placeOrg(entities, c);
    for (const c of industryNameCandidates(text, index, entities)) entities = placeOrg(entities, c);
    for (const c of describedCompanyCandidates(text, index, entities)) entities = placeOrg(entities, c, true);
    for (const c of siteCompanyCandidates(text, index, entities)) entities = placeOrg(entities, c);
    entities = withCountryArms(text, index, entities);
  }
  if (on('lists')) {
    // A member that holds a word the model read as a time (北京现代: 现代, an era to it) is placed over that time.
    // Lists are read off the tokens alone: once for both steps.
    const found = lists(text, tokens);
    for (const c of coordinatedCandidates(text, tokens, entities, found))
      entities = retypeOrPlace(withoutWordTimes(entities, c.entity), c.entity, c.overPersons);
    for (const c of classedSingleCandidates(text, tokens, entities, found)) entities = retypeOrPlace(entities, c);
    entities = withParallelKinds(text, index, entities);
    for (const c of joinedWordCandidates(text, tokens, entities)) entities = retypeOrPlace(entities, c);
  }
  if (on('short-forms')) {
    for (const c of shortFormCandidates(text, index, entities)) entities = retypeOrPlace(entities, c);
    for (const c of bareNameCandidates(text, index, entities)) entities = retypeOrPlace(entities, c);
    for (const c of tradeNameCandidates(text, index, entities)) entities = retypeOrPlace(entities, c, true);
    for (const c of latinBareNameCandidates(entities)) entities = retypeOrPlace(entities, c, true);
    for (const c of declaredShortFormCandidates(text, index, entities)) entities = retypeOrPlace(entities, c, true);
    entities = withFullMentions(text, entities);
    entities = withNamedMentions(entities);
  }
  if (!on('final-check')) return entities;
  // Last, whatever step read it: a committee and a member's title after it (公司 + 党总支 | 书记), a kind to the structure step.
  const cut = withoutPartyBranches(text, withHeadquartersCut(text, index, entities));
  return finalCheck(text, index, titledPersons(text, index, cut));
}
