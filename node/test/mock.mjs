// The mock the tests run against: CSMOCK_URL (scripts/test.sh starts the packaged server and sets it).
import { MockAdmin } from 'composition-settings-mock';

if (!process.env.CSMOCK_URL) {
  throw new Error('CSMOCK_URL is not set: run the tests with scripts/test.sh, or point CSMOCK_URL at a running mock');
}
export const admin = MockAdmin.connect(process.env.CSMOCK_URL);
