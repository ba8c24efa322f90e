/**
 * With no SMTP_URL (demo mode, tests) email still travels over real SMTP: to this in-process
 * smtp-server on 127.0.0.1 (random port), which keeps the last 200 mails in memory for the admin's
 * `sinkMail` query. Nothing leaves the machine. Not started when SMTP_URL is set.
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { SMTPServer } from 'smtp-server';
import { AppConfig } from '../../config/app-config.js';
import { parseMail } from './mail-parse.js';

const KEPT_MAILS = 200;
const MAX_MAIL_BYTES = 1024 * 1024;

export interface SinkMailRecord {
  id: string;
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string | null;
  messageId: string | null;
  receivedAt: Date;
}

@Injectable()
export class MailSink implements OnModuleInit, OnModuleDestroy {
  private server: SMTPServer | null = null;
  private readonly mails: SinkMailRecord[] = [];
  /** Where the email sender connects (set once started). */
  port: number | null = null;

  constructor(private readonly config: AppConfig) {}

  get enabled(): boolean {
    return !this.config.env.SMTP_URL;
  }

  async onModuleInit(): Promise<void> {
    if (!this.enabled) return;
    if (this.config.isProduction) {
      new Logger(MailSink.name).warn('SMTP_URL is unset: email alerts go to the built-in mail sink (admins can read them), not to their recipients');
    }
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      size: MAX_MAIL_BYTES,
      logger: false,
      banner: 'MineGNK mail sink',
      // Shutdown must not wait 30 s for an idle client connection.
      closeTimeout: 1_000,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          if ((stream as unknown as { sizeExceeded?: boolean }).sizeExceeded) return callback(new Error('message too large'));
          const parsed = parseMail(Buffer.concat(chunks).toString('utf8'));
          this.keep({
            id: randomUUID(),
            to: session.envelope.rcptTo.map((a) => a.address),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            subject: parsed.subject,
            text: parsed.text,
            html: parsed.html,
            messageId: parsed.headers.get('message-id') ?? null,
            receivedAt: new Date(),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.port = (server.server.address() as AddressInfo).port;
  }

  async onModuleDestroy(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Newest first. */
  list(first = 50): SinkMailRecord[] {
    return this.mails.slice(-Math.max(0, first)).reverse();
  }

  private keep(mail: SinkMailRecord): void {
    this.mails.push(mail);
    if (this.mails.length > KEPT_MAILS) this.mails.shift();
  }
}
