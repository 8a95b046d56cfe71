// The container module against the image: skipped without a Docker engine or the image, unless
// CSMOCK_CONTAINERS_REQUIRED=true (.ci/run) makes that a failure.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { getContainerRuntimeClient, ImageName } from 'testcontainers';
import { Fault, RequestPattern, Resource, Times, useCompositionSettingsMock } from 'composition-settings-mock';
import { CompositionSettingsMockContainer, DEFAULT_IMAGE } from 'composition-settings-mock/testcontainers';

const image = process.env.CSMOCK_IMAGE ?? DEFAULT_IMAGE;

async function problem() {
  try {
    const client = await getContainerRuntimeClient();
    return (await client.image.exists(ImageName.fromString(image))) ? null : `the image ${image} is not built here`;
  } catch (error) {
    return `no Docker engine here (${error.message})`;
  }
}
const missing = await problem();
if (missing && process.env.CSMOCK_CONTAINERS_REQUIRED === 'true') {
  throw new Error(`the container tests are required (CSMOCK_CONTAINERS_REQUIRED=true) but ${missing}`);
}
const skip = missing ? `skipped: ${missing}` : false;

test('the container gets every setting and answers on its mapped port', { skip }, async () => {
  const account = 'AC' + 'cd'.repeat(16);
  const seed = { accounts: { [account]: { CompositionSettings: { friendly_name: 'seeded in the container' } } },
    faults: [], credentials: [] };
  const started = await new CompositionSettingsMockContainer(image)
    .withSeed(JSON.stringify(seed))
    .withFaults(JSON.stringify([Fault.status(503).onPost().toJSON(account)]))
    .withAdminToken('s3cret').withJournalSize(50).withLatency(5)
    .start();
  try {
    assert.match(started.getBaseUrl(), /^http:\/\/[^/]+:\d+$/);
    assert.equal(started.getAdminUrl(), started.getBaseUrl() + '/__admin');
    const admin = started.admin();
    assert.equal((await admin.settings(account, Resource.COMPOSITION_SETTINGS)).friendlyName, 'seeded in the container');
    assert.deepEqual((await admin.faults(account)).map((rule) => rule.account), [account]);
    assert.equal((await fetch(started.getAdminUrl() + '/faults')).status, 401, 'the admin token is required');
  } finally {
    await started.stop();
  }
});

// one shared mock for the file (CSMOCK_URL when set, else a container), two tests at once kept apart by account
const shared = process.env.CSMOCK_URL || !missing;
const mock = shared ? useCompositionSettingsMock({ before, after }, { image }) : null;

test('two parallel tests on one mock never see each other\'s faults', { skip: shared ? false : skip, concurrency: 2 },
  async (t) => {
  const client = async (account) => account.twilioClient().video.v1.recordingSettings();
  await Promise.all([
    t.test('one with a fault', async () => {
      const account = mock.newAccount();
      await account.inject(Fault.status(503).on(Resource.RECORDING_SETTINGS));
      for (let i = 0; i < 10; i++) {
        await assert.rejects((await client(account)).fetch(), (error) => error.status === 503);
      }
    }),
    t.test('one without', async () => {
      const account = mock.newAccount();
      for (let i = 0; i < 10; i++) {
        assert.equal((await (await client(account)).fetch()).accountSid, account.sid);
      }
      await account.verify(RequestPattern.get(Resource.RECORDING_SETTINGS).status(200), Times.exactly(10));
    }),
  ]);
});
