import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/app-config.js';
import { errorLoggingPlugin } from './error-logging.plugin.js';
import { formatError } from './format-error.js';
import { knownOperationTypesRule } from './known-operation-types.rule.js';
import { httpSubscriptionRule } from './live/http-subscription.rule.js';
import { describeRootTypes } from './root-descriptions.js';
import type { RequestLoadersFactory } from './request-loaders.js';
import type { BearerAuth } from '../modules/auth/bearer-auth.service.js';
import { readOnlyScopePlugin } from '../modules/auth/read-only-scope.plugin.js';
import { contextFactory } from './gql-context.js';
import { playgroundPlugin } from './playground.plugin.js';
import { queryLimitsPlugin } from './query-limits.plugin.js';

/** Apollo options: in-memory code-first schema (sorted), landing page per config, one error mapper. */
export function graphqlOptions(config: AppConfig, log: Logger, loaders: RequestLoadersFactory, bearer: BearerAuth): ApolloDriverConfig {
  return {
    path: '/graphql',
    autoSchemaFile: true,
    transformSchema: describeRootTypes,
    sortSchema: true,
    // Our own GraphiQL page (playground.plugin.ts: bundled by the client build, no CDN);
    // `false` also keeps Apollo's default landing page out.
    graphiql: false,
    // `admins` keeps introspection on in Apollo and lets queryLimitsPlugin refuse non-admins.
    introspection: config.introspection !== 'off',
    // Apollo 5's default, stated: GET and form-like requests need a preflight-forcing header.
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    // Apollo's own "Did you mean" hints are removed in formatError for production.
    formatError: formatError(config.isProduction),
    context: contextFactory(loaders, bearer, log),
    // Cast: @nestjs/apollo loads Apollo's ESM build and we compile against its CJS types (same runtime shape).
    // Cache-control hints are not used (no CDN in front), and the plugin wraps every field resolver.
    plugins: [
      errorLoggingPlugin(log),
      queryLimitsPlugin(config),
      readOnlyScopePlugin(),
      ApolloServerPluginCacheControlDisabled(),
      ...(config.playgroundEnabled ? [playgroundPlugin(config)] : []),
    ] as ApolloDriverConfig['plugins'],
    validationRules: [knownOperationTypesRule, httpSubscriptionRule],
    // The client sends whole documents; APQ only added error paths (a wrong hash answered INTERNAL_SERVER_ERROR).
    persistedQueries: false,
    // The parser recurses per nesting level: a bound on tokens keeps a hostile document from
    // overflowing the stack (our largest real document is a few hundred tokens).
    parseOptions: { maxTokens: 5000 },
    autoTransformHttpErrors: true,
  };
}
