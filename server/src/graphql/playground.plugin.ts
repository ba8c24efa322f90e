import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApolloServerPlugin } from '@apollo/server';
import type { AppConfig } from '../config/app-config.js';

/** The built playground page (client/playground.html → `<CLIENT_DIST_DIR>/playground.html`). */
export const PLAYGROUND_FILE = 'playground.html';

// Same-origin, no script, no CDN: what an install gets at /graphql when the client was not built.
const notBuiltPage = (reason: string) => `<!DOCTYPE html>
<html lang="en">
  <head><meta charset="UTF-8" /><title>MineGNK GraphQL playground</title></head>
  <body>
    <h1>GraphQL playground not available</h1>
    <p>${reason}</p>
    <p>The API itself works: POST GraphQL requests to this URL.</p>
  </body>
</html>
`;

/**
 * The page at GET /graphql for browsers: GraphiQL bundled by the client build (no CDN, so it works
 * offline and under the app's own CSP), read once at start. Its /assets/ come with the client
 * (bootstrap.ts serveClient), so without SERVE_CLIENT a short note is served instead.
 */
export function playgroundHtml(config: AppConfig): string {
  const file = join(config.fromRoot(config.env.CLIENT_DIST_DIR), PLAYGROUND_FILE);
  if (!config.env.SERVE_CLIENT) return notBuiltPage('The playground is served with the client, and SERVE_CLIENT is false.');
  if (!existsSync(file)) return notBuiltPage(`The client is not built (${PLAYGROUND_FILE} missing): run <code>npm run build</code>, then restart.`);
  return readFileSync(file, 'utf8');
}

/** The landing page at GET /graphql (browsers): the playground above. */
export function playgroundPlugin(config: AppConfig): ApolloServerPlugin {
  const html = playgroundHtml(config);
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html };
        },
      };
    },
  };
}
