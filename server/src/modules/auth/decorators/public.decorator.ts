import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC_KEY = 'minegnk:isPublic';

/** Lets anonymous callers reach an operation of a class guarded by GqlAuthGuard. */
export const Public = () => SetMetadata(IS_PUBLIC_KEY, true);
