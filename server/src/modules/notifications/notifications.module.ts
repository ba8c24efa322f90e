import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module.js';
import { ChannelSenders } from './channel-senders.js';
import { ChannelsRepository } from './channels.repository.js';

/** Where alerts go: each user's channels (email, Telegram, Discord, webhook) and the senders. */
@Module({
  imports: [UsersModule],
  providers: [ChannelsRepository, ChannelSenders],
  exports: [ChannelsRepository, ChannelSenders],
})
export class NotificationsModule {}
