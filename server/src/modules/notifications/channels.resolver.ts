import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ParseIdPipe } from '../../common/parse-id.pipe.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/decorators/current-user.decorator.js';
import { Roles } from '../auth/decorators/roles.decorator.js';
import { GqlAuthGuard } from '../auth/guards/gql-auth.guard.js';
import { RolesGuard } from '../auth/guards/roles.guard.js';
import { ChannelsService } from './channels.service.js';
import { CreateNotificationChannelInput, SinkMailArgs, UpdateNotificationChannelInput } from './dto/channel.inputs.js';
import { toNotificationChannel } from './dto/channel.mapper.js';
import { CreatedNotificationChannel, NotificationChannel, SinkMail } from './dto/notification-channel.model.js';
import { MailSink } from './mail-sink.js';

@Resolver(() => NotificationChannel)
@UseGuards(GqlAuthGuard, RolesGuard)
export class ChannelsResolver {
  constructor(
    private readonly channels: ChannelsService,
    private readonly sink: MailSink,
  ) {}

  @Query(() => [NotificationChannel], { description: "The caller's notification channels, oldest first." })
  async notificationChannels(@CurrentUser() caller: AuthUser): Promise<NotificationChannel[]> {
    return (await this.channels.list(caller.id)).map(toNotificationChannel);
  }

  @Mutation(() => CreatedNotificationChannel, { description: 'Adds a channel (at most 10). WEBHOOK: the secret is returned this once.' })
  async createNotificationChannel(@CurrentUser() caller: AuthUser, @Args('input') input: CreateNotificationChannelInput): Promise<CreatedNotificationChannel> {
    const { view, secret } = await this.channels.create(caller.id, input);
    return { channel: toNotificationChannel(view), secret };
  }

  @Mutation(() => NotificationChannel, { description: "Changes a channel's label, minimum severity or events." })
  async updateNotificationChannel(@CurrentUser() caller: AuthUser, @Args('input') input: UpdateNotificationChannelInput): Promise<NotificationChannel> {
    return toNotificationChannel(await this.channels.update(caller.id, input));
  }

  @Mutation(() => Boolean, { description: 'Removes one of the caller’s channels.' })
  deleteNotificationChannel(@CurrentUser() caller: AuthUser, @Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<boolean> {
    return this.channels.delete(caller.id, id);
  }

  @Roles('admin')
  @Query(() => [SinkMail], { description: 'Admins: mail the built-in SMTP sink received, newest first (empty when SMTP_URL is set).' })
  sinkMail(@Args() args: SinkMailArgs): SinkMail[] {
    return this.sink.list(args.first ?? 50).map((m) => ({ id: m.id, to: m.to.join(', '), subject: m.subject, text: m.text, receivedAt: m.receivedAt }));
  }
}
