// The run settings the statistics read (RunTotals.options), taken from the command line or,
// for a merge, from the shards' manifests: the bootstrap's seed and replicates, the period of
// outlet_periods.csv and whether repeated sentences count once.

export type DedupMode = 'none' | 'sentences';
export const DEDUP_MODES: readonly DedupMode[] = ['none', 'sentences'];

export type PeriodMode = 'month' | 'week' | 'year' | 'none';
export const PERIOD_MODES: readonly PeriodMode[] = ['month', 'week', 'year', 'none'];

export interface StatsOptions {
  /** Seed of the bootstrap's generator (--seed). */
  readonly seed: number;
  /** Bootstrap replicates (--bootstrap B); 0 = no intervals (the ci columns stay empty). */
  readonly bootstrap: number;
  readonly period: PeriodMode;
  readonly dedup: DedupMode;
}

export const DEFAULT_SEED = 1;
export const DEFAULT_BOOTSTRAP = 1000;

export const DEFAULT_STATS_OPTIONS: StatsOptions = { seed: DEFAULT_SEED, bootstrap: DEFAULT_BOOTSTRAP, period: 'month', dedup: 'none' };
