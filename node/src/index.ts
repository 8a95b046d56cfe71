export { Delay, Fault, Phase, RequestPattern, Resource, Times, ValueMatcher, resourcePath } from './builders.js';
export { MockAccount, MockAdmin, MockAdminError, MockClock } from './client.js';
export type { Difference, InstalledFault, NearMiss, RecordedRequest, Settings, VerificationResult } from './client.js';
export { useCompositionSettingsMock } from './helpers.js';
export type { SharedMock } from './helpers.js';
