export { applyContactConsentRuleOnce } from './alumni.erasure';
/** The channels, for the composition root (features/handlers.ts). */
export { alumniHandlers } from './alumni.handlers';
