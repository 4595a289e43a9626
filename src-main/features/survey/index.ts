/** What other features may use of the demand survey: hosts' answers, and the row writes the survey import makes. */
export { findAnswer, insertAnswer, listAnswers, updateAnswer, type AnswerFields } from './survey.repo';
/** The channels, for the composition root (features/handlers.ts). */
export { surveyHandlers } from './survey.handlers';
