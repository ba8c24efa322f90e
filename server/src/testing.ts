/**
 * The one surface bench/ (and tests) import from the server: what they start, seed, drive and
 * measure. Moving a file inside src/ then changes this file only, and a name that disappears fails
 * the build instead of a benchmark at run time. Not imported by the app itself.
 */
export { startApp, type RunningApp } from './bootstrap.js';
export { AppConfig, REPO_ROOT } from './config/app-config.js';
export { startEmbeddedPostgres } from './database/embedded-postgres.js';
export { typeormOptions } from './database/typeorm-options.js';
export { CacheService } from './cache/cache.service.js';
export { CachedResourceService } from './cache/cached-resource.service.js';
export { encodeCursor } from './graphql/connection.js';
export { RefresherService } from './jobs/refresher.service.js';
export { AccessTokens } from './modules/auth/access-tokens.js';
export { EARNINGS_BACKFILL_EPOCHS } from './modules/earnings/earnings-sync.service.js';
export { HARDWARE_KEY, VIEW_KEY } from './network/network-view.service.js';
export { startSimulator } from './simulator/index.js';
export { AlertEvaluatorService } from './modules/alerts/alert-evaluator.service.js';
