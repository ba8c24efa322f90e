import { ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../graphql/gql-context.js';
import { Node } from '../nodes/dto/node.model.js';
import { toNodeModel } from '../nodes/node.mapper.js';
import type { AlertRecord, Language } from './alert.types.js';
import { renderAlert } from './alert-texts.js';
import { AlertNodesRepository } from './alert-nodes.repository.js';
import { Alert } from './dto/alert.model.js';
import { requestLoader } from './request-loader.js';

/**
 * Alert's worded and linked fields. Texts are rendered per request in the caller's language (one
 * user read, shared by every alert of the page); `node` is batched and only a node the caller can
 * see now (a former owner gets null).
 */
@Resolver(() => Alert)
export class AlertFieldsResolver {
  constructor(private readonly repo: AlertNodesRepository) {}

  private async language(ctx: GqlContext): Promise<Language> {
    if (!ctx.user) return 'EN';
    const user = await ctx.loaders.users.load(ctx.user.id);
    return user?.language === 'RU' ? 'RU' : 'EN';
  }

  @ResolveField(() => String, { description: "Short title, worded in the caller's language." })
  async title(alert: AlertRecord, _args: unknown, ctx: GqlContext): Promise<string> {
    return renderAlert(alert, await this.language(ctx), '').title;
  }

  @ResolveField(() => String, { description: "The full sentence, worded in the caller's language." })
  async message(alert: AlertRecord, _args: unknown, ctx: GqlContext): Promise<string> {
    return renderAlert(alert, await this.language(ctx), '').message;
  }

  @ResolveField(() => String, { nullable: true, description: 'Path of the portal page that shows it, e.g. /nodes/<id>.' })
  link(alert: AlertRecord): string | null {
    return renderAlert(alert, 'EN', '').link;
  }

  @ResolveField(() => Boolean, { description: 'Created while its node was muted: nothing was delivered for it.' })
  muted(alert: AlertRecord): boolean {
    return alert.mutedAt !== null;
  }

  @ResolveField(() => Node, { nullable: true, description: 'The node it is about, when there is one and you can still see it.' })
  async node(alert: AlertRecord, _args: unknown, ctx: GqlContext): Promise<Node | null> {
    if (!alert.nodeId || !ctx.user) return null;
    const viewer = ctx.user.role === 'admin' ? null : ctx.user.id;
    const loader = requestLoader(ctx, 'alertNodes', async (ids: readonly string[]) => {
      const found = new Map((await this.repo.visibleNodes(ids, viewer)).map((n) => [n.id, n]));
      return ids.map((id) => found.get(id) ?? null);
    });
    const row = await loader.load(alert.nodeId);
    return row && { ...toNodeModel(row), visibleFrom: row.visible_from ?? null };
  }
}
