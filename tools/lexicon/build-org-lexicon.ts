/**
 * `npm run lexicon:orgs` — builds src/extract/orgs/data/org-lexicon.json, the organisation
 * names the pipeline knows without the model, from two packaged sources:
 *   - jieba's dictionary (@node-rs/jieba, MIT): words tagged `nt` that end with an
 *     organisation kind (its `nt` list also holds events and documents: 七中全会, 上海公报);
 *   - CC-CEDICT (the cc-cedict package's data; CC BY-SA 4.0, MDBG): proper nouns (capitalised
 *     pinyin) whose English gloss names an organisation ("(company)", "university", "bank", …),
 *     minus persons (glosses with life years), places and events;
 *   - the words jieba's dictionary tags as nouns that CC-CEDICT glosses only as verbs (会见, 办理).
 * Deterministic: the same package versions give the same file. Nothing here comes from the
 * evaluation pages.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { HALL_DEPARTMENT_FIELDS, KIND_WORDS, LATIN_NOT_NAMES, VENUE_ENDINGS } from '../../dist/extract/orgs/data/kinds.js';
import { isGenericOrgName, kindOf } from '../../dist/extract/orgs/generic.js';
import { INDUSTRY_WORDS } from '../../dist/extract/orgs/data/industries.js';
import { isPlacesCompany } from '../../dist/extract/orgs/place-words.js';
import { sharedJieba } from '../../dist/extract/segment/jieba.js';

const DISTINCTIVE = /^(ns|nr|nrt|nrfg|nz|nt|j|eng)$/;

const require = createRequire(import.meta.url);
const OUT = fileURLToPath(new URL('../../src/extract/orgs/data/org-lexicon.json', import.meta.url));

/** jieba's dictionary as [word, frequency, tag] rows, read once for the three passes over it. */
let jiebaRows: [string, string, string][] | undefined;
function jiebaDictionary(): [string, string, string][] {
  jiebaRows ??= readFileSync(require.resolve('@node-rs/jieba/dict.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim().split(/\s+/) as [string, string, string])
    .filter(([word]) => !!word);
  return jiebaRows;
}

const ORG_GLOSS =
  /\b(company|corporation|conglomerate|enterprise|university|college|bank|institute|academy|news agency|agency|organization|organisation|association|political party|newspaper|ministry|bureau|commission|council|hospital|laboratory|federation|league|football club|club|team|(?:militant|terrorist|rebel|armed|radical|Islamic|Islamist|paramilitary|separatist|extremist|guerrilla|jihadist)(?: [A-Z][a-z]+)? group|airline|broadcaster|TV station|television station|publisher|publishing house|manufacturer|automaker|carmaker|retailer|restaurant chain|store chain|supermarket chain|chain|brand|firm|foundation|car make|car maker|carmaker|Motors|e-commerce|internet portal|search engine|Inc\.|Ltd\.?|Co\.|Corp\.?|property developer|stock exchange|exchange|army|court|committee|think tank|charity|charitable organization|NGO|alliance|secret society|fraternal organization|non-governmental organization|nonprofit|non-profit)(?!\w)/i;
/** An organisation sense that describes a person (梅德韦杰夫: life years; 罗格: "president of IOC") is none; a company named after one (特斯拉) keeps its company sense. */
const PERSON_GLOSS = /\(\d{3,4}\s*[-–]|\b(emperor|empress|nickname)\b/i;
const PERSON_SENSE =
  /\b(president|chairman|founder|expert|politician|naturalist|director|CEO|premier|minister|secretary|leader|singer|actor|actress|player|coach|wife|son|daughter|members of|academics|Chief Justice)\b/i;
/** "China Evergrande Group": a capitalised Group (a lower-case one is math's or an ethnic group). */
const COMPANY_GROUP = /\b[A-Z][A-Za-z&'.-]* Group\b/;
/**
 * A sense that opens with a body's proper name, its last word capitalised after capitalised words: "Democratic
 * Party", "Jiusan Society", "European Parliament", "African Union", "Sandinista National Liberation Front". Not one
 * that only mentions a body ("third plenum of … the Chinese Communist Party"), nor one whose name goes on ("Soviet
 * Union friendly society"), nor two bodies joined ("National People's Congress and …": 两会 are meetings).
 */
const PROPER_BODY =
  /^(?:the\s+|[A-Z]{2,}\s*\()?(?:[A-Z][A-Za-z'.-]*\s)+(?:Party|Society|Congress|Parliament|Senate|Union|Front)(?=\s*(?:$|[,;(]))/;
/** What a member of a body is (共产党员 "Communist Party member", 耶稣会士 "member of Society of Jesus"). */
const MEMBER_SENSE = /\bmember\b/;
const NOT_ORG_GLOSS =
  /\b(\d{3,4}\s*[-–]\s*\d{2,4}|\d+\s*BC|town|county|district|province|prefecture|city|village|island|islands|mountain|river|lake|reef|landform|banner|dynasty|cup|championship|tournament|festival|war|battle|treaty|emperor|king|general of|poet|writer|author|novel|film|movie|song|opera|album|game|abbr\. for|surname|variant of|old variant|see |place|location|ethnic|games|volcanic|online forum|hosted by|anthem|doctrine|slogan|motto)\b/i;
/**
 * A sense naming a thing an organisation made, ran or set (an exam, a theory, an award, an index, a
 * craft, a weapon, a drug, a plan, a system), however its gloss mentions a body: "Swiss Army knife",
 * "college entrance exam ... Ministry of Education", "an Academy Award". Case matters: PLAN is a navy.
 */
const THING_GLOSS =
  /\b(exam|Test|Theory|Incident|Award|Prize|Act|satellites?|Oscar|Composite Index|stock exchange index|spacecraft|aircraft carrier|missile|Army knife|Army Day|drug|antibiotic|epic|the foundation of|car model|Plan|(?<!league )system)\b/;

/**
 * What a proper noun names when it names no body: a work (a novel, a film, an opera, a video game), an
 * event (a battle, a war, a treaty, a festival, a prize) or a place made by hand (a palace, a temple, a
 * park); not a product (an app, a missile), whose name a company may share (爱国者, a missile and a maker). A name CC-CEDICT knows only so (天龙八部 "novel by Jin
 * Yong", 英雄联盟 "League of Legends (video game)") is no organisation, whatever the model reads; a
 * movement may be one (不结盟运动, the Non-Aligned Movement), so it is not among these.
 */
const WORK_OR_EVENT_GLOSS =
  /\b(video game|online game|computer game|mobile game|game|novel|film|movie|TV series|television series|TV drama|opera|poem|song|album|festival|holiday|award|prize|treaty|battle|war|incident|rebellion|uprising|temple|palace|bridge|park|tower|epic|book|TV program|TV programme|cartoon|anime|manga|comic|constellation|dish|cuisine)\b/i;
/** Armed forces and institutions a work-like gloss may still name (北洋水师 "Beiyang fleet", 少年宫 "Children's Palace", 故宫博物院 "Palace Museum"). */
const BODY_IN_GLOSS =
  /\b(fleets?|navy|navies|army|armies|troops|forces|militias?|Children's Palace|cultural (center|centre)|museums?|galler(y|ies)|librar(y|ies))\b/i;
/** A game named after a league or a clan (英雄联盟) is still the game. */
const GAME_GLOSS = /\b(video|online|computer|mobile) game\b/i;
/** Senses that name a person (life years, a surname, "(name)"): such a name is left to the model. */
const PERSON_NAME_GLOSS = /\(\d{3,4}\s*[-–]|\bsurname\b|\(name\)/;

/** Kinds of a branch, which its place alone does not name (北京分行; 华山医院 is a hospital of its own). */
const BRANCH_KINDS = ['分行', '支行', '分公司', '分局', '分会'];

const REGION_PART = /[东西南北中内外全局上下底顶]部$/;

/**
 * 厅 is a department only after its field (公安厅, 办公厅); after a place, a person or a guest it is a
 * hall or a room (香港厅 and 福建厅 of a congress hall, 中正厅, 贵宾厅, 美发厅), jieba's nt or not.
 */
const HALL = '厅';
const isHall = (word: string): boolean => word.endsWith(HALL) && !HALL_DEPARTMENT_FIELDS.some((f) => word.endsWith(f + HALL));

function fromJieba(): string[] {
  const out: string[] = [];
  for (const [word, , tag] of jiebaDictionary()) {
    if (tag !== 'nt' || word.length < 3) continue;
    const kind = KIND_WORDS.find((k) => word.endsWith(k) && word.length > k.length);
    // 中西部, 东北部: 部 after a direction is a part of a region, not a ministry.
    if (!kind || isGenericOrgName(word) || REGION_PART.test(word) || isHall(word)) continue;
    // 农林厅, 英语学校: a kind after common nouns names no one organisation.
    const head = word.slice(0, word.length - kind.length);
    // 北京分行, 上海市分行: a branch or department named by its place alone leaves its parent unsaid.
    if (
      BRANCH_KINDS.includes(kind) &&
      sharedJieba()
        .tag(head, false)
        .every((t) => t.tag === 'ns')
    )
      continue;
    if (
      !sharedJieba()
        .tag(head, false)
        .some((t) => DISTINCTIVE.test(t.tag))
    )
      continue;
    out.push(word);
  }
  return out;
}

/**
 * Latin-script names from the same glosses: the leading capitalised words ("Toshiba",
 * "General Motors") and an acronym in brackets ("(HRW)"), as an organisation is written in
 * Latin letters inside Chinese text.
 */
const LATIN_KIND_ALONE =
  /^(Association|Institute|Group|Company|University|College|Bank|Corporation|Foundation|Council|Committee|Agency|Ministry)$/;

function latinNamesOf(gloss: string): string[] {
  const out: string[] = [];
  const lead = /^(?:\(Tw\)\s*)?((?:[A-Z][A-Za-z&'.-]*)(?: (?:[A-Z][A-Za-z&'.-]*|of|and|&))*)/.exec(gloss)?.[1];
  // "German Institute for Standardization": a lead cut at "for" is no whole name; "Association" alone is a kind word.
  const cutShort = lead !== undefined && /^ for\b/.test(gloss.slice(gloss.indexOf(lead) + lead.length));
  if (lead && lead.length >= 3 && !/ (of|and|&)$/.test(lead) && !cutShort && !LATIN_KIND_ALONE.test(lead)) out.push(lead);
  for (const m of gloss.matchAll(/\(([A-Z][A-Z&]{1,6})\)/g)) out.push(m[1]!);
  return out;
}

const latin: string[] = [];
/** A gloss that is a proper name alone, capitalised words and nothing else ("Al-Qaeda", "Bloomberg News", "the Pentagon"). */
const PROPER_NAME_GLOSS = /^(?:the )?[A-Z][A-Za-z'.-]*(?: [A-Z][A-Za-z'.-]*)*$/;
const NAMED_BODY_MIN_CHARS = 4;
/** A dynasty, a kingdom or an empire is a state, whatever body its gloss says it allied with (新罗王朝 "Silla … allied with Tang"). */
const STATE_ENDINGS = /(王朝|王国|帝国)$/u;
const BUILDING_KINDS: ReadonlySet<string> = new Set(['中心', '厅']);
/** CC-CEDICT names of bodies known by their kind and their own name's gloss. */
const named: string[] = [];

async function fromCedict(): Promise<string[]> {
  // The package's exports hide its data file; it sits beside the entry point.
  const dataPath = join(dirname(fileURLToPath(import.meta.resolve('cc-cedict'))), '../data/all.js');
  const { default: data } = (await import(pathToFileURL(dataPath).href)) as { default: { all: unknown[][] } };
  const out: string[] = [];
  const abbreviations: [string, string][] = [];
  for (const row of data.all) {
    const [, simplified, pinyin, gloss] = row as [string, string, string, string | string[]];
    const glosses = Array.isArray(gloss) ? gloss.map(String) : [String(gloss)];
    const g = glosses.join('; ');
    // 中共: "abbr. for 中國共產黨|中国共产党[...]" — kept when what it abbreviates is an organisation.
    const abbr = /abbr\. (?:for|of) (?:[^|[;]+\|)?([\u4e00-\u9fff]+)\[/.exec(g);
    // 国共 "abbr. for 国民党 + 共产党" abbreviates two bodies, no one name.
    if (abbr?.[1] && !g.includes(' + ') && simplified.length >= 2 && /^[\u4e00-\u9fff]+$/.test(simplified))
      abbreviations.push([simplified, abbr[1]]);
    if (/^[a-z]/.test(pinyin)) cedictCommon.add(simplified);
    for (const x of glosses.filter((x) => !REFERENCE_GLOSS.test(x)))
      (VERB_GLOSS.test(x) ? cedictVerbSense : cedictNonVerbSense).add(simplified);
    if (glosses.some((x) => NOT_ORG_GLOSS.test(x))) cedictOtherSense.add(simplified);
    if (glosses.some((x) => THING_GLOSS.test(x))) cedictThingSense.add(simplified);
    if (glosses.some((x) => /\(name\)/.test(x) || PERSON_GLOSS.test(x))) cedictPersonSense.add(simplified);
    if (simplified.length >= 2 && glosses.some((x) => ORG_GLOSS.test(x) && !GAME_GLOSS.test(x))) cedictOrgSense.add(simplified);
    if (!/^[A-Z]/.test(pinyin) || simplified.length < 2 || !/^[\u4e00-\u9fff]+$/.test(simplified)) continue;
    const workOrEvent = (x: string): boolean =>
      WORK_OR_EVENT_GLOSS.test(x) && (!ORG_GLOSS.test(x) || GAME_GLOSS.test(x)) && !PERSON_NAME_GLOSS.test(x) && !BODY_IN_GLOSS.test(x);
    if (glosses.every(workOrEvent)) cedictWorks.add(simplified);
    // Each sense on its own: 三星 is Samsung in one and a township in another; the company sense counts.
    // "(abbr. for 台湾积体电路制造公司...)" says how the name is written, not what it names.
    const orgSense = glosses.find((s) => {
      const own = s.replace(/\(?abbr\. (?:for|of) [^)]*\)?/g, '');
      return (
        (ORG_GLOSS.test(own) || COMPANY_GROUP.test(own) || (PROPER_BODY.test(own) && !MEMBER_SENSE.test(own))) &&
        !NOT_ORG_GLOSS.test(own) &&
        !THING_GLOSS.test(own) &&
        !PERSON_GLOSS.test(own) &&
        !PERSON_SENSE.test(own)
      );
    });
    // 基地组织 "Al-Qaeda", 彭博社 "Bloomberg News": a proper name glossed by its own name alone, the headword ending
    // with a kind of body, is that body.
    // Four characters at least (宣传部 "Propaganda Department" is any party committee's), and no centre or hall,
    // which the name of a building ends with as often (世界贸易中心 "World Trade Center", 白厅 "Whitehall").
    const kind = kindOf(simplified);
    const namedBody =
      !orgSense &&
      simplified.length >= NAMED_BODY_MIN_CHARS &&
      kind !== null &&
      !BUILDING_KINDS.has(kind) &&
      glosses.some(
        (x) =>
          PROPER_NAME_GLOSS.test(x) &&
          !NOT_ORG_GLOSS.test(x) &&
          !THING_GLOSS.test(x) &&
          !PERSON_GLOSS.test(x) &&
          !PERSON_SENSE.test(x) &&
          !WORK_OR_EVENT_GLOSS.test(x),
      );
    if (namedBody && !isGenericOrgName(simplified)) named.push(simplified);
    if (!orgSense || isGenericOrgName(simplified) || STATE_ENDINGS.test(simplified)) continue;
    out.push(simplified);
    // The first sense's Latin name too (FIFA, KMT, Kodak; a surname's, which the company bears: Bugatti), unless
    // it names another one: a person (特斯拉's Nikola Tesla), a thing, the Games (奥会's Olympic Games).
    const first = glosses[0] ?? '';
    const firstIsOther = PERSON_GLOSS.test(first) || PERSON_SENSE.test(first) || THING_GLOSS.test(first) || /\bGames\b/.test(first);
    for (const sense of new Set([firstIsOther ? orgSense : first, orgSense])) latin.push(...latinNamesOf(sense.split(';')[0] ?? ''));
  }
  out.push(...named);
  const known = new Set([...out, ...jiebaNames]);
  for (const [short, full] of abbreviations) {
    // Only when the full name is itself known as an organisation: 社保 abbreviates 社会保险, no body.
    if (known.has(full)) out.push(short);
  }
  return out;
}

let jiebaNames: string[] = [];
/** CC-CEDICT words with a common-word entry (日产 "daily output"), and names with a sense that is no organisation (泰晤士: the Thames). */
const cedictCommon = new Set<string>();
/** Words with a sense glossed as a verb ("to meet with"), and words with any other sense (a noun's, a place's). */
const cedictVerbSense = new Set<string>();
const cedictNonVerbSense = new Set<string>();
const VERB_GLOSS = /^to /;
/** A gloss that points elsewhere ("see 會同縣", "variant of …") says nothing of the word's own senses. */
const REFERENCE_GLOSS = /^(see|variant of|old variant of|also written|abbr\. (for|of))\b/;
/** What jieba's dictionary tags a noun, a name or a set phrase. */
const NOUN_TAGS = /^(n|nz|nt|l|j)$/;

/**
 * Words jieba's dictionary tags as nouns (会见/n, 办理/n, 中标/n, 会同/n) that CC-CEDICT knows only as
 * verbs: inside a run of words before a kind they are the sentence's predicate (会见 | 沃尔沃公司), no
 * part of a name. jieba's verb-nouns (vn: 建设, 管理) are left out, since names hold them (中铁建设集团).
 */
function nounTaggedVerbs(): string[] {
  const out: string[] = [];
  for (const [word, , tag] of jiebaDictionary()) {
    if (word.length < 2 || !NOUN_TAGS.test(tag ?? '')) continue;
    // 置业, 制药: an industry word names a company's trade, whatever CC-CEDICT glosses it as.
    if (cedictVerbSense.has(word) && !cedictNonVerbSense.has(word) && !INDUSTRY_WORDS.includes(word)) out.push(word);
  }
  return out.sort();
}
const cedictOtherSense = new Set<string>();
/** Proper nouns CC-CEDICT knows only as works, events, products or places made by hand (天龙八部, 英雄联盟). */
const cedictWorks = new Set<string>();
/** Any word with a sense that names a body, in any entry (to keep a name with such a sense elsewhere out of the works). */
const cedictOrgSense = new Set<string>();
/** Names with a sense that is a thing (神舟: a spacecraft, and a computer maker). */
const cedictThingSense = new Set<string>();
/** Names that are also a person's (林肯: Lincoln the car make, and Abraham Lincoln). */
const cedictPersonSense = new Set<string>();

/**
 * Names that are also everyday words (统一, 联想, 苹果, 大众): jieba knows them as a common
 * word (noun, verb, adjective, place…) seen at least AMBIGUOUS_FREQ times in its corpus. The
 * pipeline takes them only with a cue.
 */
const AMBIGUOUS_FREQ = 300;
const PARTICLES = /^[的了着地得过]$/;

function ambiguousOf(names: string[]): string[] {
  const common = new Set<string>();
  const tagOf = new Map<string, string>();
  for (const [word, freq, tag] of jiebaDictionary()) {
    if (tag) tagOf.set(word, tag);
    if (tag && /^(n|ns|v|vn|a|ad|an|f|s|t|m|i|l)$/.test(tag) && Number(freq) >= AMBIGUOUS_FREQ) common.add(word);
  }
  // Where jieba's corpus saw the word mostly as a proper noun (三星/nz, 联通/nz), CC-CEDICT's other senses are rare in news.
  const cedictAmbiguous = (n: string): boolean =>
    cedictPersonSense.has(n) ||
    cedictThingSense.has(n) ||
    (!/^(nz|nt)$/.test(tagOf.get(n) ?? '') && (cedictCommon.has(n) || (cedictOtherSense.has(n) && tagOf.get(n) === 'ns')));
  // 美的 (Midea) is also 美 + 的 ("beautiful"), in every other article: a one-character word and a particle.
  const wordAndParticle = (n: string): boolean => n.length === 2 && PARTICLES.test(n[1]!);
  return names.filter((n) => (common.has(n) || cedictAmbiguous(n) || wordAndParticle(n)) && !KIND_WORDS.some((k) => n.endsWith(k)));
}

const isBuilding = (name: string): boolean => VENUE_ENDINGS.some((v) => name.endsWith(v) && !STAYING_VENUES.includes(v));
const STAYING_VENUES = ['总部', '酒店', '宾馆', '饭店'];

async function main(): Promise<void> {
  const jieba = fromJieba();
  jiebaNames = jieba;
  const cedict = await fromCedict();
  // Buildings and venues are no organisations (上海光大会展中心, 天河体育中心); a headquarters
  // (美军太平洋总部) is the body that commands, and a hotel chain a business, so those stay.
  // 美国公司/nt, 日本公司/nt: a company from a country, named by none (福特公司 keeps its brand).
  const names = [...new Set([...jieba, ...cedict])].filter((n) => !isBuilding(n) && !isPlacesCompany(n)).sort();
  // A Latin name that is also an everyday word or term (Apple, AI) is left to the context rules.
  const latinNames = [...new Set(latin)]
    .filter((n) => !LATIN_NOT_NAMES.includes(n) && !/^(The|A|An|New|General|National|Central|United|China|Chinese)$/.test(n))
    .sort();
  const works = [...cedictWorks].filter((n) => !cedictOrgSense.has(n) && !names.includes(n)).sort();
  const verbs = nounTaggedVerbs();
  const file = {
    about:
      "Organisation names from jieba's dictionary (nt, MIT) and CC-CEDICT (CC BY-SA 4.0, MDBG); built by `npm run lexicon:orgs` (tools/lexicon/build-org-lexicon.ts).",
    counts: {
      jieba: jieba.length,
      cedict: cedict.length,
      names: names.length,
      latin: latinNames.length,
      works: works.length,
      verbs: verbs.length,
    },
    names,
    ambiguous: ambiguousOf(names),
    latin: latinNames,
    works,
    verbs,
  };
  writeFileSync(
    OUT,
    JSON.stringify(file, null, 0)
      .replace('"names":[', '"names":[\n')
      .replace('"ambiguous":[', '\n"ambiguous":[\n')
      .replace('"latin":[', '\n"latin":[\n')
      .replace('"works":[', '\n"works":[\n')
      .replace('"verbs":[', '\n"verbs":[\n') + '\n',
  );
  console.log(
    `lexicon:orgs: ${names.length} names (jieba ${jieba.length}, CC-CEDICT ${cedict.length}), ${works.length} works and events, ${verbs.length} verbs jieba tags as nouns -> ${OUT}`,
  );
}

main().catch((err: unknown) => {
  console.error(`lexicon:orgs: ${(err as Error).message}`);
  process.exit(1);
});
