// Every report a run writes, in the order the codebook lists them.
import { documentsReport } from './documents-report.js';
import { outletSummaryReport } from './outlet-summary-report.js';
import { outletTermsReport } from './outlet-terms-report.js';
import { quotesReport } from './quotes-report.js';
import type { ReportSpec } from './report-spec.js';
import { speakersReport } from './speakers-report.js';
import { termsReport } from './terms-report.js';
import { termVariantsReport } from './term-variants-report.js';

export const REPORTS: readonly ReportSpec<any>[] = [
  documentsReport,
  termsReport,
  quotesReport,
  speakersReport,
  outletTermsReport,
  termVariantsReport,
  outletSummaryReport,
];
