import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { latinName } from '@shared/contract/names';
import { memoryBackend, value } from '../../../src-main/test/backend';
import { renderWithApp } from '../../test/render';
import { FlightModal } from './FlightModal';

describe('the airport field', () => {
  it('a suggestion picked by its Japanese name (仁川) holds the code, and the flight saves', async () => {
    const backend = memoryBackend();
    await value(backend, 'sample:load', {});
    const [year] = await value(backend, 'years:list', {});
    const lee = (await value(backend, 'trainees:list', { yearId: year!.id })).find((x) => latinName(x) === 'LEE Seoyeon')!;
    renderWithApp(<FlightModal yearId={year!.id} target={{ traineeId: lee.id, traineeName: '이서연', flight: null }} opened onClose={() => undefined} />, { backend });

    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('便名'), { target: { value: 'KE703' } });
    const from = within(dialog).getAllByLabelText('出発空港').find((e) => e.tagName === 'INPUT')!;
    fireEvent.focus(from);
    fireEvent.change(from, { target: { value: '仁川' } });
    fireEvent.click(await screen.findByRole('option', { name: /^ICN Incheon International Airport/ }));
    expect(from).toHaveValue('ICN');
    expect(within(dialog).getByText('Incheon International Airport · Seoul · Asia/Seoul')).toBeInTheDocument();
    fireEvent.change(within(dialog).getByLabelText('出発日時'), { target: { value: '2024-05-20T09:10' } });
    fireEvent.change(within(dialog).getByLabelText('到着日時'), { target: { value: '2024-05-20T11:35' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));

    await waitFor(async () => expect(await value(backend, 'flights:list', { traineeId: lee.id })).toHaveLength(1));
    const [flight] = await value(backend, 'flights:list', { traineeId: lee.id });
    expect(flight!.from.iata).toBe('ICN');
    expect(screen.queryByText(/3文字の空港コード/)).not.toBeInTheDocument();
  });
});
