import { afterEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeFragmentData } from '../../gql';
import { changeLanguage } from '../../i18n';
import { renderWithProviders } from '../../test/render';
import { NodeWeightFragment } from '../NodeWeight/NodeWeight';
import { NodeSpecs, NodeSpecsFragment } from './NodeSpecs';

const ID = 'gonka1abc/def?x';

function specs(weight: Record<string, unknown> = {}, fields: Record<string, unknown> = {}) {
  const w = makeFragmentData({ weight: 12345, weightShare: 0.0084, weightRank: 57, weightRankOf: 477, ...weight } as never, NodeWeightFragment);
  return makeFragmentData(
    {
      identifier: ID,
      identifierType: 'wallet',
      gpuType: null,
      region: null,
      activeModel: null,
      createdAt: '2026-11-01T00:00:00Z',
      hardware: null,
      cloudInstance: null,
      ...fields,
      ...(w as object),
    } as never,
    NodeSpecsFragment,
  );
}

afterEach(() => changeLanguage('en'));

describe('NodeSpecs identifier', () => {
  it('has a named copy button that says when it copied', async () => {
    const user = userEvent.setup();
    renderWithProviders(<NodeSpecs node={specs()} />);
    await user.click(screen.getByRole('button', { name: 'Copy identifier' }));
    expect(await screen.findByRole('button', { name: 'Copied' })).toBeTruthy();
    expect(await navigator.clipboard.readText()).toBe(ID);
  });

  it('names the copy button in Russian', async () => {
    await changeLanguage('ru');
    renderWithProviders(<NodeSpecs node={specs()} />);
    expect(screen.getByRole('button', { name: 'Скопировать идентификатор' })).toBeTruthy();
  });

  it('links to the explorer from the template, the identifier URL-encoded, in a new tab', () => {
    renderWithProviders(<NodeSpecs node={specs()} explorerUrlTemplate="https://explorer.example.com/p/{address}?tab=1" />);
    const link = screen.getByRole('link', { name: 'Open in the explorer' });
    expect(link.getAttribute('href')).toBe('https://explorer.example.com/p/gonka1abc%2Fdef%3Fx?tab=1');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('shows no explorer link without a template', () => {
    renderWithProviders(<NodeSpecs node={specs()} explorerUrlTemplate={null} />);
    expect(screen.queryByRole('link', { name: 'Open in the explorer' })).toBeNull();
  });
});

describe('NodeSpecs weight', () => {
  it('gives the share of the network and the rank, with an explanation', () => {
    renderWithProviders(<NodeSpecs node={specs()} />);
    expect(screen.getByTestId('node-weight').textContent).toBe('12,345 — 0.84% of the network, rank 57 of 477');
    expect(screen.getByRole('img', { name: 'What weight means' })).toBeTruthy();
  });

  it('words it in Russian', async () => {
    await changeLanguage('ru');
    renderWithProviders(<NodeSpecs node={specs()} />);
    expect(screen.getByTestId('node-weight').textContent?.replace(/\s/g, ' ')).toBe('12 345 — 0,84 % сети, место 57 из 477');
  });

  it('shows the weight alone when share and rank are unknown', () => {
    renderWithProviders(<NodeSpecs node={specs({ weightShare: null, weightRank: null, weightRankOf: null })} />);
    expect(screen.getByTestId('node-weight').textContent).toBe('12,345');
  });
});

describe('NodeSpecs region', () => {
  const region = () => screen.getByText('Region').parentElement?.textContent;

  it('shows the linked cloud instance’s region when none was recorded at assignment', () => {
    renderWithProviders(<NodeSpecs node={specs({}, { region: null, cloudInstance: { region: 'Luxembourg-2' } })} />);
    expect(region()).toBe('RegionLuxembourg-2');
  });

  it('keeps the region recorded at assignment', () => {
    renderWithProviders(<NodeSpecs node={specs({}, { region: 'Frankfurt', cloudInstance: { region: 'Luxembourg-2' } })} />);
    expect(region()).toBe('RegionFrankfurt');
  });

  it('shows “—” when neither is known', () => {
    renderWithProviders(<NodeSpecs node={specs({}, { region: null, cloudInstance: null })} />);
    expect(region()).toBe('Region—');
  });
});
