import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { Language as ProfileLanguage } from '../gql/graphql';
import type { Language } from '../i18n';

const ProfileLanguageQuery = graphql(`
  query ProfileLanguage {
    me {
      id
      language
    }
  }
`);

// The profile keeps the language so that mail, Telegram and Discord messages are worded in it too.
const SaveLanguageMutation = graphql(`
  mutation SaveLanguage($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
      language
    }
  }
`);

/** Queries whose texts the server words in the profile's language: re-read after it changes. */
const WORDED_BY_SERVER: readonly string[] = ['AlertBell', 'Alerts', 'NodeAlerts'];

const toProfile = (lng: string): ProfileLanguage => (lng === 'ru' ? 'RU' : 'EN');

/**
 * Keeps the profile's language equal to the page's (the client's choice wins, as the user sees it):
 * after sign-in and on every switch, then re-reads the server-worded alert texts. Best effort: a
 * failed save is tried again at the next switch or visit.
 */
export function useProfileLanguage(signedIn: boolean) {
  const { i18n } = useTranslation();
  const client = useApolloClient();
  const { data } = useQuery(ProfileLanguageQuery, { skip: !signedIn });
  const [saveLanguage] = useMutation(SaveLanguageMutation);

  const save = useCallback(
    (lng: Language) =>
      saveLanguage({ variables: { input: { language: toProfile(lng) } } })
        // Only the mounted ones (naming an unmounted query would only warn).
        .then(() => client.refetchQueries({ include: 'active', onQueryUpdated: (query) => WORDED_BY_SERVER.includes(query.queryName ?? '') }))
        .catch(() => undefined),
    [saveLanguage, client],
  );

  const stored = data?.me.language;
  useEffect(() => {
    if (signedIn && stored && stored !== toProfile(i18n.language)) void save(i18n.language as Language);
  }, [signedIn, stored, i18n.language, save]);
}
