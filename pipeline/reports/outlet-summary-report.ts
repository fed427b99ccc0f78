// outlet_summary.csv: one row per outlet.
import { defineReport } from './report-spec.js';

// TODO(issue 2): placeholder so the registry compiles; replaced by the real report.
export const outletSummaryReport = defineReport<unknown>({
  file: 'outlet_summary.csv',
  rowMeaning: 'outlet',
  rows: () => [],
  columns: [],
});
