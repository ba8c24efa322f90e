import { SystemResolver } from '../modules/system/system.resolver.js';

/**
 * Every resolver class, for emitting schema.graphql without a database (cli/emit-schema.ts).
 * A test compares the running app's schema with the committed file, so a resolver missing here fails CI.
 */
export const SCHEMA_RESOLVERS: Function[] = [SystemResolver];
