import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChannelInput } from '@shared/contract/channels';
import { latinName } from '@shared/contract/names';
import { memoryBackend, value } from '../../../src-main/test/backend';
import { renderWithApp } from '../../test/render';
import { PrintRoute } from './PrintRoute';

/** The sheet's row of that label, as printed: its header and its value. */
function rowOf(sheet: HTMLElement, label: string): string {
  const header = within(sheet).getByRole('rowheader', { name: label });
  return header.closest('tr')!.textContent ?? '';
}

describe('the host handover sheet', () => {
  beforeAll(() => {
    Object.assign(document.fonts, { load: () => Promise.resolve([]) });
  });

  it('shows the supervisor, the department and the end date entered at assignment, and 制限なし as its own words', async () => {
    const backend = memoryBackend();
    const { yearId } = await value(backend, 'sample:load', {});
    const anita = (await value(backend, 'trainees:list', { yearId })).find((t) => latinName(t) === 'Anita SHRESTHA')!;
    const trainee = await value(backend, 'trainees:get', { id: anita.id });
    // The whole record back with 制限なし: the contract keeps only the fields it takes.
    await value(backend, 'trainees:update', { ...(trainee as unknown as ChannelInput<'trainees:update'>), diet: 'none', dietNotes: null });
    const [assignment] = await value(backend, 'assignments:list', { traineeId: anita.id });
    await value(backend, 'assignments:update', {
      id: assignment!.id, startsOn: '2024-07-01', endsOn: '2025-01-31', supervisor: '佐藤 一郎', department: '企画課 国際交流係',
    });

    renderWithApp(<PrintRoute options={{ sheet: 'handover', yearId, language: 'ja', groupId: null, traineeId: anita.id }} />, { backend });
    await waitFor(() => expect(document.querySelector('[data-print-ready]')).toHaveAttribute('data-print-ready', 'true'));
    const sheet = screen.getByTestId('sheet');
    expect(rowOf(sheet, '指導担当者')).toBe('指導担当者佐藤 一郎');
    expect(rowOf(sheet, '受入部署')).toBe('受入部署企画課 国際交流係');
    expect(rowOf(sheet, '受入終了日')).toMatch(/^受入終了日令和7年1月31日/);
    expect(rowOf(sheet, '食事')).toBe('食事制限なし');
    expect(sheet).not.toHaveTextContent('—');
  });
});
