// outlet_contrasts.csv on a corpus whose figures are computed by hand.
import { describe, expect, it } from 'vitest';
import { outletContrastsReport } from '../pipeline/reports/outlet-contrasts-report.js';
import { docFigures, hits, rowsOf, totalsFrom } from './helpers/figures.js';

// Alpha: 6 hits in 2,000 tokens (3 per 1k); 4 quotes: 2 person, 2 organization, 1 loaded cue.
// Beta: 2 hits in 2,000 tokens; Gamma: 1 hit in 1,000 tokens. Rest of Alpha: 3 in 3,000 (1 per 1k).
// Beta and Gamma: 4 quotes, all person, none loaded.
const DOCS = [
  docFigures('a1', 'Alpha', 1000, hits(4), [{ type: 'person' }, { type: 'organization', loaded: true }]),
  docFigures('a2', 'Alpha', 1000, hits(2), [{ type: 'person' }, { type: 'organization' }]),
  docFigures('b1', 'Beta', 1500, hits(1), [{ type: 'person' }]),
  docFigures('b2', 'Beta', 500, hits(1), [{ type: 'person' }, { type: 'person' }]),
  docFigures('g1', 'Gamma', 1000, hits(1), [{ type: 'person' }]),
];

const rows = rowsOf(outletContrastsReport, totalsFrom(DOCS));
const row = (outlet: string, measure: string) => rows.find((r) => r.outlet === outlet && r.measure === measure)!;

describe('outlet_contrasts.csv', () => {
  it('gives every outlet each category, then the quote measures', () => {
    expect(rows.filter((r) => r.outlet === 'Alpha').map((r) => r.measure)).toEqual([
      'loaded', 'quotes_per_1k_tokens', 'quote_share_person', 'quote_share_organization', 'quote_share_nominal',
      'quote_share_anonymous', 'quote_share_unresolved', 'quote_share_loaded_cue',
    ]);
    expect(rows).toHaveLength(3 * 8);
  });

  it('compares a rate per 1,000 tokens with all other outlets pooled (ratio of sums)', () => {
    const r = row('Alpha', 'loaded');
    expect([r.count, r.base, r.rest_count, r.rest_base]).toEqual([6, 2000, 3, 3000]);
    expect([r.unit, r.rate, r.rest_rate, r.rate_ratio, r.difference]).toEqual(['per_1k_tokens', 3, 1, 3, 2]);
    expect(r.ratio_ci_low).toBeLessThanOrEqual(3);
    expect(r.ratio_ci_high).toBeGreaterThanOrEqual(3);
    expect(r.diff_ci_low).toBeLessThanOrEqual(2);
    expect(r.diff_ci_high).toBeGreaterThanOrEqual(2);
    const g = row('Gamma', 'loaded'); // one document: no interval of its own
    expect([g.rate, g.rest_rate, g.rate_ratio, g.difference, g.ratio_ci_low, g.diff_ci_high]).toEqual([1, 2, 0.5, -1, null, null]);
  });

  it('compares shares of quotes by speaker type and by loaded cue', () => {
    const org = row('Alpha', 'quote_share_organization');
    expect([org.unit, org.count, org.base, org.rate, org.rest_rate, org.rate_ratio, org.difference]).toEqual(['share_of_quotes', 2, 4, 0.5, 0, null, 0.5]);
    expect(org.ratio_ci_low).toBeNull(); // the rest never quotes an organization: the ratio is infinite
    expect(org.diff_ci_low).toBeLessThanOrEqual(0.5);
    const person = row('Beta', 'quote_share_person');
    expect([person.rate, person.rest_rate, person.rate_ratio, person.difference]).toEqual([1, 0.6, 1.667, 0.4]);
    expect(row('Alpha', 'quote_share_loaded_cue').rate).toBe(0.25);
    const perK = row('Beta', 'quotes_per_1k_tokens');
    expect([perK.rate, perK.rest_rate]).toEqual([1.5, 1.667]);
  });

  it('has no rest and no interval when there is one outlet', () => {
    const [only] = rowsOf(outletContrastsReport, totalsFrom(DOCS.slice(0, 2)));
    expect([only!.rate, only!.rest_rate, only!.rate_ratio, only!.ratio_ci_low]).toEqual([3, null, null, null]);
  });
});
