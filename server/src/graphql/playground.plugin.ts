import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';

/** Where the playground's scripts and styles come from (what @nestjs/apollo's GraphiQL page uses). */
export const PLAYGROUND_ASSETS_ORIGIN = 'https://unpkg.com';

// The page starts GraphiQL with this one inline script; the CSP allows exactly it by its hash.
const BOOT_SCRIPT = `
      const fetcher = GraphiQL.createFetcher({ url: '/graphql', subscriptionUrl: '/graphql', headers: {} });
      ReactDOM.render(
        React.createElement(GraphiQL, { fetcher, defaultEditorToolsVisibility: true, shouldPersistHeaders: true, isHeadersEditorEnabled: true }),
        document.getElementById('graphiql'),
      );
    `;

/** CSP source for the inline boot script (`'sha256-…'`). */
export const PLAYGROUND_SCRIPT_HASH = `'sha256-${createHash('sha256').update(BOOT_SCRIPT).digest('base64')}'`;

/**
 * GraphiQL 3 from the CDN, as @nestjs/apollo's `graphiql: true` page serves it (React 18 UMD
 * builds, graphiql.min.js/css), but ours so its one inline script is known and can be allowed by
 * hash instead of `'unsafe-inline'` (security-headers.ts). The browser needs to reach unpkg.com.
 */
export const PLAYGROUND_HTML = `<!DOCTYPE html>
<html lang="en">
  <head>
    <title>MineGNK GraphQL playground</title>
    <style>
      body { height: 100%; margin: 0; width: 100%; overflow: hidden; }
      #graphiql { height: 100vh; }
    </style>
    <script crossorigin src="${PLAYGROUND_ASSETS_ORIGIN}/react@18/umd/react.production.min.js"></script>
    <script crossorigin src="${PLAYGROUND_ASSETS_ORIGIN}/react-dom@18/umd/react-dom.production.min.js"></script>
    <link rel="stylesheet" href="${PLAYGROUND_ASSETS_ORIGIN}/graphiql@3.8.3/graphiql.min.css" />
  </head>
  <body>
    <div id="graphiql">Loading…</div>
    <script src="${PLAYGROUND_ASSETS_ORIGIN}/graphiql@3.8.3/graphiql.min.js" type="application/javascript"></script>
    <script>${BOOT_SCRIPT}</script>
  </body>
</html>
`;

/** The landing page at GET /graphql (browsers): the playground above. */
export function playgroundPlugin(): ApolloServerPlugin {
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html: PLAYGROUND_HTML };
        },
      };
    },
  };
}
