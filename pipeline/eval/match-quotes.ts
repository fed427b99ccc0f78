// Matching found quotes to gold quotes, and the figures, for `eval quotes`. Two scorings:
//   lenient  overlap = |G ∩ F| / |G| (an over-long found quote costs nothing); the speaker is
//            right when equal after folding case, punctuation and a leading article, or a
//            shorter form of the same name ("Gharibabadi" for "Kazem Gharibabadi": same last
//            word, its words a subset).
//   strict   overlap = min(|G ∩ F| / |G|, |G ∩ F| / |F|) (two-sided: an over-long span costs);
//            the speaker is right only when the resolved name equals the gold name after folding
//            case, punctuation, a leading article and leading titles ("Sen.", "President").
// G and F are the word tokens (punctuation excluded) inside the gold span(s) and the found
// quote's parts (the segments of one utterance together). Pairs at or above the threshold are
// taken greedily by overlap, real quotes before scare items, each quote at most once. An
// unmatched found quote is a false positive; one lying on a gold scare item is one too,
// counted apart as `scare_found`. In the lenient scoring, an unmatched found quote lying wholly
// inside a gold quote that another found quote matched is a false positive marked `piece` and
// counted apart too (PolNeAR marks `“A,” X said. “B.”` as one item where framelens gives two
// utterances). An unresolved speaker is never right.
import { matchForm } from '../normalize-text.js';
import { ensureQuoteWords, TITLE_WORDS } from '../quotes/name-words.js';
import type { Quote, Token } from '../types.js';
import type { GoldQuote, GoldQuoteDoc, QuoteMatch } from '../eval-quotes.js';

export type Scoring = 'lenient' | 'strict';

function wordSet(tokens: readonly Token[], spans: readonly { start: number; end: number }[]): Set<number> {
  const set = new Set<number>();
  for (const s of spans) {
    // tokens are in text order: binary search the first token of the span
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.start < s.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < tokens.length && tokens[i]!.start < s.end; i++) if (tokens[i]!.end <= s.end) set.add(i);
  }
  return set;
}

export function matchDocument(doc: GoldQuoteDoc, tokens: readonly Token[], found: readonly Quote[], threshold: number, scoring: Scoring): QuoteMatch[] {
  const goldSets = doc.quotes.map((g) => wordSet(tokens, g.parts ?? [g]));
  const foundSets = found.map((f) => wordSet(tokens, f.parts));
  const pairs: { g: number; f: number; overlap: number }[] = [];
  goldSets.forEach((G, g) => foundSets.forEach((F, f) => {
    let shared = 0;
    for (const i of G) if (F.has(i)) shared++;
    if (shared === 0) return;
    const overlap = scoring === 'strict' ? Math.min(shared / G.size, shared / F.size) : shared / G.size;
    if (overlap >= threshold) pairs.push({ g, f, overlap });
  }));
  // Real quotes first, then scare items with the found quotes left: a quote holding a scare
  // word ("has brought a “huge” case") is matched to its quote, not to the scare item.
  const scare = (g: number) => (doc.quotes[g]!.kind === 'scare' ? 1 : 0);
  pairs.sort((a, b) => scare(a.g) - scare(b.g) || b.overlap - a.overlap || a.g - b.g || a.f - b.f);
  const goldUsed = new Map<number, { f: number; overlap: number }>();
  const foundUsed = new Set<number>();
  for (const p of pairs) {
    if (goldUsed.has(p.g) || foundUsed.has(p.f)) continue;
    goldUsed.set(p.g, p);
    foundUsed.add(p.f);
  }
  const same = scoring === 'strict' ? strictSameSpeaker : sameSpeaker;
  const out: QuoteMatch[] = doc.quotes.map((gold: GoldQuote, g) => {
    const m = goldUsed.get(g);
    const f = m ? found[m.f]! : null;
    if (gold.kind === 'scare') return { doc, status: f ? 'scare_found' : 'scare_ok', gold, found: f, overlap: m?.overlap ?? 0, speakerOk: null };
    const speakerOk = f && gold.speaker !== null ? same(gold.speaker, f.speaker) : null;
    return { doc, status: f ? 'match' : 'miss', gold, found: f, overlap: m?.overlap ?? 0, speakerOk };
  });
  // lenient: a false positive lying wholly inside a gold quote that another found quote matched
  // is a piece of that gold item (PolNeAR marks `“A,” X said. “B.”` as one item)
  const covered = (i: number) => {
    if (scoring !== 'lenient') return false;
    const F = foundSets[i]!;
    return F.size > 0 && [...goldUsed.keys()].some((g) => doc.quotes[g]!.kind !== 'scare' && [...F].every((t) => goldSets[g]!.has(t)));
  };
  found.forEach((f, i) => {
    if (!foundUsed.has(i)) out.push({ doc, status: covered(i) ? 'piece' : 'false_positive', gold: null, found: f, overlap: 0, speakerOk: null });
  });
  return out;
}

function nameWords(s: string): string[] {
  return matchForm(s).replace(/[^\p{L}\p{N}\s-]/gu, ' ').split(/\s+/).filter(Boolean).filter((w, i) => !(i === 0 && ['the', 'a', 'an'].includes(w)));
}

/** Same speaker (lenient): equal after folding, or a shorter form of the same name. */
export function sameSpeaker(gold: string, found: string): boolean {
  const g = nameWords(gold);
  const f = nameWords(found);
  if (f.length === 0 || g.length === 0) return f.length === g.length;
  if (g.join(' ') === f.join(' ')) return true;
  const [short, long] = g.length <= f.length ? [g, f] : [f, g];
  return short.at(-1) === long.at(-1) && short.every((w) => long.includes(w));
}

/** Same speaker (strict): the same name once case, punctuation, articles and leading titles are folded. */
export function strictSameSpeaker(gold: string, found: string): boolean {
  ensureQuoteWords();
  const core = (s: string) => {
    const w = nameWords(s);
    let k = 0;
    while (k < w.length - 1 && (TITLE_WORDS.has(w[k]!) || TITLE_WORDS.has(`${w[k]!}.`))) k++;
    return w.slice(k).join(' ');
  };
  const g = core(gold);
  return g !== '' && g === core(found);
}
