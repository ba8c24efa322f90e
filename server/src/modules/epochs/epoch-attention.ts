/** What the Needs-attention panel lists. */
export enum AttentionKind {
  AT_RISK = 'AT_RISK',
  CLAIMABLE = 'CLAIMABLE',
  EXPIRED = 'EXPIRED',
  ZERO_EPOCH = 'ZERO_EPOCH',
}
