import { describe, expect, it } from 'vitest';
import { memoryBackend, value } from '../../test/backend';

describe('English forms for the English sheets (migration 0160)', () => {
  it('a pickup group, its meeting point, an event place and a staff name keep an English form, cleared when emptied, and sync carries them', async () => {
    const backend = memoryBackend();
    const year = await value(backend, 'years:create', { fiscalYear: 2024 });
    const kato = await value(backend, 'staff:create', { name: '加藤 美咲', nameEn: 'KATO Misaki', organisation: 'clair' });
    expect(kato).toMatchObject({ name: '加藤 美咲', nameEn: 'KATO Misaki' });
    const group = await value(backend, 'pickup-groups:create', {
      yearId: year.id, name: '成田 第1便', nameEn: 'Narita, first group', airport: 'NRT', meetingPoint: '南ウイング 到着口', meetingPointEn: 'South Wing arrivals exit', staffIds: [kato.id],
    });
    expect(group).toMatchObject({ nameEn: 'Narita, first group', meetingPointEn: 'South Wing arrivals exit' });
    const event = await value(backend, 'schedule:create', {
      yearId: year.id, kind: 'orientation', startsAt: '2024-05-21T10:45', titleJa: 'オリエンテーション', titleEn: 'Orientation', place: '研修室A', placeEn: 'Training room A', audience: 'all', staffId: kato.id,
    });
    expect(event).toMatchObject({ place: '研修室A', placeEn: 'Training room A', staff: { name: '加藤 美咲', nameEn: 'KATO Misaki' } });

    const [onBoard] = (await value(backend, 'arrivals:board', { yearId: year.id })).groups;
    expect(onBoard).toMatchObject({ nameEn: 'Narita, first group', meetingPointEn: 'South Wing arrivals exit', staff: [{ nameEn: 'KATO Misaki' }] });

    // Emptied, the English form is gone (the sheets fall back to the Japanese one).
    await value(backend, 'staff:update', { id: kato.id, name: '加藤 美咲', nameEn: '  ', organisation: 'clair' });
    expect((await value(backend, 'staff:list', {}))[0]!.nameEn).toBeNull();
    await value(backend, 'pickup-groups:update', { id: group.id, name: '成田 第1便', airport: 'NRT', meetingPoint: '南ウイング 到着口' });
    expect((await value(backend, 'arrivals:board', { yearId: year.id })).groups[0]).toMatchObject({ nameEn: null, meetingPointEn: null });

    // Sync writes the columns a shared table has (sync/tables.ts reads them from the table): the new ones are there.
    for (const [table, column] of [['pickup_groups', 'name_en'], ['pickup_groups', 'meeting_point_en'], ['schedule_events', 'place_en'], ['staff', 'name_en']] as const) {
      const columns = (backend.ctx.db.pragma(`table_info(${table})`) as Array<{ name: string }>).map((c) => c.name);
      expect(columns, `${table}.${column}`).toContain(column);
    }
  });
});
