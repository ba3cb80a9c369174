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
  Result,
  Submission,
  SubmissionInput,
} from './schemas';

export interface ProtocolMap {
  getEstimate(posting: JobPosting): Result<EstimateAnswer>;
  /** listing pages: many cards in one message, one Result per posting, in order */
  getEstimates(postings: JobPosting[]): Result<Result<EstimateAnswer>[]>;
  submitSalary(input: SubmissionInput): Result<Submission>;
  listSubmissions(): Result<Submission[]>;
  deleteSubmission(id: string): Result<{ deleted: boolean }>;
  getDatasetInfo(): Result<DatasetInfo>;
  /** "Check yours" on a badge: open the popup prefilled with this posting */
  openCheckYours(posting: JobPosting): Result<{ opened: 'popup' | 'tab' }>;
  /** the posting "Check yours" was last pressed on, for the popup to prefill (read once) */
  takePrefill(): Result<JobPosting | null>;
}

export type MessageName = keyof ProtocolMap;

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
