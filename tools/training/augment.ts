#!/usr/bin/env node
/**
 * npm run data:augment -- [training data dir, default training/data] [--vocab <vocab.txt>]
 *     [--copies 1] [--p 0.5] [--seed 7] [--src msra] [--pool <sources, default --src>]
 *     [--synth-persons 0] [--synth-places 0] [--synth-orgs 0] [--out train-aug.jsonl]
 * Mention replacement (Dai & Adel 2020): copies of the training sentences of one source in which
 * each person, place and organisation is, with probability p, swapped for another mention of the
 * same type drawn from the training sentences of the pool's sources. With --synth-persons q, a
 * swapped person is, with probability q, a new name: a common surname joined to the given name of
 * another training person; --synth-places and --synth-orgs do the same for places (a training
 * place's name with another's ending: "临汾" + "湾") and organisations (a training organisation's
 * leading place swapped: "河北" + "农业大学" → "临汾农业大学"). Encoded like train.jsonl (jieba
 * features recomputed on the new text).
 * The dev sets are never read.
 * A small model learns its teachers' behaviour on names it has not seen, instead of the names.
 */
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import type { EntityType } from '../../dist/record/schema.js';
import { encodeExample, encodeOptionsFromVocab, type EncodedExample } from './encode.js';
import { collectNameParts, collectOrgParts, collectPlaceParts, type NameParts, type OrgParts, type PlaceParts } from './name-parts.js';
import { MSRA_ANNOTATED } from './msra.js';
import type { Example, Span } from './spans.js';

/** The types swapped: those MSRA annotates by hand. */
const SWAPPED_TYPES = MSRA_ANNOTATED;

/** Distinct mentions per type, in first-seen order (so a seed gives the same output every run). */
export type MentionPool = Map<EntityType, string[]>;

export function buildMentionPool(records: Iterable<Pick<EncodedExample, 'text' | 'ents'>>): MentionPool {
  const seen = new Map<EntityType, Set<string>>();
  for (const r of records) {
    for (const [s, e, ty] of r.ents) {
      const type = ty as EntityType;
      if (!SWAPPED_TYPES.includes(type)) continue;
      const set = seen.get(type) ?? new Set<string>();
      set.add(r.text.slice(s, e));
      seen.set(type, set);
    }
  }
  return new Map([...seen].map(([t, s]) => [t, [...s]]));
}

/**
 * How a replacement is chosen: from the pool, or, at each type's rate, a new name joined from the
 * parts of training names (persons `synth`, places `synthPlaces`, organisations `synthOrgs`).
 */
export interface ReplaceOptions {
  synth?: number;
  parts?: NameParts;
  synthPlaces?: number;
  places?: PlaceParts;
  synthOrgs?: number;
  orgs?: OrgParts;
}

// A seeded generator, so that `data:augment` writes the same file every run.
export { seededRandom } from '../scaffold/seeded-random.js';
import { seededRandom } from '../scaffold/seeded-random.js';

/**
 * The sentence with each swappable mention replaced with probability p by a different mention of
 * its type; spans are moved to the new offsets. Null when nothing was replaced.
 */
export function replaceMentions(
  ex: Example,
  pool: MentionPool,
  p: number,
  random: () => number,
  opts: ReplaceOptions = {},
): Example | null {
  const { synth = 0, parts, synthPlaces = 0, places, synthOrgs = 0, orgs } = opts;
  const draw = (list: readonly string[]): string => list[Math.floor(random() * list.length)]!;
  const joiner = (rate: number, a: readonly string[] | undefined, b: readonly string[] | undefined) =>
    rate > 0 && a?.length && b?.length ? { rate, make: () => draw(a) + draw(b) } : null;
  // Only types with a joiner consume a draw for it, so files written without one stay byte-identical.
  const newName: Partial<Record<EntityType, { rate: number; make: () => string }>> = {};
  const person = joiner(synth, parts?.surnames, parts?.given);
  const place = joiner(synthPlaces, places?.stems, places?.suffixes);
  const org = joiner(synthOrgs, orgs?.places, orgs?.rests);
  if (person) newName.PERSON = person;
  if (place) newName.LOC = place;
  if (org) newName.ORG = org;
  const spans = [...ex.spans].sort((a, b) => a.start - b.start);
  let text = '';
  let at = 0;
  let changed = false;
  const out: Span[] = [];
  for (const s of spans) {
    if (s.start < at) continue; // overlapping spans are not in the data; skip rather than corrupt
    const original = ex.text.slice(s.start, s.end);
    const candidates = pool.get(s.type) ?? [];
    let mention = original;
    if (SWAPPED_TYPES.includes(s.type) && candidates.length > 1 && random() < p) {
      const joined = newName[s.type];
      const pick = joined && random() < joined.rate ? joined.make() : draw(candidates);
      if (pick !== original) {
        mention = pick;
        changed = true;
      }
    }
    text += ex.text.slice(at, s.start);
    out.push({ start: text.length, end: text.length + mention.length, type: s.type });
    text += mention;
    at = s.end;
  }
  text += ex.text.slice(at);
  return changed ? { ...ex, text, spans: out } : null;
}

