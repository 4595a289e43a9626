import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { latinName } from '@shared/contract/names';
import { jpegOfSize } from '../../../src-main/test/jpeg';
import { memoryBackend, value } from '../../../src-main/test/backend';
import { renderWithApp } from '../../test/render';
import { PrintRoute } from './PrintRoute';
import type { PrintOptions } from './sheets';

async function cohort() {
  const backend = memoryBackend();
  const { yearId } = await value(backend, 'sample:load', {});
  const trainees = await value(backend, 'trainees:list', { yearId });
  const idOf = (name: string) => trainees.find((t) => latinName(t) === name)!.id;
  return { backend, yearId, idOf };
}

function options(yearId: string, sheet: PrintOptions['sheet'], more: Partial<PrintOptions> = {}): PrintOptions {
  return { sheet, yearId, language: 'ja', groupId: null, traineeId: null, ...more };
}

async function ready() {
  await waitFor(() => expect(document.querySelector('[data-print-ready]')).toHaveAttribute('data-print-ready', 'true'));
  return screen.getByTestId('sheet');
}

describe('PrintRoute', () => {
  // jsdom loads no fonts (the test setup gives `ready`); the page footer asks for its glyphs.
  beforeAll(() => {
    Object.assign(document.fonts, { load: () => Promise.resolve([]) });
  });

  it('draws the roster with every trainee and the photos on record, then says it is ready', async () => {
    const { backend, yearId, idOf } = await cohort();
    const photo = jpegOfSize(420, 540).toString('base64');
    await value(backend, 'trainees:set-photo', { id: idOf('LEE Seoyeon'), photo, thumb: jpegOfSize(70, 90).toString('base64') });
    renderWithApp(<PrintRoute options={options(yearId, 'roster')} />, { backend });
    const sheet = await ready();
    for (const name of ['王晓燕', '이서연', 'अनिता श्रेष्ठ']) expect(within(sheet).getByText(name)).toBeInTheDocument();
    const images = sheet.querySelectorAll('img.kk-photo');
    expect(images).toHaveLength(1);
    expect(images[0]).toHaveAttribute('src', `data:image/jpeg;base64,${photo}`);
  });

  it("gives one trainee's orientation sheet with the host they go to", async () => {
    const { backend, yearId, idOf } = await cohort();
    const anita = idOf('Anita SHRESTHA');
    const [assignment] = await value(backend, 'assignments:list', { traineeId: anita });
    const host = (await value(backend, 'hosts:list', {})).find((h) => h.id === assignment!.hostId)!;
    renderWithApp(<PrintRoute options={options(yearId, 'orientation', { traineeId: anita })} />, { backend });
    const sheet = await ready();
    expect(within(sheet).getAllByText('अनिता श्रेष्ठ').length).toBeGreaterThan(0);
    expect(sheet).toHaveTextContent(host.nameJa);
    expect(sheet).not.toHaveTextContent('王晓燕');
  });

  it('puts the office phone saved in the settings at the foot, though the settings screen was never opened', async () => {
    const { backend, yearId, idOf } = await cohort();
    await value(backend, 'settings:update', { officePhone: '03-5213-1730' });
    renderWithApp(<PrintRoute options={options(yearId, 'orientation', { traineeId: idOf('Anita SHRESTHA') })} />, { backend });
    expect(await ready()).toHaveTextContent('問合せ先： 一般財団法人自治体国際化協会（CLAIR） 交流支援部経済交流課 03-5213-1730');
  });

  it('without an office phone names the office alone, and prints no request to set it (that is for the Prints screen)', async () => {
    const { backend, yearId, idOf } = await cohort();
    renderWithApp(<PrintRoute options={options(yearId, 'orientation', { traineeId: idOf('Anita SHRESTHA') })} />, { backend });
    const sheet = await ready();
    expect(sheet).toHaveTextContent(/問合せ先： 一般財団法人自治体国際化協会（CLAIR） 交流支援部経済交流課\s*緊急時/);
    expect(sheet).not.toHaveTextContent(/設定|電話番号/);
  });

  it('shows what failed instead of an empty sheet when the year is not there', async () => {
    renderWithApp(<PrintRoute options={options('01900000-0000-7000-8000-000000000009', 'arrival')} />);
    await waitFor(() => expect(document.querySelector('[data-print-ready]')).toHaveAttribute('data-print-ready', 'failed'));
    expect(screen.getByTestId('query-error')).toHaveTextContent('読み込めませんでした');
    expect(screen.queryByTestId('sheet')).toBeNull();
  });
});
