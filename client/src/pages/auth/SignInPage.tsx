import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { graphql } from '../../gql';
import { AuthForm } from '../../components/AuthForm/AuthForm';
import { session } from '../../session/tokens';
import { AuthLayout } from './AuthLayout';

const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      refreshToken
      user {
        ...SessionUser
      }
    }
  }
`);

export default function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [login] = useMutation(LoginMutation);
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  return (
    <AuthLayout title={t('auth.signInTitle')} footer={{ text: t('auth.noAccount'), link: t('auth.register'), to: '/register' }}>
      <AuthForm
        mode="signIn"
        onSubmit={async (input) => {
          const { data } = await login({ variables: { input } });
          if (!data) return;
          session.start(data.login, data.login.user);
          navigate(from, { replace: true });
        }}
      />
    </AuthLayout>
  );
}
