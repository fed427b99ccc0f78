// Printing a quote evaluation: the figures as a small text table, and one CSV row per gold or
// found quote (match, miss, false positive, scare item found or rightly left out) for review.
import { stringify } from 'csv-stringify/sync';
import type { QuoteEvaluation } from '../eval-quotes.js';

const pct = (x: number): string => x.toFixed(3);

export function formatQuoteEvaluation(evaluations: readonly QuoteEvaluation[]): string {
  const lines: string[] = [];
  const first = evaluations[0];
  if (!first) return '';
  const docs = new Set(first.matches.map((m) => m.doc.id)).size;
  const gold = first.matches.filter((m) => m.gold && m.gold.kind !== 'scare').length;
  lines.push(`documents: ${docs}  gold quotes: ${gold}  gold scare items: ${first.scareItems}`);
  lines.push('scoring  overlap  precision  recall  f1     tp   fp   fn   pieces  scare_found  speaker_accuracy (correct/judged)');
  for (const e of evaluations) {
    const d = e.detection;
    lines.push(`${e.scoring.padEnd(8)} ${e.threshold.toFixed(1).padEnd(8)} ${pct(d.precision).padEnd(10)} ${pct(d.recall).padEnd(7)} ${pct(d.f1).padEnd(6)} ${String(d.tp).padEnd(4)} ${String(d.fp).padEnd(4)} ${String(d.fn).padEnd(4)} ${String(e.pieces).padEnd(7)} ${String(e.scareFound).padEnd(12)} ${pct(e.speaker.accuracy)} (${e.speaker.correct}/${e.speaker.judged})`);
  }
  const rate = (a: number, b: number) => pct(b === 0 ? 0 : a / b);
  for (const e of evaluations.filter((x) => x.threshold === first.threshold)) {
    lines.push(`by gold kind (${e.scoring}, overlap ${e.threshold}):`);
    for (const [kind, k] of Object.entries(e.byKind).sort()) {
      lines.push(`  ${kind.padEnd(20)} gold ${String(k.gold).padEnd(5)} recall ${rate(k.matched, k.gold)}     speaker ${rate(k.speakerCorrect, k.speakerJudged)} (${k.speakerCorrect}/${k.speakerJudged})`);
    }
    lines.push(`by found kind and rule (${e.scoring}, overlap ${e.threshold}):`);
    for (const [name, t] of [...Object.entries(e.byFoundKind).sort(), ...Object.entries(e.byRule).sort()]) {
      lines.push(`  ${name.padEnd(20)} found ${String(t.found).padEnd(4)} precision ${rate(t.matched, t.found)}  speaker ${rate(t.speakerCorrect, t.speakerJudged)} (${t.speakerCorrect}/${t.speakerJudged})`);
    }
  }
  return lines.join('\n');
}

const COLUMNS = ['doc_id', 'status', 'overlap', 'gold_kind', 'found_kind', 'rule', 'gold_start', 'gold_end', 'found_start', 'found_end', 'gold_speaker', 'found_speaker', 'speaker_mention', 'speaker_type', 'speaker_ok', 'cue', 'gold_text', 'found_text'];

/** quote-matches.csv: one row per gold or found quote at the evaluation's threshold. */
export function quoteMatchesCsv(e: QuoteEvaluation): string {
  const rows = e.matches.map((m) => {
    const f = m.found;
    const text = m.doc.text;
    return [
      m.doc.id, m.status, m.overlap.toFixed(2), m.gold?.kind ?? '', f?.kind ?? '', f?.rule ?? '', m.gold?.start ?? '', m.gold?.end ?? '', f?.start ?? '', f?.end ?? '',
      m.gold?.speaker ?? '', f?.speaker ?? '', f?.speakerMention ?? '', f?.speakerType ?? '', m.speakerOk === null ? '' : String(m.speakerOk), f?.cue ?? '',
      m.gold ? text.slice(m.gold.start, m.gold.end) : '', f ? f.parts.map((p) => text.slice(p.start, p.end)).join(' … ') : '',
    ];
  });
  return stringify([COLUMNS, ...rows], { record_delimiter: '\r\n' });
}
