import { Global, Module } from '@nestjs/common';
import { Db } from './db.js';

/** `Db` for every repository (TypeOrmModule.forRoot, in AppModule, provides the DataSource). */
@Global()
@Module({ providers: [Db], exports: [Db] })
export class DatabaseModule {}
