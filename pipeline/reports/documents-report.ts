// documents.csv: one row per input record.
import { defineReport } from './report-spec.js';

// TODO(issue 2): placeholder so the registry compiles; replaced by the real report.
export const documentsReport = defineReport<unknown>({
  file: 'documents.csv',
  rowMeaning: 'input record',
  rows: () => [],
  columns: [],
});
