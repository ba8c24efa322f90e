import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';
import './playground.css';
import { EXAMPLE_OPERATIONS } from './example-operations';
import { createPlaygroundClient } from './playground-client';
import { SignInBar } from './SignInBar';

// The GraphQL playground at /graphql (the server serves dist/playground.html there): GraphiQL
// bundled with the app, so it needs no CDN and runs under the app's own CSP.
const client = createPlaygroundClient();
const defaultTabs = EXAMPLE_OPERATIONS.map(({ query, variables }) => ({ query, variables }));

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from playground.html');
createRoot(root).render(
  <StrictMode>
    <div className="playground">
      <SignInBar client={client} />
      <div className="playground-editor">
        <GraphiQL fetcher={client.fetcher} defaultTabs={defaultTabs} defaultEditorToolsVisibility isHeadersEditorEnabled />
      </div>
    </div>
  </StrictMode>,
);
