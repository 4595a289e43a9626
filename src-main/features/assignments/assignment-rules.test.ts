import { describe, expect, it } from 'vitest';
import { assignmentWarnings, matchMarks, overlaps, rankSuggestions, rankTrainees, type RuleAnswer, type RuleHost, type RuleTrainee } from './assignment-rules';

const gyeongju = 'sg-gyeongju';
const kim: RuleTrainee = { nationality: 'KR', sendingGovernmentId: gyeongju, trainingFieldId: 'general', status: 'selected' };
const answer: RuleAnswer = {
  requestedCount: 1, matchedCount: 0, preferredCountry: 'KR', preferredSendingGovernmentId: null, trainingFieldId: 'general', status: 'received',
};
const usa: RuleHost = { hostId: 'usa', answer, tiedSendingGovernmentIds: new Set([gyeongju]) };
const fy = { startsOn: '2024-06-24', endsOn: '2025-03-31' };

describe('assignment rules', () => {
  it('marks a sister city, a field match and a country preference', () => {
    expect(matchMarks(kim, usa)).toEqual(['sister_city', 'field', 'country']);
    expect(matchMarks({ ...kim, nationality: 'CN', sendingGovernmentId: 'x', trainingFieldId: null }, usa)).toEqual([]);
    expect(matchMarks({ ...kim, nationality: 'CN' }, { ...usa, answer: { ...answer, preferredCountry: null, preferredSendingGovernmentId: gyeongju } })).toContain('country');
  });

  it('warns when the requested number would be exceeded', () => {
    expect(assignmentWarnings(kim, usa, fy, [])).toEqual([]);
    expect(assignmentWarnings(kim, { ...usa, answer: { ...answer, matchedCount: 1 } }, fy, [])).toEqual(['capacity_exceeded']);
  });

  it('warns when the dates overlap another assignment of the same trainee', () => {
    expect(assignmentWarnings(kim, usa, fy, [{ startsOn: '2025-03-01', endsOn: null }])).toEqual(['dates_overlap']);
    expect(assignmentWarnings(kim, usa, fy, [{ startsOn: '2025-04-01', endsOn: '2025-05-31' }])).toEqual([]);
  });

  it('warns about a withdrawn trainee and a host with no survey answer', () => {
    expect(assignmentWarnings({ ...kim, status: 'withdrawn' }, usa, fy, [])).toEqual(['trainee_withdrawn']);
    expect(assignmentWarnings(kim, { ...usa, answer: null }, fy, [])).toEqual(['no_survey_answer']);
  });

  it('reads open-ended periods as running on', () => {
    expect(overlaps({ startsOn: null, endsOn: null }, fy)).toBe(true);
    expect(overlaps({ startsOn: '2025-04-01', endsOn: null }, fy)).toBe(false);
    expect(overlaps({ startsOn: '2025-03-31', endsOn: null }, fy)).toBe(true);
  });

  it('suggests the sister city first, and only hosts that still ask or are tied', () => {
    const other: RuleHost = { hostId: 'other', answer: { ...answer, trainingFieldId: 'tourism' }, tiedSendingGovernmentIds: new Set() };
    const full: RuleHost = { hostId: 'full', answer: { ...answer, matchedCount: 1 }, tiedSendingGovernmentIds: new Set() };
    const declined: RuleHost = { hostId: 'declined', answer: { ...answer, status: 'declined' }, tiedSendingGovernmentIds: new Set() };
    const tiedOnly: RuleHost = { hostId: 'tied', answer: null, tiedSendingGovernmentIds: new Set([gyeongju]) };
    const ranked = rankSuggestions(kim, [other, full, declined, usa, tiedOnly], fy, []);
    expect(ranked.map((s) => s.hostId)).toEqual(['usa', 'tied', 'other']);
    expect(ranked[0]).toEqual({ hostId: 'usa', marks: ['sister_city', 'field', 'country'], warnings: [] });
    expect(ranked[1]!.warnings).toEqual(['no_survey_answer']);
  });

  it('puts the sister city\'s trainee first for a host', () => {
    const wang = { id: 'wang', nationality: 'CN', sendingGovernmentId: 'changde', trainingFieldId: 'general', status: 'selected' };
    const park = { id: 'park', nationality: 'KR', sendingGovernmentId: 'other-kr', trainingFieldId: null, status: 'selected' };
    const ranked = rankTrainees(usa, [wang, park, { ...kim, id: 'kim' }], fy, () => []);
    expect(ranked.map((r) => r.traineeId)).toEqual(['kim', 'park', 'wang']);
    expect(ranked[0]!.marks).toEqual(['sister_city', 'field', 'country']);
  });
});
