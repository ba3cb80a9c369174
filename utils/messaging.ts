/**
 * The one messaging protocol between the content script, popup, options and the background.
 * Every answer is a `Result`: the background validates each payload with zod and answers a bad
 * one with `{ok: false, error: {code: 'bad_request', …}}` — never a hang or an unhandled rejection.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type {
  DatasetInfo,
  EstimateAnswer,
  JobPosting,
  PayComparison,
  Result,
  Submission,
  SubmissionInput,
  TabPostingView,
} from './schemas';
import type { WireSubmission } from './crowd/record';

export interface ProtocolMap {
  getEstimate(posting: JobPosting): Result<EstimateAnswer>;
  /** listing pages: many cards in one message, one Result per posting, in order */
  getEstimates(postings: JobPosting[]): Result<Result<EstimateAnswer>[]>;
  /**
   * a content script found a posting or a listing and will ask for estimates next: a stopped
   * service worker starts (and opens its database) meanwhile. Answers null at once.
   */
  prepareEstimates(): Result<null>;
  submitSalary(input: SubmissionInput): Result<Submission>;
  listSubmissions(): Result<Submission[]>;
  deleteSubmission(id: string): Result<{ deleted: boolean }>;
  getDatasetInfo(): Result<DatasetInfo>;
  /** "Check yours" on a badge: open the popup prefilled with this posting */
  openCheckYours(posting: JobPosting): Result<{ opened: 'popup' | 'tab' }>;
  /**
   * "Hide on …" on a badge: on a known site, switch that site off (`site`: its adapter id); on any
   * other page, hide PayLens on the sending page's host (`host`). The background decides from the
   * sender's own address, never from the page.
   */
  hideOnSite(): Result<{ site: string } | { host: string }>;
  /** the posting "Check yours" was last pressed on, for the popup to prefill (read once) */
  takePrefill(): Result<JobPosting | null>;
  /** sharing on: send what is queued and pull the published crowd cells now */
  syncCrowd(): Result<{ sent: number; waiting: number; refused: number; crowdCells: number; crowdVersion: number | null }>;
  /** exactly what sharing sends, record by record (or why a submission cannot be shared) */
  getSharingPreview(): Result<{ serviceUrl: string; records: ({ id: string; record: WireSubmission } | { id: string; reason: string })[] }>;
  /** delete everything this browser shared (queued until the service confirms) */
  deleteShared(): Result<{ sent: number; waiting: number }>;

  // -- extension pages only (popup, options): utils/handlers.ts "Popup and options" -----------
  /** the posting that tab's content script last asked an estimate for, or why there is none */
  getTabPosting(tabId: number): Result<TabPostingView>;
  /** the market for the user's own role, level and place, and where their pay falls on it */
  compareSalary(input: SubmissionInput): Result<PayComparison>;
  updateSubmission(change: { id: string; input: SubmissionInput }): Result<Submission>;
  /** all rows or none, in one IndexedDB transaction */
  importSubmissions(rows: (SubmissionInput & { id?: string; createdAt?: string })[]): Result<{ imported: number }>;
  /** the user's submissions, the caches, the postings remembered per tab, and the settings */
  deleteAllData(): Result<{ deleted: number }>;
}

/** Messages answered only when an extension page (popup, options) sends them. */
export const PAGE_MESSAGES = ['getTabPosting', 'compareSalary', 'updateSubmission', 'importSubmissions', 'deleteAllData'] as const;
export type PageMessageName = (typeof PAGE_MESSAGES)[number];

export type MessageName = keyof ProtocolMap;

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
