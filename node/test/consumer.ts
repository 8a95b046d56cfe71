// A TypeScript consumer, type-checked against the shipped declarations (tsc --noEmit in scripts/test.sh).
import { Fault, MockAdmin, MockAccount, RequestPattern, Resource, Times, type RecordedRequest } from 'composition-settings-mock';

export async function aTest(): Promise<RecordedRequest[]> {
  const admin: MockAdmin = MockAdmin.connect('http://localhost:8080');
  const account: MockAccount = admin.newAccount();
  await account.inject(Fault.status(503).onPost().times(1));
  await account.verify(RequestPattern.post(Resource.COMPOSITION_SETTINGS).withParam('FriendlyName', 'archive'), Times.once());
  await admin.clock().advance(1000);
  return account.requests();
}
