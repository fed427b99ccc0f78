// speakers.csv: one row per outlet × speaker.
import { defineReport } from './report-spec.js';

// TODO(issue 4): placeholder so the registry compiles; replaced by the real report.
export const speakersReport = defineReport<unknown>({
  file: 'speakers.csv',
  rowMeaning: 'outlet × speaker',
  rows: () => [],
  columns: [],
});
