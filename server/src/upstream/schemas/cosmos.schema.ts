import { z } from 'zod';
import { consensusAddressFromPubkey, consensusHexAddressFromPubkey, operatorToAccountAddress } from '../cosmos-address.js';
import type { ChainBlockHeader, ChainStatus, SigningInfo, Validator } from '../gonka.types.js';
import { count, countOrZero, listOf, ngonkaOrZero, stringOrEmpty, timestamp, timestampOrNeverAsNull } from './primitives.js';

/** Standard Cosmos SDK (staking, slashing) and CometBFT RPC responses, proxied by Gonka nodes. */

/** `next_key` is base64 (or null/absent on the last page). */
export const cosmosPagination = z
  .object({ next_key: z.string().nullish() })
  .nullish()
  .transform((p) => ({ nextKey: p?.next_key || null }));

const validator = z
  .object({
    operator_address: z.string().min(1),
    consensus_pubkey: z.object({ key: z.string() }).nullish(),
    jailed: z.boolean().default(false),
    status: stringOrEmpty,
    tokens: ngonkaOrZero,
    description: z.object({ moniker: stringOrEmpty }).nullish(),
  })
  .transform((v): Validator => {
    const pubkey = v.consensus_pubkey?.key;
    return {
      operatorAddress: v.operator_address,
      accountAddress: operatorToAccountAddress(v.operator_address),
      consensusAddress: pubkey ? consensusAddressFromPubkey(pubkey) : null,
      consensusHexAddress: pubkey ? consensusHexAddressFromPubkey(pubkey) : null,
      jailed: v.jailed,
      status: v.status,
      tokens: v.tokens,
      moniker: v.description?.moniker ?? '',
    };
  });

export const validatorsPageResponse = z
  .object({ validators: listOf(validator), pagination: cosmosPagination })
  .transform((r) => ({ items: r.validators, nextKey: r.pagination.nextKey }));

const signingInfo = z
  .object({
    address: z.string().min(1),
    jailed_until: timestampOrNeverAsNull.nullish(),
    tombstoned: z.boolean().default(false),
    missed_blocks_counter: countOrZero,
  })
  .transform(
    (s): SigningInfo => ({
      consensusAddress: s.address,
      jailedUntil: s.jailed_until ?? null,
      tombstoned: s.tombstoned,
      missedBlocksCounter: s.missed_blocks_counter,
    }),
  );

export const signingInfosPageResponse = z
  .object({ info: listOf(signingInfo), pagination: cosmosPagination })
  .transform((r) => ({ items: r.info, nextKey: r.pagination.nextKey }));

export const signingInfoResponse = z.object({ val_signing_info: signingInfo }).transform((r) => r.val_signing_info);

export const chainStatusResponse = z
  .object({
    result: z.object({
      node_info: z.object({ network: stringOrEmpty }).nullish(),
      sync_info: z.object({
        latest_block_height: count,
        latest_block_time: timestamp,
        catching_up: z.boolean().default(false),
      }),
    }),
  })
  .transform(
    ({ result }): ChainStatus => ({
      network: result.node_info?.network ?? '',
      latestBlockHeight: result.sync_info.latest_block_height,
      latestBlockTime: result.sync_info.latest_block_time,
      catchingUp: result.sync_info.catching_up,
    }),
  );

/** CometBFT `/block?height=N` (at `/chain-rpc/block`): only the header's height and time are read. */
export const chainBlockResponse = z
  .object({ result: z.object({ block: z.object({ header: z.object({ height: count, time: timestamp }) }) }) })
  .transform(({ result }): ChainBlockHeader => ({ height: result.block.header.height, time: result.block.header.time }));
