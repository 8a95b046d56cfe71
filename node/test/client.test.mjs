import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { Delay, Fault, Phase, RequestPattern, Resource, Times, ValueMatcher } from 'composition-settings-mock';
import { admin } from './mock.mjs';

const accounts = [];
function newAccount() {
  const account = admin.newAccount();
  accounts.push(account);
  return account;
}
after(async () => {
  await Promise.all(accounts.map((account) => account.forget()));
});

test('a fault reaches twilio-node, and verify passes and fails with the mock\'s message', async () => {
  const account = newAccount();
  await account.inject(Fault.status(503).onPost().times(1));
  const client = account.twilioClient();

  await assert.rejects(client.video.v1.compositionSettings().create({ friendlyName: 'archive' }),
    (error) => error.status === 503 && error.code === 20503);
  const created = await client.video.v1.compositionSettings().create({ friendlyName: 'archive' });
  assert.equal(created.friendlyName, 'archive');
  assert.equal(created.accountSid, account.sid);

  await account.verify(RequestPattern.post(Resource.COMPOSITION_SETTINGS).withParam('FriendlyName', 'archive'),
    Times.exactly(2));
  await account.verify(RequestPattern.post(Resource.COMPOSITION_SETTINGS).faulted(true).status(503), Times.once());
  await assert.rejects(
    account.verify(RequestPattern.post(Resource.COMPOSITION_SETTINGS).withParam('FriendlyName', 'archve'), Times.once()),
    (error) => error instanceof assert.AssertionError
      && error.message === `expected exactly 1 POST CompositionSettings with FriendlyName=archve for ${account.sid}, got 0;`
        + ' closest: POST with FriendlyName=archive (1 difference); POST with FriendlyName=archive (1 difference)'
      && error.closest.length === 2);
});

test('phase after: the write happens, the answer is lost; a retry is verified in sequence', async () => {
  const account = newAccount();
  await account.inject(Fault.connectionReset().onPost().phase(Phase.AFTER).times(1));
  const client = account.twilioClient();

  await assert.rejects(client.video.v1.compositionSettings().create({ friendlyName: 'stored anyway' }));
  assert.equal((await account.settings(Resource.COMPOSITION_SETTINGS)).friendlyName, 'stored anyway');
  await client.video.v1.compositionSettings().create({ friendlyName: 'stored anyway' });

  await account.verifySequence(RequestPattern.post(Resource.COMPOSITION_SETTINGS).endedByAConnectionFault(),
    RequestPattern.post(Resource.COMPOSITION_SETTINGS).status(200));
  await assert.rejects(account.verifySequence(RequestPattern.post(Resource.COMPOSITION_SETTINGS).status(200),
    RequestPattern.post(Resource.COMPOSITION_SETTINGS).endedByAConnectionFault()), assert.AssertionError);
});

test('twilio-node with autoRetry waits out a quota: the journal shows the 429s and the retried success', async () => {
  const account = newAccount();
  await account.inject(Fault.quota(1, 400).onGet());
  const client = account.twilioClient({ autoRetry: true, maxRetries: 8 });

  await client.video.v1.compositionSettings().fetch();
  const second = await client.video.v1.compositionSettings().fetch();
  assert.equal(second.accountSid, account.sid);

  await account.verify(RequestPattern.get(Resource.COMPOSITION_SETTINGS).status(429), Times.atLeast(1));
  await account.verify(RequestPattern.get(Resource.COMPOSITION_SETTINGS).status(200), Times.exactly(2));
  const limited = (await account.requests()).filter((request) => request.status === 429);
  assert.ok(limited.every((request) => request.faultReason === 'quota'));
});

test('provider states are applied, and a state the mock refuses rejects', async () => {
  const account = newAccount();
  await admin.providerState('composition settings exist', { accountSid: account.sid, friendlyName: 'from a state' });
  assert.equal((await account.settings(Resource.COMPOSITION_SETTINGS)).friendlyName, 'from a state');
  await assert.rejects(admin.providerState('the moon is full', { accountSid: account.sid }),
    (error) => error.status === 400 && error.body.includes('the service fails'));
  await admin.providerStateTeardown('composition settings exist', { accountSid: account.sid });
  assert.equal(await account.settings(Resource.COMPOSITION_SETTINGS), null);
});

