import { Alert, Badge, Button, Checkbox, FileInput, Group, Select, Stack, Table, Text, Textarea } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignNodesInput, BulkAssignCode, BulkAssignOutcome } from '../../gql/graphql';
import type { UserOption } from '../AssignNodeForm/AssignNodeForm';
import { type BulkLine, parseBulkLines } from './parse-bulk-lines';
import { errorTextOf } from '../../lib/error-text';

/** The server's bound on one list (AssignNodesInput.lines). */
export const BULK_MAX_LINES = 500;

export interface BulkResult {
  applied: boolean;
  assignedCount: number;
  lines: { line: number; identifier: string; outcome: BulkAssignOutcome; code: BulkAssignCode }[];
}

const OUTCOME_COLOR: Record<BulkAssignOutcome, string> = {
  ASSIGNED: 'teal',
  ALREADY_YOURS: 'gray',
  OWNED_BY_OTHER: 'orange',
  INVALID: 'red',
  DUPLICATE_IN_LIST: 'yellow',
  NOT_APPLIED: 'gray',
};

/** Admin: paste or upload a list of identifiers for one customer; shows the server's result per line. */
export function BulkAssignForm(props: { users: UserOption[]; onUserSearch(text: string): void; onSubmit(input: AssignNodesInput): Promise<BulkResult> }) {
  const { t, i18n } = useTranslation();
  const [userId, setUserId] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [allOrNothing, setAllOrNothing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<{ sent: BulkLine[]; value: BulkResult } | null>(null);
  const lines = parseBulkLines(text);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!userId) return setError(t('auth.required'));
    if (lines.length === 0) return setError(t('bulk.empty'));
    if (lines.length > BULK_MAX_LINES) return setError(t('bulk.tooMany', { max: BULK_MAX_LINES, count: lines.length }));
    setBusy(true);
    setError(null);
    try {
      const value = await props.onSubmit({ userId, allOrNothing, lines: lines.map((l) => ({ identifier: l.identifier, displayName: l.displayName })) });
      setResult({ sent: lines, value });
    } catch (err) {
      setError(errorTextOf(err, t, i18n.language));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="bulk-assign-form">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('bulk.hint')}
        </Text>
        <Select
          label={t('admin.customer')}
          placeholder={t('admin.searchUsers')}
          searchable
          data={props.users}
          onSearchChange={props.onUserSearch}
          nothingFoundMessage="—"
          value={userId}
          onChange={setUserId}
        />
        <Textarea label={t('bulk.lines')} ff="monospace" autosize minRows={4} maxRows={12} value={text} onChange={(e) => setText(e.currentTarget.value)} />
        <FileInput
          label={t('bulk.file')}
          accept=".csv,.txt,text/csv,text/plain"
          leftSection={<IconUpload size={16} />}
          clearable
          onChange={(file) => void file?.text().then(setText)}
        />
        <Checkbox label={t('bulk.allOrNothing')} checked={allOrNothing} onChange={(e) => setAllOrNothing(e.currentTarget.checked)} />
        {error && (
          <Text c="red" size="sm" role="alert">
            {error}
          </Text>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={busy} disabled={lines.length === 0}>
            {t('bulk.submit', { count: lines.length })}
          </Button>
        </Group>
        {result && <BulkAssignResults sent={result.sent} result={result.value} />}
      </Stack>
    </form>
  );
}

function BulkAssignResults(props: { sent: BulkLine[]; result: BulkResult }) {
  const { t } = useTranslation();
  const { result } = props;
  return (
    <Stack gap="xs" data-testid="bulk-results">
      <Alert color={result.applied ? 'teal' : 'orange'} variant="light">
        {result.applied ? t('bulk.applied', { count: result.assignedCount }) : t('bulk.rolledBack')}
      </Alert>
      <Table.ScrollContainer minWidth={520}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('bulk.line')}</Table.Th>
              <Table.Th>{t('bulk.identifier')}</Table.Th>
              <Table.Th>{t('bulk.result')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.lines.map((l) => (
              <Table.Tr key={l.line} data-testid="bulk-result-row">
                {/* The line as pasted: the server numbers the lines it was sent, blank ones left out. */}
                <Table.Td>{props.sent[l.line - 1]?.sourceLine ?? l.line}</Table.Td>
                <Table.Td ff="monospace" style={{ wordBreak: 'break-all' }}>
                  {l.identifier || '—'}
                </Table.Td>
                <Table.Td>
                  <Badge color={OUTCOME_COLOR[l.outcome]} variant="light">
                    {t(`bulk.outcome.${l.outcome}`)}
                  </Badge>
                  <Text size="xs" c="dimmed">
                    {t(`bulk.code.${l.code}`)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
