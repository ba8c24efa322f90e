/** Normalized inference job history returned by HyperfusionClient.participantInferences. */

/** Gonka proto `InferenceStatus` names, as the tracker reports them. */
export const INFERENCE_STATUSES = ['STARTED', 'FINISHED', 'VALIDATED', 'INVALIDATED', 'VOTING', 'EXPIRED'] as const;
export type InferenceStatus = (typeof INFERENCE_STATUSES)[number];

export interface InferenceJob {
  inferenceId: string;
  status: InferenceStatus;
  startBlockHeight: number;
  /** From `start_block_timestamp` (Unix ms); null when the tracker has none. */
  startedAt: Date | null;
  model: string;
  promptTokens: number;
  completionTokens: number;
  /** Addresses of the participants that validated this inference. */
  validatedBy: string[];
}

export interface ParticipantInferences {
  epochId: number;
  address: string;
  /**
   * The tracker's bounded sample of recent jobs: its `successful`, `expired` and `invalidated`
   * lists concatenated, in the tracker's order (callers sort as they need).
   */
  jobs: InferenceJob[];
}
