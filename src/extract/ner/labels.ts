import contract from './contract.json' with { type: 'json' };
import { ENTITY_TYPES, type EntityType } from '../../record/schema.js';

// The label list is contract.json's, which the Python training code reads too, so that the ids
// the shipped models were trained with have one source.
function entityTypes(names: readonly string[], what: string): readonly EntityType[] {
  const known: readonly string[] = ENTITY_TYPES;
  const unknown = names.filter((n) => !known.includes(n));
  if (unknown.length) throw new Error(`contract.json ${what}: ${unknown.join(', ')} not in the record schema`);
  return names as readonly EntityType[];
}

/** The entity types the shipped model predicts (BIO over tokens). */
export const NER_TYPES: readonly EntityType[] = entityTypes(contract.types, 'types');

/** BIO label names: O, then B-X, I-X for each type in NER_TYPES order (the model's label ids). */
export const BIO_LABELS: readonly string[] = contract.labels;

// Decoding (here and in training/common.py) reads a label's type from its id by that layout.
const layout = ['O', ...NER_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];
if (layout.join() !== BIO_LABELS.join()) throw new Error('contract.json labels are not O, then B-/I- per type in order');

/** Names, as against dates and figures: the types MSRA scores and an article keeps one of per name. */
export const NAME_TYPES: readonly EntityType[] = entityTypes(contract.nameTypes, 'nameTypes');

export const LABEL_INDEX: ReadonlyMap<string, number> = new Map(BIO_LABELS.map((l, i) => [l, i]));

/** Label names used by common Hub NER models, mapped onto the record's types. */
const ALIASES: Readonly<Record<string, EntityType>> = {
  PER: 'PERSON',
  PERSON: 'PERSON',
  NR: 'PERSON',
  NAME: 'PERSON',
  LOC: 'LOC',
  NS: 'LOC',
  GPE: 'LOC',
  LOCATION: 'LOC',
  FAC: 'LOC',
  ORG: 'ORG',
  NT: 'ORG',
  ORGANIZATION: 'ORG',
  COMPANY: 'ORG',
  GOVERNMENT: 'ORG',
  DATE: 'DATE',
  TIME: 'TIME',
  MONEY: 'MONEY',
  PERCENT: 'PERCENT',
  QUANTITY: 'QUANTITY',
  CARDINAL: 'CARDINAL',
  ORDINAL: 'ORDINAL',
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
