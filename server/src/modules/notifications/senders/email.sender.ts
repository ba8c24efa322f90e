/**
 * Email over SMTP (nodemailer): to SMTP_URL, or to the built-in sink when it is unset. Message-ID
 * is derived from the delivery's idempotency key, so a repeat after a crash is recognisably the same mail.
 */
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { AppConfig } from '../../../config/app-config.js';
import { MailSink } from '../mail-sink.js';
import { type ChannelRecord, DeliveryFailure, type OutboundMessage } from '../notification.types.js';
import { type ChannelSender, plainText } from './channel-sender.js';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function emailHtml(message: OutboundMessage): string {
  const { title, message: text, link } = message.rendered;
  const linkHtml = link ? `<p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>` : '';
  return `<!doctype html><html><body style="font-family:sans-serif"><h2>${escapeHtml(title)}</h2><p>${escapeHtml(text).replace(/\n/g, '<br>')}</p>${linkHtml}</body></html>`;
}

/** SMTP reply codes 4xx are temporary by definition; 5xx are permanent. */
function smtpFailure(e: unknown): DeliveryFailure {
  const err = e as { responseCode?: number; code?: string; message?: string };
  const retryable = err.responseCode === undefined || err.responseCode < 500;
  return new DeliveryFailure(`SMTP: ${err.message ?? String(e)}`.slice(0, 300), retryable);
}

@Injectable()
export class EmailSender implements ChannelSender, OnModuleDestroy {
  private transport: Transporter | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly sink: MailSink,
  ) {}

  private transporter(): Transporter {
    if (this.transport) return this.transport;
    const url = this.config.env.SMTP_URL;
    if (url) this.transport = createTransport(url);
    else {
      if (this.sink.port === null) throw new DeliveryFailure('mail sink not running', true);
      this.transport = createTransport({ host: '127.0.0.1', port: this.sink.port, secure: false, ignoreTLS: true });
    }
    return this.transport;
  }

  async send(channel: ChannelRecord, message: OutboundMessage): Promise<void> {
    try {
      await this.transporter().sendMail({
        from: this.config.env.MAIL_FROM,
        to: channel.target,
        subject: message.rendered.title,
        text: plainText(message),
        html: emailHtml(message),
        messageId: `<${message.idempotencyKey}@minegnk>`,
        headers: { 'X-MineGNK-Event': message.event.toLowerCase() },
      });
    } catch (e) {
      throw smtpFailure(e);
    }
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