test('every rule a builder makes is accepted by the mock, as the JSON of the docs', async () => {
  const account = newAccount();
  const faults = [
    Fault.status(429).code(20429).message('Too Many Requests').retryAfterSeconds(2).onGet(),
    Fault.malformedBody('truncated-json').withStatus(200).on(Resource.RECORDING_SETTINGS),
    Fault.contentType('text/plain'), Fault.connectionReset().phase(Phase.AFTER), Fault.connectionClose(),
    Fault.hang(1000).skip(100), Fault.dribble(5, 500).times(2), Fault.quota(5, 1000).startingAfter(10).activeFor(1000),
    Fault.concurrencyLimit(2), Fault.status(500).probability(0.25, 7),
    Fault.status(500).probabilityRamp(0, 0.5, 60000, 7).id(`ramp-${account.sid.substring(2, 10)}`),
    Fault.delayOnly(Delay.fixed(1)), Fault.delayOnly(Delay.uniform(1, 2)), Fault.delayOnly(Delay.lognormal(1, 0.5, 5)),
    Fault.delayOnly(Delay.ramp(0, 10, 1000)), Fault.status(503).after(Delay.fixed(1)),
  ];
  assert.deepEqual(Fault.quota(5, 1000).onPost().toJSON('AC1'),
    { account: 'AC1', method: 'POST', fault: { type: 'quota', limit: 5, windowMs: 1000 } });
  for (const fault of faults) {
    const rule = await account.inject(fault);
    assert.equal(rule.account, account.sid);
  }
  assert.equal((await account.faults()).length, faults.length);
  const patterns = [RequestPattern.anyRequest(), RequestPattern.get(Resource.RECORDING_SETTINGS).status(200).faulted(false),
    RequestPattern.post(Resource.COMPOSITION_SETTINGS).withParam('FriendlyName', 'x').withoutParam('AwsS3Url'),
    RequestPattern.anyRequest().endedByAConnectionFault()];
  const times = [Times.once(), Times.exactly(2), Times.atLeast(1), Times.atMost(3), Times.never(), Times.between(1, 2)];
  for (const pattern of patterns) {
    for (const each of times) {
      const result = await account.check(pattern, each);
      assert.equal(typeof result.holds, 'boolean');
    }
  }
});

test('the clock freezes and advances a window without waiting', async () => {
  const account = newAccount();
  const clock = admin.clock();
  const frozen = await clock.freeze();
  try {
    await account.inject(Fault.status(503).startingAfter(10_000).activeFor(30_000));
    const client = account.twilioClient();
    await client.video.v1.recordingSettings().fetch();
    assert.equal((await clock.advance(10_000)).getTime(), frozen.getTime() + 10_000);
    await assert.rejects(client.video.v1.recordingSettings().fetch(), (error) => error.status === 503);
    await clock.advance(30_000);
    await client.video.v1.recordingSettings().fetch();
  } finally {
    await clock.release();
  }
  assert.equal(await clock.isFrozen(), false);
});

test('matchers beyond equality: every one understood by the mock, requests and count filtered, typed near misses', async () => {
  const account = newAccount();
  const client = account.twilioClient();
  await client.video.v1.compositionSettings().create({ friendlyName: 'Archive-2026' });
  await client.video.v1.compositionSettings().create({ friendlyName: 'tmp' });
  const post = () => RequestPattern.post(Resource.COMPOSITION_SETTINGS);

  await account.verify(post().withParam('FriendlyName', ValueMatcher.matching('Arch.*-\\d{4}')), Times.once());
  await account.verify(post().withParam('FriendlyName', ValueMatcher.equalToIgnoreCase('ARCHIVE-2026')), Times.once());
  await account.verify(post().withParam('FriendlyName', ValueMatcher.notMatching('tmp')), Times.once());
  await account.verify(post().withParam('FriendlyName', ValueMatcher.containing('202')), Times.once());
  await account.verify(post().withAnyParam('FriendlyName').withParam('AwsS3Url', ValueMatcher.absent()), Times.exactly(2));
  await account.verify(post().withParam('FriendlyName', ValueMatcher.present()), Times.exactly(2));
  await account.verify(post().withHeader('user-agent', ValueMatcher.matching('twilio-node/.*'))
    .withoutHeader('X-Not-Sent').withCredential(account.sid), Times.exactly(2));

  const archives = post().withParam('FriendlyName', ValueMatcher.matching('arch.*'));
  assert.equal(await account.count(archives), 0);
  const named = post().withParam('FriendlyName', ValueMatcher.equalToIgnoreCase('archive-2026'));
  assert.deepEqual((await account.requests(named)).map((r) => r.params.FriendlyName), ['Archive-2026']);
  assert.equal(await account.count(named), 1);
  assert.equal((await account.requests())[0].credential, account.sid);

  const result = await account.check(archives, Times.once());
  assert.equal(result.holds, false);
  assert.ok(result.message.includes('with FriendlyName matching arch.* for'), result.message);
  assert.deepEqual(result.closest[0].differences,
    [{ field: 'params.FriendlyName', expected: { matches: 'arch.*' }, actual: 'tmp' }]);
  await assert.rejects(account.count(post().withParam('FriendlyName', ValueMatcher.matching('arch('))),
    (error) => error.status === 400 && error.body.includes('params.FriendlyName: matches is not a valid Java regular expression'));
});
