import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { Center, Loader } from '@mantine/core';
import { useSession } from '../session/SessionProvider';
import { ErrorPage } from '../components/ErrorState/ErrorState';
import { AppLayout } from './AppLayout/AppLayout';
import { PageLoader } from './AppLayout/PageLoader';

// One chunk per route: the sign-in page and the dashboard do not pay for charts or admin code.
const SignInPage = lazy(() => import('../pages/auth/SignInPage'));
const RegisterPage = lazy(() => import('../pages/auth/RegisterPage'));
const DashboardPage = lazy(() => import('../pages/dashboard/DashboardPage'));
const NodesPage = lazy(() => import('../pages/nodes/NodesPage'));
const NodeDetailsPage = lazy(() => import('../pages/node-details/NodeDetailsPage'));
const NewRequestPage = lazy(() => import('../pages/requests/NewRequestPage'));
const RequestsPage = lazy(() => import('../pages/requests/RequestsPage'));
const ProfilePage = lazy(() => import('../pages/profile/ProfilePage'));
const AdminPage = lazy(() => import('../pages/admin/AdminPage'));
const AlertsPage = lazy(() => import('../pages/alerts/AlertsPage'));
const StatementPage = lazy(() => import('../pages/statement/StatementPage'));

function FullPageLoader() {
  return (
    <Center h="100vh">
      <Loader />
    </Center>
  );
}

function RequireSession({ children }: { children: ReactNode }) {
  const { user, ready } = useSession();
  const location = useLocation();
  if (!ready) return <FullPageLoader />;
  if (!user) return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  return children;
}

function RequireAdmin({ children }: { children: ReactNode }) {
  const { user } = useSession();
  return user?.role === 'ADMIN' ? children : <ErrorPage code="FORBIDDEN" />;
}

function GuestOnly({ children }: { children: ReactNode }) {
  const { user, ready } = useSession();
  if (!ready) return <FullPageLoader />;
  return user ? <Navigate to="/" replace /> : <Suspense fallback={<FullPageLoader />}>{children}</Suspense>;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route
        path="/sign-in"
        element={
          <GuestOnly>
            <SignInPage />
          </GuestOnly>
        }
      />
      <Route
        path="/register"
        element={
          <GuestOnly>
            <RegisterPage />
          </GuestOnly>
        }
      />
      <Route
        element={
          <RequireSession>
            <AppLayout />
          </RequireSession>
        }
      >
        <Route index element={<DashboardPage />} />
        <Route path="nodes" element={<NodesPage />} />
        <Route path="nodes/:id" element={<NodeDetailsPage />} />
        <Route path="requests" element={<RequestsPage />} />
        <Route path="requests/new" element={<NewRequestPage />} />
        <Route path="alerts" element={<AlertsPage />} />
        <Route path="profile" element={<ProfilePage />} />
        <Route path="statement" element={<StatementPage />} />
        <Route
          path="admin/:tab?"
          element={
            <RequireAdmin>
              <AdminPage />
            </RequireAdmin>
          }
        />
        <Route path="*" element={<ErrorPage code="NOT_FOUND" />} />
      </Route>
    </Routes>
  );
}

export { PageLoader };
