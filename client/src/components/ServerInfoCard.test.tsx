import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { makeFragmentData } from '../gql';
import { ServerInfoCard, ServerInfoCardFragment } from './ServerInfoCard';

describe('ServerInfoCard', () => {
  it('shows the server name and version from its fragment', () => {
    const info = makeFragmentData({ name: 'MineGNK', version: '1.2.3' }, ServerInfoCardFragment);
    render(
      <MantineProvider>
        <ServerInfoCard info={info} />
      </MantineProvider>,
    );
    expect(screen.getByText('MineGNK')).toBeTruthy();
    expect(screen.getByText('API version 1.2.3')).toBeTruthy();
  });
});
