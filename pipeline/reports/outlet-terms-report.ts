// outlet_terms.csv: one row per outlet × category (and × term).
import { defineReport } from './report-spec.js';

// TODO(issue 3): placeholder so the registry compiles; replaced by the real report.
export const outletTermsReport = defineReport<unknown>({
  file: 'outlet_terms.csv',
  rowMeaning: 'outlet × category (and × term)',
  rows: () => [],
  columns: [],
});
