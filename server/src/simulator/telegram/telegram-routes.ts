/** Routes of the fake Bot API (`/telegram/bot<token>/<method>`) and its `/__sim/telegram/*` controls. */
import { z } from 'zod';
import { errorReply, ok, TELEGRAM_PREFIX, type Reply, type RequestContext, type RouteDef } from '../http/types.js';
import { BotApiError, FAKE_BOT, type FakeBotApi } from './fake-bot-api.js';

const TOKEN = /^bot\d+:[\w-]{20,}$/;

const chatId = z.union([
  z.number().int(),
  z
    .string()
    .regex(/^-?\d+$/)
    .transform(Number),
]);
const getUpdatesSchema = z.object({
  offset: z.coerce.number().int().optional(),
  timeout: z.coerce.number().min(0).default(0),
  limit: z.coerce.number().int().optional(),
});
const sendMessageSchema = z.object({ chat_id: chatId, text: z.string(), parse_mode: z.string().optional() });
const setWebhookSchema = z.object({ url: z.string(), secret_token: z.string().optional() });
const injectSchema = z
  .object({ chatId: z.number().int(), text: z.string().min(1).max(4096), firstName: z.string().max(64).optional(), languageCode: z.string().max(8).optional() })
  .strict();
const blockSchema = z.object({ blocked: z.boolean() }).strict();

const answer = (result: unknown): Reply => ok({ ok: true, result });
const failure = (status: number, description: string): Reply => ({ status, body: { ok: false, error_code: status, description } });

/** Bot API parameters come as JSON (POST) or as a query string (GET), like the real API accepts. */
function paramsOf(req: RequestContext): Record<string, unknown> {
  if (req.body && typeof req.body === 'object') return req.body as Record<string, unknown>;
  return Object.fromEntries(req.query.entries());
}

async function callMethod(api: FakeBotApi, method: string, params: Record<string, unknown>, hungUp?: AbortSignal): Promise<Reply> {
  switch (method) {
    case 'getMe':
      return answer(FAKE_BOT);
    case 'getUpdates': {
      const p = getUpdatesSchema.safeParse(params);
      if (!p.success) return failure(400, 'Bad Request: invalid getUpdates parameters');
      return answer(await api.getUpdates(p.data.offset, p.data.timeout, p.data.limit, hungUp));
    }
    case 'sendMessage': {
      const p = sendMessageSchema.safeParse(params);
      if (!p.success) return failure(400, 'Bad Request: chat_id and text are required');
      return answer(api.sendMessage(p.data.chat_id, p.data.text, p.data.parse_mode ?? null));
    }
    case 'setWebhook': {
      const p = setWebhookSchema.safeParse(params);
      if (!p.success) return failure(400, 'Bad Request: url is required');
      api.setWebhook(p.data.url, p.data.secret_token ?? null);
      return answer(true);
    }
    case 'deleteWebhook':
      api.setWebhook('', null);
      return answer(true);
    case 'getWebhookInfo':
      return answer({ url: api.webhook?.url ?? '', has_custom_certificate: false, pending_update_count: 0 });
    default:
      return failure(404, 'Not Found: method not found');
  }
}

export function telegramRoutes(api: FakeBotApi): RouteDef[] {
  const handle = async (req: RequestContext): Promise<Reply> => {
    // An unknown token is 401 at Telegram too; any well-formed token is this one bot here.
    if (!TOKEN.test(req.params.bot)) return failure(401, 'Unauthorized');
    try {
      return await callMethod(api, req.params.method, paramsOf(req), req.signal);
    } catch (e) {
      if (e instanceof BotApiError) return failure(e.status, e.message);
      throw e;
    }
  };
  const pattern = `${TELEGRAM_PREFIX}/{bot}/{method}`;
  return [
    { method: 'POST', pattern, handle },
    { method: 'GET', pattern, handle },
    {
      method: 'POST',
      pattern: '/__sim/telegram/updates',
      handle: (req) => {
        const p = injectSchema.safeParse(req.body);
        if (!p.success) return errorReply(req.path, 400, 'expected {"chatId": integer, "text": string, "firstName"?, "languageCode"?}');
        const update = api.inject(p.data.chatId, p.data.text, p.data.firstName, p.data.languageCode);
        return ok({ update_id: update.update_id, delivery: api.webhook ? 'webhook' : 'getUpdates' });
      },
    },
    {
      method: 'GET',
      pattern: '/__sim/telegram/messages',
      handle: (req) => {
        const chat = req.query.get('chat_id');
        return ok({ messages: chat === null ? api.sent : api.sent.filter((m) => String(m.chat_id) === chat) });
      },
    },
    {
      method: 'POST',
      pattern: '/__sim/telegram/chats/{chatId}',
      handle: (req) => {
        const p = blockSchema.safeParse(req.body);
        if (!p.success || !/^-?\d+$/.test(req.params.chatId)) return errorReply(req.path, 400, 'expected {"blocked": boolean}');
        api.setBlocked(Number(req.params.chatId), p.data.blocked);
        return ok({ chat_id: Number(req.params.chatId), blocked: p.data.blocked });
      },
    },
    { method: 'GET', pattern: '/__sim/telegram/webhook', handle: () => ok({ webhook: api.webhook, last_push: api.lastWebhookPush }) },
    { method: 'GET', pattern: '/__sim/telegram/stats', handle: () => ok(api.pollStats()) },
    {
      method: 'DELETE',
      pattern: '/__sim/telegram',
      handle: () => {
        api.reset();
        return ok({ reset: true });
      },
    },
  ];
}
