import { Injectable } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServerInfo } from './dto/server-info.model.js';

const VERSION: string = JSON.parse(readFileSync(join(__dirname, '../../../../package.json'), 'utf8')).version ?? '0.0.0';

@Injectable()
export class SystemService {
  info(): ServerInfo {
    return { name: 'MineGNK', version: VERSION, time: new Date() };
  }
}
