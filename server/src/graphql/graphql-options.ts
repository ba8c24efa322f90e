import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/app-config.js';
import { errorLoggingPlugin } from './error-logging.plugin.js';
import { formatError } from './format-error.js';
import { buildContext } from './gql-context.js';

/** Apollo options: in-memory code-first schema (sorted), landing page per config, one error mapper. */
export function graphqlOptions(config: AppConfig, log: Logger): ApolloDriverConfig {
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    graphiql: config.playgroundEnabled,
    introspection: config.playgroundEnabled,
    includeStacktraceInErrorResponses: false,
    // Apollo's own "Did you mean" hints are removed in formatError for production.
    formatError: formatError(config.isProduction),
    context: buildContext,
    // Cast: @nestjs/apollo loads Apollo's ESM build and we compile against its CJS types (same runtime shape).
    plugins: [errorLoggingPlugin(log) as ApolloDriverConfig['plugins'] extends (infer P)[] | undefined ? P : never],
    autoTransformHttpErrors: true,
  };
}
