import '@mantine/core/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MantineProvider } from '@mantine/core';
import { ApolloProvider } from '@apollo/client/react';
import { theme } from './theme';
import { createApolloClient } from './apollo';
import { HomePage } from './pages/HomePage';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <ApolloProvider client={createApolloClient()}>
        <HomePage />
      </ApolloProvider>
    </MantineProvider>
  </StrictMode>,
);
