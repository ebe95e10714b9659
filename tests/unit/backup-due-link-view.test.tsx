// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { BackupDueLink } from '../../components/backup/backup-due-link';
import { markExported, noteEdit } from '../../lib/backup/edit-counter';
import { getDb } from '../../lib/db/loopside-db';

beforeEach(async () => {
  await getDb().settings.clear();
});
afterEach(() => cleanup());

it('says nothing in the first minutes: one story and no backup yet is not worth a link', async () => {
  await noteEdit(getDb());
  render(<BackupDueLink />);
  await new Promise((r) => setTimeout(r, 200));
  expect(screen.queryByRole('link', { name: 'Time for a backup' })).toBeNull();
});

it('links to the Backup section once a backup is due, and says nothing before', async () => {
  const db = getDb();
  await markExported(db, Date.now());
  for (let i = 0; i < 24; i++) await noteEdit(db);
  render(<BackupDueLink />);
  // 24 changes since today's backup: not due yet.
  await new Promise((r) => setTimeout(r, 200));
  expect(screen.queryByRole('link', { name: 'Time for a backup' })).toBeNull();
  await noteEdit(db);
  const link = await screen.findByRole('link', { name: 'Time for a backup' });
  expect(link.getAttribute('href')).toBe('#backup');
  expect(link.getAttribute('title')).toBe(
    'You have made 25 changes since your last backup (today).',
  );
  await markExported(db, Date.now());
  await waitFor(() => expect(screen.queryByRole('link', { name: 'Time for a backup' })).toBeNull());
});
