import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { graphql } from '../../gql';
import { AuthForm } from '../../components/AuthForm/AuthForm';
import { session } from '../../session/tokens';
import { AuthLayout } from './AuthLayout';

const RegisterMutation = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      accessToken
      refreshToken
      user {
        ...SessionUser
      }
    }
  }
`);

export default function RegisterPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [register] = useMutation(RegisterMutation);
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  return (
    <AuthLayout title={t('auth.registerTitle')} footer={{ text: t('auth.haveAccount'), link: t('auth.signIn'), to: '/sign-in' }}>
      <AuthForm
        mode="register"
        onSubmit={async (input) => {
          const { data } = await register({ variables: { input } });
          if (!data) return;
          session.start(data.register, data.register.user);
          navigate(from, { replace: true });
        }}
      />
    </AuthLayout>
  );
}
