/** Standard Cosmos SDK queries (staking, slashing) and CometBFT `/chain-rpc/status`. */
import { compareBytes, decodeBech32, CONSENSUS_HRP } from '../addresses.js';
import { errorReply, ok, type RouteDef } from '../http/types.js';
import { signingInfo, stakingValidator } from '../views/chain-views.js';
import type { SimContext } from '../views/context.js';
import { rfc3339, rfc3339Fixed9 } from '../views/format.js';
import { paginate } from '../views/pagination.js';
import { hash32, Rng, Topic } from '../prng.js';

export function chainCosmosRoutes(ctx: SimContext): RouteDef[] {
  const { state } = ctx;
  // Signing infos are stored by consensus address bytes.
  const hostsByConsensus = state.hosts
    .map((h) => ({ index: h.index, bytes: decodeBech32(h.consensusAddress, CONSENSUS_HRP) as Uint8Array }))
    .sort((a, b) => compareBytes(a.bytes, b.bytes))
    .map((h) => h.index);
  const chainIdentity = new Rng(hash32(state.seed, Topic.identity));
  const nodeId = chainIdentity.hex(20);
  const appHash = chainIdentity.hex(32).toUpperCase();
  const blockHash = (height: number) => new Rng(hash32(state.seed, Topic.identity, height)).hex(32).toUpperCase();
  /** The latest block's time: when it was made, not the moment of the request. */
  const latestBlock = () => {
    const now = state.read();
    return { height: now.blockHeight, timeMs: state.clock.blockTimeMs(now.blockHeight) as number };
  };

  return [
    {
      method: 'GET',
      pattern: '/chain-api/cosmos/staking/v1beta1/validators',
      handle: (req) => {
        const now = state.read();
        // Validators are stored by operator address, i.e. the same byte order as accounts.
        const statusFilter = req.query.get('status');
        let all = state.hostsInStoreOrder.map((h) => stakingValidator(ctx, h, now));
        if (statusFilter) all = all.filter((v) => v.status === statusFilter);
        const page = paginate(all, req.query);
        return ok({ validators: page.items, pagination: page.pagination });
      },
    },
    {
      method: 'GET',
      pattern: '/chain-api/cosmos/slashing/v1beta1/signing_infos',
      handle: (req) => {
        const now = state.read();
        const page = paginate(hostsByConsensus, req.query);
        return ok({ info: page.items.map((h) => signingInfo(ctx, h, now)), pagination: page.pagination });
      },
    },
    {
      method: 'GET',
      pattern: '/chain-api/cosmos/slashing/v1beta1/signing_infos/{cons_address}',
      handle: (req) => {
        const address = req.params.cons_address;
        if (!decodeBech32(address, CONSENSUS_HRP)) return errorReply(req.path, 400, `decoding bech32 failed: invalid address ${address}`);
        const host = state.hostIndexByConsensus(address);
        if (host === undefined) return errorReply(req.path, 404, `SigningInfo not found for validator ${address}`);
        return ok({ val_signing_info: signingInfo(ctx, host, state.read()) });
      },
    },
    {
      method: 'GET',
      pattern: '/chain-rpc/status',
      handle: () => {
        const now = state.read();
        const latest = latestBlock();
        // The answering node runs the first host's validator.
        const proposer = state.hosts[0];
        return ok({
          jsonrpc: '2.0',
          id: -1,
          result: {
            node_info: {
              protocol_version: { p2p: '8', block: '11', app: '0' },
              id: nodeId,
              listen_addr: 'tcp://0.0.0.0:5000',
              network: 'gonka-mainnet',
              version: '0.38.17',
              channels: '40202122233038606100',
              moniker: 'minegnk-simulator',
              other: { tx_index: 'on', rpc_address: 'tcp://0.0.0.0:26657' },
            },
            sync_info: {
              latest_block_hash: blockHash(latest.height),
              latest_app_hash: appHash,
              latest_block_height: String(latest.height),
              latest_block_time: rfc3339Fixed9(latest.timeMs),
              earliest_block_hash: '',
              earliest_app_hash: '',
              earliest_block_height: '1',
              earliest_block_time: rfc3339(Date.parse('2025-08-22T08:42:00.713Z')),
              catching_up: false,
            },
            validator_info: {
              address: proposer.consensusHex,
              pub_key: { type: 'tendermint/PubKeyEd25519', value: proposer.validatorKey },
              voting_power: String(state.member(now.epoch, proposer.index)?.weight ?? 0),
            },
          },
        });
      },
    },
    {
      method: 'GET',
      pattern: '/chain-rpc/block',
      // CometBFT `/block?height=N` (no height: the latest); its errors are HTTP 500 with a JSON-RPC error.
      handle: (req) => {
        const raw = req.query.get('height');
        const latest = latestBlock();
        if (raw !== null && !/^\d+$/.test(raw)) return rpcError(-32602, 'Invalid params', `error converting http param: ${raw}`);
        const height = raw === null || raw === '0' ? latest.height : Number(raw);
        const timeMs = state.clock.blockTimeMs(height);
        if (timeMs === null)
          return rpcError(-32603, 'Internal error', `height ${height} must be less than or equal to the current blockchain height ${latest.height}`);
        const hash = blockHash(height);
        return ok({
          jsonrpc: '2.0',
          id: -1,
          result: {
            block_id: { hash, parts: { total: 1, hash } },
            block: {
              header: {
                version: { block: '11', app: '0' },
                chain_id: 'gonka-mainnet',
                height: String(height),
                time: rfc3339Fixed9(timeMs),
                last_block_id: { hash: blockHash(height - 1), parts: { total: 1, hash: blockHash(height - 1) } },
                app_hash: appHash,
                proposer_address: state.hosts[0].consensusHex,
              },
              data: { txs: [] },
              evidence: { evidence: [] },
            },
          },
        });
      },
    },
  ];
}

function rpcError(code: number, message: string, data: string) {
  return { status: 500, body: { jsonrpc: '2.0', id: -1, error: { code, message, data } } };
}
