import { afterEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { makeFragmentData } from '../../gql';
import { changeLanguage } from '../../i18n';
import { renderWithProviders } from '../../test/render';
import { CloudInstanceCard, CloudInstanceCardFragment, cloudInstanceFailed } from './CloudInstanceCard';

const instance = {
  id: '1c7f3d5e-0b6a-4d2e-9f31-5a8c2b7e4d10',
  name: 'gonka-rig-01',
  flavor: 'bm3-ai-1xlarge-h100-8',
  gpus: { model: 'NVIDIA H100 80GB HBM3', count: 8 },
  region: 'Luxembourg-2',
  regionId: 76,
  projectId: 100001,
  status: 'ACTIVE',
  fetchedAt: '2026-12-01T08:40:00Z',
  stale: false,
};
const node = (cloudInstance: Record<string, unknown> | null) => makeFragmentData({ id: 'n1', cloudInstance } as never, CloudInstanceCardFragment);

afterEach(() => changeLanguage('en'));

describe('CloudInstanceCard', () => {
  it('shows flavor, GPUs with their count, region and the status in words', () => {
    renderWithProviders(<CloudInstanceCard node={node(instance)} />);
    expect(screen.getByText('bm3-ai-1xlarge-h100-8')).toBeTruthy();
    expect(screen.getByText('8 × NVIDIA H100 80GB HBM3')).toBeTruthy();
    expect(screen.getByText('Luxembourg-2')).toBeTruthy();
    expect(screen.getByText('Running')).toBeTruthy();
    expect(screen.getByTestId('cloud-as-of').textContent).toMatch(/^as of /);
  });

  it('marks stale data, shows an unknown status code as it is, and a GPU model without count', async () => {
    await changeLanguage('ru');
    renderWithProviders(<CloudInstanceCard node={node({ ...instance, stale: true, status: 'MIGRATING', gpus: { model: 'L40S', count: null } })} />);
    expect(screen.getByText('Устарело: Gcore не отвечает')).toBeTruthy();
    expect(screen.getByText('MIGRATING')).toBeTruthy();
    expect(screen.getByText('L40S')).toBeTruthy();
    expect(screen.getByText('Облачный сервер')).toBeTruthy();
  });

  it('unlinked → says so; the field failing → "unavailable", not "not linked"; no GPUs → —', () => {
    const { unmount } = renderWithProviders(<CloudInstanceCard node={node(null)} />);
    expect(screen.getByText('Not linked to a cloud instance')).toBeTruthy();
    unmount();
    const failed = new CombinedGraphQLErrors({ errors: [{ message: 'x', path: ['node', 'cloudInstance'], extensions: { code: 'UPSTREAM_UNAVAILABLE' } }] });
    expect(cloudInstanceFailed(failed)).toBe(true);
    expect(cloudInstanceFailed(new CombinedGraphQLErrors({ errors: [{ message: 'x', path: ['node', 'hardware'] }] }))).toBe(false);
    renderWithProviders(<CloudInstanceCard node={node(null)} unavailable />);
    expect(screen.getByText('Cloud data is unavailable right now')).toBeTruthy();
  });

  it('renders the admin controls the page gives it, with the current link', () => {
    renderWithProviders(
      <CloudInstanceCard
        node={node(instance)}
        adminControls={(id, linked) => (
          <span>
            controls {id} {linked?.regionId}
          </span>
        )}
      />,
    );
    expect(screen.getByText('controls n1 76')).toBeTruthy();
  });
});
