import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module.js';
import { ChannelsRepository } from './channels.repository.js';
import { ChannelsResolver } from './channels.resolver.js';
import { ChannelsService } from './channels.service.js';
import { MailSink } from './mail-sink.js';
import { ChannelSenders } from './channel-senders.js';
import { DiscordSender } from './senders/discord.sender.js';
import { EmailSender } from './senders/email.sender.js';
import { TelegramSender } from './senders/telegram.sender.js';
import { WebhookSender } from './senders/webhook.sender.js';
import { telegramBotProvider } from './telegram-bot-api.js';
import { TelegramLinkService } from './telegram-link.service.js';
import { TelegramWebhookController } from './telegram-webhook.controller.js';

/** Where alerts go: each user's channels (email, Telegram, Discord, webhook) and the senders. */
@Module({
  imports: [UsersModule],
  controllers: [TelegramWebhookController],
  providers: [
    ChannelsRepository,
    ChannelsService,
    ChannelsResolver,
    MailSink,
    telegramBotProvider,
    TelegramLinkService,
    EmailSender,
    TelegramSender,
    DiscordSender,
    WebhookSender,
    ChannelSenders,
  ],
  exports: [ChannelsRepository, ChannelsService, ChannelSenders, MailSink],
})
export class NotificationsModule {}
