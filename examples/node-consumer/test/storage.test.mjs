import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Fault, Phase, RequestPattern, Resource, Times, useCompositionSettingsMock } from 'composition-settings-mock';
import { enableArchive } from '../src/storage.mjs';

const BUCKET = 'https://my-bucket.s3.us-east-1.amazonaws.com/compositions';
const CREDENTIALS = 'CR0123456789abcdef0123456789abcdef';
// the mock at CSMOCK_URL, or a container for this file; a fresh account per test
const mock = useCompositionSettingsMock({ before, after });

test('storage is enabled once more after a 503', async () => {
  const account = mock.newAccount();
  await account.inject(Fault.status(503).onPost().times(1));

  const settings = await enableArchive(account.twilioClient(), BUCKET, CREDENTIALS);

  assert.equal(settings.awsStorageEnabled, true);
  await account.verify(RequestPattern.post(Resource.COMPOSITION_SETTINGS).withParam('AwsStorageEnabled', 'true'),
    Times.exactly(2));
});

test('an answer lost after the write is retried, and the write is idempotent', async () => {
  const account = mock.newAccount();
  await account.inject(Fault.connectionReset().onPost().phase(Phase.AFTER).times(1));

  await enableArchive(account.twilioClient(), BUCKET, CREDENTIALS);

  await account.verifySequence(RequestPattern.post(Resource.COMPOSITION_SETTINGS).endedByAConnectionFault(),
    RequestPattern.post(Resource.COMPOSITION_SETTINGS).status(200));
  assert.equal((await account.settings(Resource.COMPOSITION_SETTINGS)).awsS3Url, BUCKET);
});

test('a 400 is not retried', async () => {
  const account = mock.newAccount();
  await assert.rejects(enableArchive(account.twilioClient(), 'ftp://not-s3', CREDENTIALS), (error) => error.status === 400);
  await account.verify(RequestPattern.post(Resource.COMPOSITION_SETTINGS), Times.once());
});
