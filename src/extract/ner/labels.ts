import { ENTITY_TYPES, type EntityType } from '../../record/schema.js';

/** The entity types the shipped model predicts (BIO over tokens). */
export const NER_TYPES: readonly EntityType[] = ENTITY_TYPES;

/** BIO label names: O, then B-X, I-X for each type in NER_TYPES order. */
export const BIO_LABELS: readonly string[] = ['O', ...NER_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];

/** Names, as against dates and figures: the types MSRA scores and an article keeps one of per name. */
export const NAME_TYPES: readonly EntityType[] = ['PERSON', 'LOC', 'ORG'];

export const LABEL_INDEX: ReadonlyMap<string, number> = new Map(BIO_LABELS.map((l, i) => [l, i]));

/** Label names used by common Hub NER models, mapped onto the record's types. */
const ALIASES: Readonly<Record<string, EntityType>> = {
  PER: 'PERSON', PERSON: 'PERSON', NR: 'PERSON', NAME: 'PERSON',
  LOC: 'LOC', NS: 'LOC', GPE: 'LOC', LOCATION: 'LOC', FAC: 'LOC',
  ORG: 'ORG', NT: 'ORG', ORGANIZATION: 'ORG', COMPANY: 'ORG', GOVERNMENT: 'ORG',
  DATE: 'DATE', TIME: 'TIME', MONEY: 'MONEY', PERCENT: 'PERCENT', QUANTITY: 'QUANTITY',
  CARDINAL: 'CARDINAL', ORDINAL: 'ORDINAL',
};

export type BioTag = { prefix: 'B' | 'I' | 'O'; type: EntityType | null };

/** Parse a model label such as `B-PER`, `I-ORG`, `S-LOC`, `E-LOC`, `O`; unknown types become O. */
export function parseLabel(label: string): BioTag {
  const m = /^([BIESMU])[-_](.+)$/i.exec(label);
  if (!m) return { prefix: 'O', type: null };
  const type = ALIASES[m[2]!.toUpperCase()];
  if (!type) return { prefix: 'O', type: null };
  const p = m[1]!.toUpperCase();
  return { prefix: p === 'B' || p === 'S' || p === 'U' ? 'B' : 'I', type };
}
