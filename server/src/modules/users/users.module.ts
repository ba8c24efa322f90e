import { Module } from '@nestjs/common';
import { UserLoadersFactory } from './loaders/user-loaders.js';
import { UsersRepository } from './users.repository.js';
import { UsersResolver } from './users.resolver.js';
import { UsersService } from './users.service.js';

@Module({
  providers: [UsersResolver, UsersService, UsersRepository, UserLoadersFactory],
  exports: [UsersService, UsersRepository, UserLoadersFactory],
})
export class UsersModule {}
