/**
 * `npm run eval:figures`: our stage and Recognizers-Text side by side on the gold set
 * (tests/gold/figures-dates.jsonl): accuracy and time for each.
 *   core      = value (and valueMax), unit/currency and granularity right
 *   value     = the value alone right
 *   all       = every field right, span exact (ours only: the peer has no approximate/bound/relative)
 *   recall    = gold expressions found with their exact span (ours)
 *   precision = of every figure and date emitted on the gold sentences, the share that is a gold
 *               expression's exact span; a span on a `not` list or listed nowhere counts as wrong
 */
import { fileURLToPath } from 'node:url';
import { parseRefDate } from '../../../dist/extract/normalize/calendar.js';
import { loadGold, loadSentences, sameNumber, scoreOurs, scorePrecision, type GoldItem } from './gold.js';
import { loadRecognizers, pickPeer, runRecognizers, type Recognizers } from './recognizers.js';

const GOLD = fileURLToPath(new URL('../../../tests/gold/figures-dates.jsonl', import.meta.url));

function scorePeer(rec: Recognizers, item: GoldItem): { core: boolean; value: boolean } {
  const start = item.sentence.indexOf(item.expr);
  const ref = parseRefDate(item.ref);
  const results = runRecognizers(rec, item.sentence, ref);
  const r = pickPeer(results, start, start + item.expr.length, item.type === 'date');
  if (!r) return { core: false, value: false };
  if (item.type === 'date') {
    const value = r.value === item.value;
    return { value, core: value && r.granularity === item.granularity };
  }
  const value = typeof r.value === 'number' && sameNumber(r.value, item.value);
  const core = value && item.valueMax === null && r.unit === item.unit && r.currency === item.currency;
  return { value, core };
}

export async function evalFigures(goldPath = GOLD): Promise<Array<{ system: string; metric: string; value: number }>> {
  const items = loadGold(goldPath);
  const rows: Array<{ system: string; metric: string; value: number }> = [];
  let t0 = performance.now();
  const ours = items.map(scoreOurs);
  const oursMs = performance.now() - t0;
  const pct = (n: number) => Math.round((1000 * n) / items.length) / 10;
  rows.push({ system: 'zhnews', metric: 'all fields %', value: pct(ours.filter((o) => o.all).length) });
  rows.push({ system: 'zhnews', metric: 'core %', value: pct(ours.filter((o) => o.core).length) });
  rows.push({
    system: 'zhnews',
    metric: 'value %',
    value: pct(
      ours.filter(
        (o) =>
          o.found &&
          (o.item.type === 'date'
            ? (o.got as { value: unknown }).value === o.item.value
            : sameNumber((o.got as { value: number | null }).value, o.item.value)),
      ).length,
    ),
  });
  rows.push({ system: 'zhnews', metric: 'recall % (exact span)', value: pct(ours.filter((o) => o.found).length) });
  const sentences = loadSentences(goldPath);
  const prec = scorePrecision(sentences);
  rows.push({
    system: 'zhnews',
    metric: 'precision (all emitted spans)',
    value: Math.round((10000 * prec.correct) / Math.max(1, prec.emitted)) / 10000,
  });
  rows.push({ system: 'zhnews', metric: `emitted spans (${sentences.length} sentences)`, value: prec.emitted });
  rows.push({ system: 'zhnews', metric: 'emitted on a not-list span', value: prec.notHits.length });
  rows.push({ system: 'zhnews', metric: 'emitted, in no gold list', value: prec.unlisted.length });
  if (process.argv.includes('--verbose')) {
    for (const w of [...prec.notHits, ...prec.unlisted]) console.error(`false span: ${w.text}  in  ${w.sentence}`);
  }
  rows.push({ system: 'zhnews', metric: 'ms per sentence', value: Math.round((1000 * oursMs) / items.length) / 1000 });
  const rec = await loadRecognizers();
  t0 = performance.now();
  const peer = items.map((it) => scorePeer(rec, it));
  const peerMs = performance.now() - t0;
  rows.push({ system: 'recognizers-text', metric: 'core %', value: pct(peer.filter((p) => p.core).length) });
  rows.push({ system: 'recognizers-text', metric: 'value %', value: pct(peer.filter((p) => p.value).length) });
  rows.push({ system: 'recognizers-text', metric: 'ms per sentence', value: Math.round((1000 * peerMs) / items.length) / 1000 });
  // by kind, core
  const kinds = [...new Set(items.map((i) => i.kind))];
  for (const k of kinds) {
    const idx = items.map((it, n) => (it.kind === k ? n : -1)).filter((n) => n >= 0);
    rows.push({
      system: 'zhnews',
      metric: `core % ${k} (n=${idx.length})`,
      value: Math.round((1000 * idx.filter((n) => ours[n]!.core).length) / idx.length) / 10,
    });
    rows.push({
      system: 'recognizers-text',
      metric: `core % ${k} (n=${idx.length})`,
      value: Math.round((1000 * idx.filter((n) => peer[n]!.core).length) / idx.length) / 10,
    });
  }
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const path = process.argv.slice(2).find((a) => !a.startsWith('--'));
  const rows = await evalFigures(path ?? GOLD);
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows));
  else console.table(rows);
}
