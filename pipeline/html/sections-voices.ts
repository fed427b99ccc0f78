// report.html sections on who speaks and how actors are named: the outlet × actor × label
// heat map (actor_labels.csv), speaker types and top speakers per outlet (speakers.csv), the
// connotation of cue verbs (quotes.csv) and each outlet's distinctive terms
// (distinctive_terms.csv). Each cell and bar filters the table to the rows behind it.
import { num } from './load-run-folder.js';
import type { CsvRow, RunFolder } from './load-run-folder.js';
import { distinct, figure, section } from './section-frame.js';
import type { OutletColours } from './section-frame.js';
import { barListSvg, stackedBarsSvg } from './svg-charts.js';
import { heatMapSvg } from './svg-grid-charts.js';
import type { HeatCell } from './svg-grid-charts.js';
import { colourOf, legend } from './svg-kit.js';

const TOP_SPEAKERS = 5;
const TOP_TERMS = 8;
const MAX_LABELS = 30;
const MAX_PAIRS = 40;
const SPEAKER_TYPES = ['person', 'organization', 'nominal', 'anonymous', 'unresolved'];
const CONNOTATIONS = ['neutral', 'loaded', ''];

export function actorsSection(folder: RunFolder): string {
  const spec = { id: 'actors', title: 'Actors and the labels used for them', about: "How often each label names each actor in each outlet; the shade is the label's share of the actor's mentions.", source: 'actor_labels.csv' } as const;
  return section(spec, folder, (rows) => {
    const totals = new Map<string, number>();
    for (const r of rows) totals.set(r.label ?? '', (totals.get(r.label ?? '') ?? 0) + num(r.count));
    const labels = topKeys(totals, MAX_LABELS);
    const pairTotals = new Map<string, number>();
    for (const r of rows) pairTotals.set(JSON.stringify([r.outlet, r.actor]), (pairTotals.get(JSON.stringify([r.outlet, r.actor])) ?? 0) + num(r.count));
    const kept = new Set(topKeys(pairTotals, MAX_PAIRS));
    const pairs = [...pairTotals.keys()].filter((p) => kept.has(p));
    const cells: HeatCell[] = rows
      .filter((r) => labels.includes(r.label ?? '') && kept.has(JSON.stringify([r.outlet, r.actor])))
      .map((r) => ({
        row: pairs.indexOf(JSON.stringify([r.outlet, r.actor])),
        col: labels.indexOf(r.label ?? ''),
        share: num(r.share_of_actor_mentions),
        shown: r.count ?? '',
        mark: {
          filter: { src: 'term', outlet: r.outlet ?? '', target: r.actor ?? '', term: r.label ?? '' },
          value: r.count ?? '',
          label: `${r.outlet}: ${r.actor} called “${r.label}” (${r.category}) ${r.count} times, ${r.share_of_actor_mentions} of the actor's mentions`,
        },
      }));
    const rowNames = pairs.map((p) => (JSON.parse(p) as string[]).join(' · '));
    const cut = pairTotals.size > pairs.length || totals.size > labels.length ? ` (the ${pairs.length} of ${pairTotals.size} outlet · actor pairs and ${labels.length} of ${totals.size} labels with the most mentions)` : '';
    return figure(`outlet · actor × label${cut}`, heatMapSvg('actors by label', rowNames, labels, cells));
  });
}

