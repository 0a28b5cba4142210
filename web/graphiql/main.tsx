// The GraphQL IDE served at /graphql to browsers: GraphiQL, bundled from npm (no CDN, so it works
// offline), with one tab of example operations per query of the API.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EXAMPLES } from '../../src/server/examples.js';

const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.href).toString() });

const tabs = EXAMPLES.map((e) => ({
  query: `# ${e.title}\n# ${e.description}\n${e.query}`,
  variables: e.variables ? JSON.stringify(e.variables, null, 2) : undefined,
  headers: e.mutation ? JSON.stringify({ Authorization: 'Bearer <one of API_KEYS>' }, null, 2) : undefined,
}));

const root = document.getElementById('graphiql');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <GraphiQL
        fetcher={fetcher}
        defaultEditorToolsVisibility="variables"
        defaultTabs={tabs}
        // The tab that opens first takes its editors' contents from these, not from defaultTabs.
        initialQuery={tabs[0]?.query}
        initialVariables={tabs[0]?.variables}
      />
    </StrictMode>,
  );
}