const Args = z.object({
  dir: z.string(),
  vocab: z.string(),
  copies: z.coerce.number().int().min(1).max(10),
  p: z.coerce.number().gt(0).max(1),
  seed: z.coerce.number().int(),
  src: z.string().min(1),
  pool: z
    .string()
    .regex(/^[a-z0-9]+(,[a-z0-9]+)*$/, 'a comma-separated list of sources')
    .optional(),
  synthPersons: z.coerce.number().min(0).max(1),
  synthPlaces: z.coerce.number().min(0).max(1),
  synthOrgs: z.coerce.number().min(0).max(1),
  out: z.string().regex(/^[\w.-]+\.jsonl$/, 'a .jsonl file name inside the data folder'),
  maxTokens: z.coerce.number().int().min(8),
});
export type AugmentArgs = z.infer<typeof Args>;

export function parseAugmentArgs(argv: readonly string[]): AugmentArgs {
  const a: Record<string, string> = {
    dir: 'training/data',
    vocab: '../shared/data/bert_vocab/vocab.txt',
    copies: '1',
    p: '0.5',
    seed: '7',
    src: 'msra',
    synthPersons: '0',
    synthPlaces: '0',
    synthOrgs: '0',
    out: 'train-aug.jsonl',
    maxTokens: '254',
  };
  const flags: Record<string, string> = {
    '--vocab': 'vocab',
    '--copies': 'copies',
    '--p': 'p',
    '--seed': 'seed',
    '--src': 'src',
    '--pool': 'pool',
    '--synth-persons': 'synthPersons',
    '--synth-places': 'synthPlaces',
    '--synth-orgs': 'synthOrgs',
    '--out': 'out',
    '--max-tokens': 'maxTokens',
  };
  for (let i = 0; i < argv.length; i++) {
    const v = argv[i]!;
    if (flags[v]) a[flags[v]] = argv[++i] ?? '';
    else if (!v.startsWith('--')) a.dir = v;
    else throw new Error(`unknown option ${v}`);
  }
  return Args.parse(a);
}

function main(): void {
  const args = parseAugmentArgs(process.argv.slice(2));
  const trainPath = join(args.dir, 'train.jsonl');
  for (const f of [trainPath, args.vocab]) {
    if (!existsSync(f)) {
      process.stderr.write(`data:augment: ${f} not found (run npm run data:prepare first)\n`);
      process.exit(2);
    }
  }
  const all = readFileSync(trainPath, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as EncodedExample);
  const records = all.filter((r) => r.src === args.src);
  const poolSources = new Set((args.pool ?? args.src).split(','));
  const pool = buildMentionPool(all.filter((r) => poolSources.has(r.src)));
  const parts = collectNameParts(pool.get('PERSON') ?? []);
  const places = collectPlaceParts(pool.get('LOC') ?? []);
  const orgs = collectOrgParts(pool.get('ORG') ?? [], pool.get('LOC') ?? []);
  const opts = encodeOptionsFromVocab(args.vocab, args.maxTokens);
  const random = seededRandom(args.seed);
  const outPath = join(args.dir, args.out);
  const out = createWriteStream(outPath);
  let written = 0;
  for (let c = 0; c < args.copies; c++) {
    for (const r of records) {
      const ex: Example = {
        src: r.src,
        text: r.text,
        annotated: r.ann as EntityType[],
        spans: r.ents.map(([start, end, type]) => ({ start, end, type: type as EntityType })),
      };
      const aug = replaceMentions(ex, pool, args.p, random, {
        synth: args.synthPersons,
        parts,
        synthPlaces: args.synthPlaces,
        places,
        synthOrgs: args.synthOrgs,
        orgs,
      });
      if (!aug) continue;
      for (const e of encodeExample(aug, opts).out) {
        if (e.ids.length <= 2) continue;
        out.write(JSON.stringify(e) + '\n');
        written++;
      }
    }
  }
  out.end();
  const sizes = Object.fromEntries([...pool].map(([t, m]) => [t, m.length]));
  process.stdout.write(
    `${outPath}: ${written} records from ${records.length} ${args.src} records; mention pool ${JSON.stringify(sizes)} from ${[...poolSources].join(',')}` +
      (args.synthPersons > 0
        ? `; new person names from ${new Set(parts.surnames).size} surnames x ${parts.given.length} given names`
        : '') +
      (args.synthPlaces > 0 ? `; new places from ${places.stems.length} names x ${new Set(places.suffixes).size} endings` : '') +
      (args.synthOrgs > 0 ? `; new organisations from ${new Set(orgs.places).size} leading places x ${orgs.rests.length} remainders` : '') +
      '\n',
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