export function speakersSection(folder: RunFolder, colour: OutletColours): string {
  const spec = { id: 'speakers', title: 'Who is quoted', about: 'Quotations per outlet by speaker type, and the most quoted speakers of each outlet.', source: 'speakers.csv' } as const;
  return section(spec, folder, (rows) => {
    const outlets = distinct(rows, 'outlet');
    const types = [...SPEAKER_TYPES, ...distinct(rows, 'speaker_type').filter((t) => !SPEAKER_TYPES.includes(t))];
    const stacks = outlets.map((outlet) => ({
      label: outlet,
      segments: types.flatMap((type, i) => {
        const quotes = sum(rows.filter((r) => r.outlet === outlet && r.speaker_type === type), 'quotes');
        if (quotes === 0) return [];
        const mark = { filter: { src: 'quote', outlet, speaker_type: type }, value: String(quotes), label: `${outlet}: ${quotes} quotations from ${type} speakers` };
        return [{ value: quotes, colour: colourOf(i), mark }];
      }),
    }));
    const tops = outlets.map((outlet) => {
      const mine = rows.filter((r) => r.outlet === outlet).sort((a, b) => num(b.quotes) - num(a.quotes)).slice(0, TOP_SPEAKERS);
      const bars = mine.map((r) => ({
        label: r.speaker || `(${r.speaker_type || 'no speaker'})`,
        value: num(r.quotes),
        colour: colour(outlet),
        mark: { filter: { src: 'quote', outlet, speaker: r.speaker ?? '' }, value: r.quotes ?? '', label: `${outlet}: ${r.speaker} (${r.speaker_type}) quoted ${r.quotes} times, ${r.quoted_words} words, share ${r.share_of_quotes}` },
      }));
      return figure(`${outlet}: top speakers (quotations)`, barListSvg(`${outlet} top speakers`, bars));
    });
    return legend(types.map((t, i) => ({ name: t, colour: colourOf(i) })), 640) + figure('speaker types (quotations)', stackedBarsSvg('speaker types per outlet', stacks)) + tops.join('');
  });
}

export function cuesSection(folder: RunFolder, outlets: readonly string[]): string {
  const spec = { id: 'cues', title: 'Cue verbs', about: 'Quotations per outlet by the connotation of the verb that introduces them (neutral: said, told; loaded: claimed, admitted).', source: 'quotes.csv' } as const;
  // Counted over every row of quotes.csv, not only those the page's table keeps.
  return section(spec, folder, (rows) => {
    const stacks = outlets.filter((o) => rows.some((r) => r.outlet === o)).map((outlet) => ({
      label: outlet,
      segments: CONNOTATIONS.flatMap((connotation, i) => {
        const n = rows.filter((r) => r.outlet === outlet && (r.cue_connotation ?? '') === connotation).reduce((sum, r) => sum + Number(r.quotes), 0);
        const name = connotation || 'no cue';
        if (n === 0) return [];
        return [{ value: n, colour: colourOf(i), mark: { filter: { src: 'quote', outlet, connotation }, value: String(n), label: `${outlet}: ${n} quotations with a ${name} cue` } }];
      }),
    }));
    return legend(CONNOTATIONS.map((c, i) => ({ name: c || 'no cue', colour: colourOf(i) })), 640) + figure('quotations by cue connotation', stackedBarsSvg('cue connotation per outlet', stacks));
  }, folder.cueCounts);
}

export function distinctiveSection(folder: RunFolder, colour: OutletColours): string {
  const spec = { id: 'distinctive', title: 'Distinctive terms', about: "The terms each outlet uses more than the others (the z-score of the weighted log-odds ratio; above about 2 is unlikely by chance).", source: 'distinctive_terms.csv' } as const;
  return section(spec, folder, (rows) =>
    distinct(rows, 'outlet')
      .map((outlet) => {
        const top = rows.filter((r) => r.outlet === outlet).sort((a, b) => num(b.z) - num(a.z)).slice(0, TOP_TERMS);
        const bars = top.map((r) => ({
          label: r.term ?? '',
          value: num(r.z),
          colour: colour(outlet),
          mark: { filter: { outlet, text: r.term ?? '' }, value: r.z ?? '', label: `${outlet}: “${r.term}” ${r.count} times here, ${r.other_count} elsewhere; log-odds ${r.log_odds}, z ${r.z}` },
        }));
        return figure(`${outlet}: distinctive terms (z)`, barListSvg(`${outlet} distinctive terms`, bars));
      })
      .join(''),
  );
}

/** The `n` keys with the largest totals (ties by key), in that order. */
function topKeys(totals: ReadonlyMap<string, number>, n: number): string[] {
  return [...totals.keys()].sort((a, b) => totals.get(b)! - totals.get(a)! || (a < b ? -1 : 1)).slice(0, n);
}

function sum(rows: readonly CsvRow[], column: string): number {
  return rows.reduce((s, r) => s + (num(r[column]) || 0), 0);
}
