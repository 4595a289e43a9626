import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '@shared/contract/channels';
import { memoryBackend, call, tableCount, value } from '../../test/backend';
import { jpegOfSize } from '../../test/jpeg';
import { purgeExpiredTrash } from './trainees.service';

const kim = {
  familyNameNative: '김',
  givenNameNative: '시현',
  familyNameLatin: 'Kim',
  givenNameLatin: 'Sihyeon',
  nameKana: 'キム シヒョン',
  nameLang: 'ko',
  nameOrder: 'family_first',
  gender: 'male',
  birthDate: '1993-04-01',
  nationality: 'KR',
  status: 'selected',
} as const;

let clock = new Date('2026-11-26T03:00:00Z');
function advance(days: number) {
  clock = new Date(clock.getTime() + days * 86_400_000);
}

async function withYear() {
  clock = new Date('2026-11-26T03:00:00Z');
  const backend = memoryBackend(() => clock);
  const year = await value(backend, 'years:create', { fiscalYear: 2024 });
  return { backend, yearId: year.id };
}

function list(backend: ReturnType<typeof memoryBackend>, input: ChannelInput<'trainees:list'>) {
  return value(backend, 'trainees:list', input);
}

describe('trainees', () => {
  it('creates, reads and updates the whole record, normalising what people type', async () => {
    const { backend, yearId } = await withYear();
    const [field] = await value(backend, 'training-fields:list', {});
    const gyeongju = await value(backend, 'sending-governments:create', {
      country: 'KR', provinceLocal: '경상북도', provinceEn: 'Gyeongsangbuk-do', nameLocal: '경주시', nameEn: 'Gyeongju', nameJa: '慶州市',
    });
    const created = await value(backend, 'trainees:create', {
      yearId, ...kim, sendingGovernmentId: gyeongju.id, trainingFieldId: field!.id, passportNumber: 'm１２３４５６７８',
      residenceCardNumber: 'ab 12345678 cd', email: 'kim@gyeongju.go.kr', diet: 'no_pork', japaneseLevel: 'N2',
    });
    expect(created).toMatchObject({
      ...kim, yearId, fiscalYear: 2024, passportNumber: 'M12345678', residenceCardNumber: 'AB12345678CD',
      sendingGovernment: { nameLocal: '경주시', nameEn: 'Gyeongju', nameJa: '慶州市' }, trainingField: { nameJa: '一般行政' },
      statusChangedOn: '2026-11-26', hasPhoto: false, warnings: ['no_emergency_contact', 'no_photo'],
    });
    expect(created.id[14]).toBe('7');

    const updated = await value(backend, 'trainees:update', { ...created, position: '  Tourism  ' });
    expect(updated).toMatchObject({ position: 'Tourism', statusChangedOn: '2026-11-26' });
  });

  it('dates a status change today, or on the day a person gives', async () => {
    const { backend, yearId } = await withYear();
    const t = await value(backend, 'trainees:create', { yearId, ...kim, statusChangedOn: '2026-01-31' });
    expect(t.statusChangedOn).toBe('2026-01-31');
    advance(3);
    const arrived = await value(backend, 'trainees:update', { ...t, status: 'arrived' });
    expect(arrived.statusChangedOn).toBe('2026-11-29');
    const backdated = await value(backend, 'trainees:update', { ...arrived, status: 'at_jiam', statusChangedOn: '2026-05-23' });
    expect(backdated.statusChangedOn).toBe('2026-05-23');
  });

  it('records every field change with who and when, and shows it as history', async () => {
    const { backend, yearId } = await withYear();
    await value(backend, 'settings:update', { staffName: '早日渡' });
    const t = await value(backend, 'trainees:create', { yearId, ...kim });
    advance(1);
    await value(backend, 'trainees:update', { ...t, status: 'arrived', position: 'Tourism' });
    const history = await value(backend, 'trainees:history', { id: t.id });
    const statusChange = history.find((h) => h.field === 'status' && h.op === 'update');
    expect(statusChange).toMatchObject({ oldValue: 'selected', newValue: 'arrived', author: '早日渡', at: '2026-11-27T03:00:00.000Z' });
    expect(history.find((h) => h.field === 'position' && h.op === 'update')).toMatchObject({ oldValue: null, newValue: 'Tourism' });
    expect(history.filter((h) => h.op === 'insert').map((h) => h.field)).toContain('givenNameNative');
    // Saving without a change adds nothing.
    const before = history.length;
    await value(backend, 'trainees:update', { ...(await value(backend, 'trainees:get', { id: t.id })) });
    expect(await value(backend, 'trainees:history', { id: t.id })).toHaveLength(before);
  });

  it('moves a deleted trainee to the trash, restores it, and purges it after 30 days', async () => {
    const { backend, yearId } = await withYear();
    const t = await value(backend, 'trainees:create', { yearId, ...kim });
    await value(backend, 'trainees:delete', { id: t.id });
    expect(await list(backend, { yearId })).toEqual([]);
    expect(await call(backend, 'trainees:get', { id: t.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect((await value(backend, 'trainees:trash', {})).map((x) => x.id)).toEqual([t.id]);
    await value(backend, 'trainees:restore', { id: t.id });
    expect((await list(backend, { yearId })).map((x) => x.id)).toEqual([t.id]);
    expect(await call(backend, 'trainees:restore', { id: t.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });

    // What hangs on the trainee goes with them, each row logged as deleted.
    const flight = await value(backend, 'flights:create', {
      traineeId: t.id, kind: 'arrival', flightNumber: 'KE 703', fromAirport: 'ICN', toAirport: 'NRT', departsLocal: '2024-05-20T09:10', arrivesLocal: '2024-05-20T11:35',
    });
    await value(backend, 'arrivals:mark', { flightId: flight.id, status: 'landed' });
    const hotel = await value(backend, 'places:create', { kind: 'hotel', nameJa: 'ホテル' });
    const room = await value(backend, 'rooms:create', { placeId: hotel.id, name: '501', capacity: 1 });
    const stay = await value(backend, 'stays:create', { yearId, traineeId: t.id, roomId: room.id, checkIn: '2024-05-20', checkOut: '2024-05-22' });
    await value(backend, 'trainees:delete', { id: t.id });
    advance(31);
    expect(await value(backend, 'trainees:trash', {})).toEqual([]);
    expect(purgeExpiredTrash(backend.ctx)).toBe(1); // as at the next start
    expect(tableCount(backend, 'flights') + tableCount(backend, 'arrival_events') + tableCount(backend, 'room_stays')).toBe(0);
    const deletes = backend.ctx.db.prepare("SELECT row_id FROM change_log WHERE op = 'delete'").all() as Array<{ row_id: string }>;
    expect(deletes.map((d) => d.row_id)).toEqual(expect.arrayContaining([t.id, flight.id, stay.id]));
  });

  it('finds people by every name form, in any script, width, kana or accent', async () => {
    const { backend, yearId } = await withYear();
    const ids: Record<string, string> = {};
    for (const [key, t] of Object.entries({
      kim: kim,
      jose: { familyNameNative: 'Peña Quispe', givenNameNative: 'José Luis', familyNameLatin: 'Peña Quispe', givenNameLatin: 'José Luis', nameKana: 'ホセ ルイス ペニャ キスペ', nameLang: 'es', nameOrder: 'given_first', nationality: 'PE', status: 'selected' },
      anita: { familyNameNative: 'श्रेष्ठ', givenNameNative: 'अनिता', familyNameLatin: 'Shrestha', givenNameLatin: 'Anita', nameKana: 'アニタ シュレスタ', nameLang: 'ne', nameOrder: 'given_first', nationality: 'NP', status: 'selected' },
      liu: { familyNameNative: '刘', givenNameNative: '佳', familyNameLatin: 'Liu', givenNameLatin: 'Jia', nameKana: 'リウ ジア', nameLang: 'zh-Hans', nameOrder: 'family_first', nationality: 'CN', status: 'selected' },
    } as const)) {
      ids[key] = (await value(backend, 'trainees:create', { yearId, ...t })).id;
    }
    const find = async (query: string) => (await list(backend, { query })).map((t) => t.id);
    expect(await find('kim')).toEqual([ids.kim]);
    expect(await find('KIM')).toEqual([ids.kim]);
    expect(await find('ｋｉｍ')).toEqual([ids.kim]);
    expect(await find('きむ')).toEqual([ids.kim]);
    expect(await find('シヒョン')).toEqual([ids.kim]);
    expect(await find('shihyon')).toEqual([ids.kim]);
    expect(await find('김시현')).toEqual([ids.kim]);
    expect(await find('시현')).toEqual([ids.kim]);
    expect(await find('Pena')).toEqual([ids.jose]);
    expect(await find('peña quispe')).toEqual([ids.jose]);
    expect(await find('अनिता')).toEqual([ids.anita]);
    expect(await find('刘佳')).toEqual([ids.liu]);
    expect(await find('佳')).toEqual([ids.liu]);
    expect(await find('nobody')).toEqual([]);
    expect(await find('%')).toEqual([]);
  });

  it('filters by year, country and status, and lists all years when no year is given', async () => {
    const { backend, yearId } = await withYear();
    const other = await value(backend, 'years:create', { fiscalYear: 2025 });
    await value(backend, 'trainees:create', { yearId, ...kim });
    await value(backend, 'trainees:create', { yearId: other.id, ...kim, givenNameLatin: 'Minji', status: 'applicant' });
    expect(await list(backend, {})).toHaveLength(2);
    expect(await list(backend, { yearId: other.id })).toHaveLength(1);
    expect(await list(backend, { status: 'applicant' })).toMatchObject([{ givenNameLatin: 'Minji' }]);
    expect(await list(backend, { country: 'CN' })).toEqual([]);
  });

  it('gives each bad input its own rule and saves nothing', async () => {
    const { backend, yearId } = await withYear();
    const cases: Array<[Partial<ChannelInput<'trainees:create'>>, string, string]> = [
      [{ familyNameLatin: '', givenNameLatin: '' }, 'givenNameLatin', 'name_required'],
      [{ birthDate: '2023-02-29' }, 'birthDate', 'invalid_date'],
      [{ passportExpiry: '2030-13-01' }, 'passportExpiry', 'invalid_date'],
      [{ nameKana: 'きむ' }, 'nameKana', 'katakana_only'],
      [{ nationality: 'ZZ' }, 'nationality', 'invalid_choice'],
      [{ nationality: '' }, 'nationality', 'required'],
      [{ status: 'lost' as 'selected' }, 'status', 'invalid_choice'],
      [{ gender: 'x' as 'male' }, 'gender', 'invalid_choice'],
      [{ email: 'kim@' }, 'email', 'invalid_email'],
      [{ emergencyPhone: 'call me' }, 'emergencyPhone', 'invalid_phone'],
      [{ passportNumber: 'M-123' }, 'passportNumber', 'invalid_passport'],
      [{ residenceCardNumber: '1234' }, 'residenceCardNumber', 'invalid_residence_card'],
      [{ status: 'withdrawn' }, 'withdrawnReason', 'reason_required'],
      [{ diet: 'keto' as 'halal' }, 'diet', 'invalid_choice'],
      [{ notes: 'あ'.repeat(4001) }, 'notes', 'too_long'],
    ];
    for (const [change, field, rule] of cases) {
      const result = await call(backend, 'trainees:create', { yearId, ...kim, ...change });
      expect(result.ok ? [] : result.error.params?.issues, `${field} ${JSON.stringify(change).slice(0, 40)}`).toEqual([{ field, rule }]);
    }
    expect(tableCount(backend, 'trainees')).toBe(0);
  });

  it('refuses a trainee for a year that does not exist', async () => {
    const { backend } = await withYear();
    const result = await call(backend, 'trainees:create', { yearId: '01900000-0000-7000-8000-000000000000', ...kim });
    expect(result).toEqual({ ok: false, error: { code: 'not_found', params: { entity: 'year' } } });
  });

  it('leaves the stored record and its history as they were when an update is invalid', async () => {
    const { backend, yearId } = await withYear();
    const created = await value(backend, 'trainees:create', { yearId, ...kim });
    const logged = tableCount(backend, 'change_log');
    const bad = await call(backend, 'trainees:update', { ...created, givenNameLatin: '', familyNameLatin: '' });
    expect(bad.ok).toBe(false);
    expect(await value(backend, 'trainees:get', { id: created.id })).toEqual(created);
    expect(tableCount(backend, 'change_log')).toBe(logged);
  });

  it('stores a cropped JPEG photo and refuses anything else', async () => {
    const { backend, yearId } = await withYear();
    const t = await value(backend, 'trainees:create', { yearId, ...kim });
    const photo = jpegOfSize(420, 540).toString('base64');
    const thumb = jpegOfSize(70, 90).toString('base64');
    const saved = await value(backend, 'trainees:set-photo', { id: t.id, photo, thumb });
    expect(saved.hasPhoto).toBe(true);
    expect(saved.warnings).not.toContain('no_photo');
    expect((await value(backend, 'trainees:photo', { id: t.id, size: 'thumb' })).dataUrl).toBe(`data:image/jpeg;base64,${thumb}`);

    const png = Buffer.from('89504e470d0a1a0a', 'hex').toString('base64');
    expect(await call(backend, 'trainees:set-photo', { id: t.id, photo: png, thumb })).toMatchObject({
      ok: false, error: { code: 'validation', params: { issues: [{ field: 'photo', rule: 'invalid_photo' }] } },
    });
    const huge = jpegOfSize(1200, 1600).toString('base64');
    expect(await call(backend, 'trainees:set-photo', { id: t.id, photo: huge, thumb })).toMatchObject({
      ok: false, error: { params: { issues: [{ field: 'photo', rule: 'photo_too_large' }] } },
    });
    expect((await value(backend, 'trainees:remove-photo', { id: t.id })).hasPhoto).toBe(false);
    expect((await value(backend, 'trainees:history', { id: t.id })).some((h) => h.field === 'photo')).toBe(true);
  });

  it('warns about a passport that expires before the host training ends', async () => {
    const { backend, yearId } = await withYear();
    const t = await value(backend, 'trainees:create', {
      yearId, ...kim, passportExpiry: '2025-01-31', emergencyName: '김영희', emergencyPhone: '+82 10 1234 5678',
    });
    expect(t.warnings).toEqual(['passport_expires', 'no_photo']);
    const fixed = await value(backend, 'trainees:update', { ...t, passportExpiry: '2031-01-31' });
    expect(fixed.warnings).toEqual(['no_photo']);
  });

  it('lists only the trainees with a given warning open, as the dashboard counts them', async () => {
    const { backend, yearId } = await withYear();
    const expiring = await value(backend, 'trainees:create', {
      yearId, ...kim, passportExpiry: '2025-01-31', emergencyName: '김영희', emergencyPhone: '+82 10 1234 5678',
    });
    const noContact = await value(backend, 'trainees:create', { yearId, ...kim, givenNameLatin: 'Minji' });
    const ids = async (warning: ChannelInput<'trainees:list'>['warning']) => (await list(backend, { yearId, warning })).map((t) => t.id);
    expect(await ids('passport_expires')).toEqual([expiring.id]);
    expect(await ids('no_emergency_contact')).toEqual([noContact.id]);
    expect((await ids('no_photo')).sort()).toEqual([expiring.id, noContact.id].sort());
    expect(await call(backend, 'trainees:list', { warning: 'no_visa' as never })).toMatchObject({
      ok: false, error: { code: 'validation', params: { issues: [{ field: 'warning', rule: 'invalid_choice' }] } },
    });
  });
});
