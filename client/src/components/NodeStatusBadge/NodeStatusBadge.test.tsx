import { afterEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { makeFragmentData } from '../../gql';
import { changeLanguage } from '../../i18n';
import { renderWithProviders } from '../../test/render';
import { NodeStatusBadge, NodeStatusBadgeFragment } from './NodeStatusBadge';

const UNTIL = '2026-12-01T08:41:10.461Z';
const DETAILS = {
  jailedUntil: null,
  participantStatus: null,
  exclusionReason: null,
  missedRate: null,
  invalidationRate: null,
  confirmationPocRatio: null,
  threshold: null,
};

function badge(fields: Record<string, unknown>) {
  return makeFragmentData(fields as never, NodeStatusBadgeFragment);
}

afterEach(() => changeLanguage('en'));

describe('NodeStatusBadge reason', () => {
  it('words "jailed until" in Russian with a local date, no English and no ISO time', async () => {
    await changeLanguage('ru');
    const node = badge({
      status: 'JAILED',
      statusReason: `validator jailed until ${UNTIL}`,
      statusRule: 'VALIDATOR_JAILED',
      statusDetails: { ...DETAILS, jailedUntil: UNTIL },
    });
    renderWithProviders(<NodeStatusBadge node={node} />);
    const label = screen.getByLabelText(/^В тюрьме/).getAttribute('aria-label')!;
    expect(label).toBe(`В тюрьме: валидатор в тюрьме до ${dayjs(UNTIL).locale('ru').format('LLL')}`);
    expect(label).not.toMatch(/[A-Za-z]/);
    await userEvent.hover(screen.getByText('В тюрьме'));
    expect(await screen.findByText(/^валидатор в тюрьме до 1 декабря 2026/)).toBeTruthy();
  });

  it('words a rate rule with its figures in both languages', async () => {
    const node = badge({
      status: 'UNHEALTHY',
      statusReason: 'confirmation PoC ratio 0.897 < 0.900',
      statusRule: 'CONFIRMATION_POC_RATIO',
      statusDetails: { ...DETAILS, confirmationPocRatio: 0.897, threshold: 0.9 },
    });
    const { unmount } = renderWithProviders(<NodeStatusBadge node={node} />);
    expect(screen.getByLabelText('Unhealthy: confirmation PoC ratio 0.897 < 0.900')).toBeTruthy();
    unmount();
    await changeLanguage('ru');
    renderWithProviders(<NodeStatusBadge node={node} />);
    expect(screen.getByLabelText('Сбои: доля подтверждённого веса PoC 0,897 < 0,900')).toBeTruthy();
  });

  it("falls back to the server's text when the rule is unknown", async () => {
    await changeLanguage('ru');
    renderWithProviders(<NodeStatusBadge node={badge({ status: 'OFFLINE', statusReason: 'some new rule', statusRule: null, statusDetails: null })} />);
    expect(screen.getByLabelText(/some new rule$/)).toBeTruthy();
  });
});
