import { afterEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { changeLanguage } from '../../i18n';
import { renderWithProviders } from '../../test/render';
import { InferenceJobs, InferenceJobsQuery } from './InferenceJobs';

const job = (inferenceId: string, status: string) => ({
  __typename: 'InferenceJob',
  inferenceId,
  model: 'Qwen/Qwen3-235B',
  status,
  promptTokens: 10,
  completionTokens: 20,
  startedAt: '2026-01-02T03:04:05.000Z',
});

const MOCK = {
  request: { query: InferenceJobsQuery, variables: { id: 'n1' } },
  result: {
    data: {
      node: { __typename: 'Node', id: 'n1', inferenceJobs: { __typename: 'InferenceJobConnection', nodes: [job('a', 'VALIDATED'), job('b', 'EXPIRED')] } },
    },
  },
};

afterEach(() => changeLanguage('en'));

describe('InferenceJobs', () => {
  it('words the job statuses in Russian, not as enum codes', async () => {
    await changeLanguage('ru');
    renderWithProviders(
      <MockedProvider mocks={[MOCK]}>
        <InferenceJobs nodeId="n1" />
      </MockedProvider>,
    );
    expect((await screen.findAllByText('Проверена')).length).toBeGreaterThan(0);
    expect(screen.getAllByText('Просрочена').length).toBeGreaterThan(0);
    expect(screen.getByTestId('inference-jobs').textContent).not.toMatch(/VALIDATED|EXPIRED/);
  });
});
