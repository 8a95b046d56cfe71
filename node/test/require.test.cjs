// The CommonJS entry: require() gets the same classes as import.
const assert = require('node:assert/strict');
const { test } = require('node:test');
const { Fault, MockAdmin, RequestPattern, Resource, Times } = require('composition-settings-mock');

test('require() works and the builders write the same JSON', () => {
  assert.deepEqual(Fault.status(503).onPost().times(1).toJSON('AC1'),
    { account: 'AC1', method: 'POST', times: 1, fault: { type: 'status', status: 503 } });
  assert.deepEqual(RequestPattern.post(Resource.COMPOSITION_SETTINGS).withoutParam('AwsS3Url').toJSON(),
    { method: 'POST', resource: 'CompositionSettings', params: { AwsS3Url: null } });
  assert.deepEqual(Times.between(1, 2).toJSON(), { atLeast: 1, atMost: 2 });
  assert.equal(typeof MockAdmin.connect, 'function');
});
