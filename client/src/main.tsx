import '@mantine/core/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ColorSchemeScript, MantineProvider, localStorageColorSchemeManager } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter } from 'react-router';
import { theme } from './theme';
import { createApolloClient } from './app/apollo';
import { setupI18n } from './i18n';
import { SessionProvider } from './session/SessionProvider';
import { AppRoutes } from './app/routes';

setupI18n();
const client = createApolloClient();
const colorSchemeManager = localStorageColorSchemeManager({ key: 'minegnk.colorScheme' });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ColorSchemeScript defaultColorScheme="auto" />
    <MantineProvider theme={theme} defaultColorScheme="auto" colorSchemeManager={colorSchemeManager}>
      <Notifications position="top-right" />
      <ApolloProvider client={client}>
        <BrowserRouter>
          <SessionProvider>
            <AppRoutes />
          </SessionProvider>
        </BrowserRouter>
      </ApolloProvider>
    </MantineProvider>
  </StrictMode>,
);
