/** Every gate `npm run gates` runs, cheapest first. A new gate is one line here and `--record`. */
import { contentGate } from './content.js';
import { figuresGate } from './figures.js';
import { hantPagesGate, hantWrittenGate } from './hant.js';
import type { Gate } from './gate.js';
import { nerMsraGate } from './ner.js';
import { orgsGate } from './orgs.js';

export const GATES: readonly Gate[] = [
  figuresGate('figures-dates'),
  contentGate('content-zh', 'zh-content-extraction'),
  contentGate('content-en', 'en-article-extraction'),
  hantWrittenGate('hant-written-values'),
  hantPagesGate('hant-pages'),
  orgsGate('orgs'),
  nerMsraGate('ner-msra'),
  nerMsraGate('ner-msra-orgs', ['--organizations', 'refined']),
];
