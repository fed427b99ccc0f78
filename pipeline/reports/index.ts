// Every report a run writes, in the order the codebook lists them: the row reports (written
// record by record as the run goes) and the summary reports (written from the run's totals).
import { actorLabelsReport } from './actor-labels-report.js';
import { actorMentionsReport } from './actor-mentions-report.js';
import { distinctiveTermsReport, lemmaCountsReport } from './distinctive-terms-report.js';
import { documentsReport } from './documents-report.js';
import { labelCandidatesReport } from './label-candidates-report.js';
import { outletContrastsReport } from './outlet-contrasts-report.js';
import { outletPeriodsReport } from './outlet-periods-report.js';
import { outletSummaryReport } from './outlet-summary-report.js';
import { outletTermsReport } from './outlet-terms-report.js';
import { quotesReport } from './quotes-report.js';
import type { ReportSpec, RowReport, SummaryReport } from './report-spec.js';
import { speakersReport } from './speakers-report.js';
import { termsReport } from './terms-report.js';
import { termVariantsReport } from './term-variants-report.js';

export const ROW_REPORTS: readonly RowReport<any>[] = [documentsReport, termsReport, quotesReport];

export const SUMMARY_REPORTS: readonly SummaryReport<any>[] = [
  speakersReport,
  outletTermsReport,
  termVariantsReport,
  outletSummaryReport,
  outletContrastsReport,
  outletPeriodsReport,
  distinctiveTermsReport,
  lemmaCountsReport,
  actorMentionsReport,
  actorLabelsReport,
  labelCandidatesReport,
];

export const REPORTS: readonly ReportSpec<any>[] = [...ROW_REPORTS, ...SUMMARY_REPORTS];
