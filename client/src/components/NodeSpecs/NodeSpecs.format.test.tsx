import { afterEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { makeFragmentData } from '../../gql';
import { changeLanguage } from '../../i18n';
import { renderWithProviders } from '../../test/render';
import { NodeSpecs, NodeSpecsFragment } from './NodeSpecs';

const node = makeFragmentData(
  {
    identifier: 'gonka1abc',
    identifierType: 'ADDRESS',
    gpuType: null,
    region: null,
    activeModel: null,
    weight: 10,
    createdAt: '2026-03-05T14:07:00Z',
    hardware: { totalGpus: 30, gpus: [{ type: 'NVIDIA H100 80GB HBM3 | 79GB', count: 30 }], mlNodes: [] },
  } as never,
  NodeSpecsFragment,
);

afterEach(() => changeLanguage('en'));

describe('NodeSpecs', () => {
  it('counts GPUs with a plural, shows the GPU model cleanly and the date in the one format', async () => {
    renderWithProviders(<NodeSpecs node={node} />);
    expect(screen.getByText('30 GPUs')).toBeTruthy();
    expect(screen.getByText('30× NVIDIA H100 80GB HBM3')).toBeTruthy();
    expect(screen.getByText('79 GB')).toBeTruthy();
    expect(screen.queryByText(/\|/)).toBeNull();
    expect(screen.getByText('March 5, 2026')).toBeTruthy();
  });
});
