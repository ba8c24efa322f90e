import { Module } from '@nestjs/common';
import { NodeLookupsRepository } from './node-lookups.repository.js';

/** The nodes domain's read lookups for other modules; no imports, so any module may import it. */
@Module({ providers: [NodeLookupsRepository], exports: [NodeLookupsRepository] })
export class NodeLookupsModule {}
