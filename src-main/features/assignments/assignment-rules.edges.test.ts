import { describe, expect, it } from 'vitest';
import { overlaps, rankSuggestions, rankTrainees, type RuleHost, type RuleTrainee } from './assignment-rules';

const trainee: RuleTrainee = { nationality: 'KR', sendingGovernmentId: 'usa-tie', trainingFieldId: 'f1', status: 'selected' };
const answer = { requestedCount: 2, matchedCount: 0, preferredCountry: null, preferredSendingGovernmentId: null, trainingFieldId: null, status: 'received' };
const host = (hostId: string, over: Partial<RuleHost['answer'] & object> | null = {}, tied: string[] = []): RuleHost => ({
  hostId,
  answer: over === null ? null : { ...answer, ...over },
  tiedSendingGovernmentIds: new Set(tied),
});

describe('assignment rules at their edges', () => {
  it('periods open at either end overlap everything on that side', () => {
    const may = { startsOn: '2024-05-01', endsOn: '2024-05-31' };
    expect(overlaps(may, { startsOn: null, endsOn: '2024-05-01' })).toBe(true);
    expect(overlaps(may, { startsOn: null, endsOn: '2024-04-30' })).toBe(false);
    expect(overlaps(may, { startsOn: '2024-05-31', endsOn: null })).toBe(true);
    expect(overlaps(may, { startsOn: '2024-06-01', endsOn: null })).toBe(false);
    expect(overlaps({ startsOn: null, endsOn: '2024-05-01' }, may)).toBe(true);
    expect(overlaps({ startsOn: '2024-05-31', endsOn: null }, may)).toBe(true);
    expect(overlaps({ startsOn: null, endsOn: null }, may)).toBe(true);
    expect(overlaps(may, { startsOn: null, endsOn: null })).toBe(true);
    expect(overlaps({ startsOn: '2024-06-01', endsOn: '2024-06-30' }, may)).toBe(false);
    expect(overlaps({ startsOn: '2024-04-01', endsOn: '2024-04-30' }, may)).toBe(false);
  });

  it('among equal matches, ranks first the host with fewer warnings, in either list', () => {
    const period = { startsOn: '2024-06-01', endsOn: '2024-12-31' };
    const full = host('full', { requestedCount: 1, matchedCount: 1 }, ['usa-tie']); // tied, but over capacity
    const open = host('open', {}, ['usa-tie']);
    expect(rankSuggestions(trainee, [full, open], period, []).map((s) => s.hostId)).toEqual(['open', 'full']);
    expect(rankSuggestions(trainee, [open, full], period, []).map((s) => s.hostId)).toEqual(['open', 'full']);
    const trainees = [
      { ...trainee, id: 'gone', status: 'withdrawn' },
      { ...trainee, id: 'here' },
    ];
    expect(rankTrainees(open, trainees, period, () => []).map((t) => t.traineeId)).toEqual(['here', 'gone']);
    expect(rankTrainees(open, [...trainees].reverse(), period, () => []).map((t) => t.traineeId)).toEqual(['here', 'gone']);
  });

  it('scores a sister city over country over field, and suggests a host tied to the city even when it asks for nobody', () => {
    const period = { startsOn: null, endsOn: null };
    const country = host('country', { preferredCountry: 'KR' });
    const field = host('field', { trainingFieldId: 'f1' });
    const both = host('both', { preferredCountry: 'KR', trainingFieldId: 'f1' });
    const tiedClosed = host('tied', { status: 'declined', requestedCount: 0 }, ['usa-tie']);
    const closed = host('closed', { status: 'declined' });
    expect(rankSuggestions(trainee, [field, country, closed, both, tiedClosed], period, []).map((s) => s.hostId)).toEqual(['tied', 'both', 'country', 'field']);
    expect(rankSuggestions({ ...trainee, sendingGovernmentId: null }, [tiedClosed, field], period, []).map((s) => s.hostId)).toEqual(['field']);
    // A preferred sending government counts as the country mark; a preference for none does not match a trainee without one.
    const bySending = host('bySending', { preferredSendingGovernmentId: 'usa-tie' });
    expect(rankSuggestions(trainee, [bySending], period, [])[0]!.marks).toEqual(['country']);
    // A host that prefers another sending government gives no country mark to a trainee from elsewhere.
    expect(rankSuggestions(trainee, [host('byOther', { preferredSendingGovernmentId: 'other-city' })], period, [])[0]!.marks).toEqual([]);
    expect(rankSuggestions({ ...trainee, sendingGovernmentId: null, nationality: 'CN' }, [host('none', {})], period, [])[0]!.marks).toEqual([]);
  });
});
