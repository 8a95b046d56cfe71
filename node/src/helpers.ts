// One shared mock per test run and a fresh account per test, for node:test, Vitest and Jest.
import { MockAccount, MockAdmin } from './client.js';

interface Hooks {
  before: (fn: () => Promise<void> | void) => unknown;
  after: (fn: () => Promise<void> | void) => unknown;
}

/** What `useCompositionSettingsMock` hands a test file. */
export interface SharedMock {
  /** The mock's admin client (available once the file's `before` hook ran). */
  readonly admin: MockAdmin;
  /** A fresh account, forgotten when the file's tests are done. */
  newAccount(): MockAccount;
}

/**
 * The mock of a test file: the one at `CSMOCK_URL` when it is set (what a global setup or CI gives),
 * else a container started for the file (needs Docker and the optional `testcontainers` package),
 * stopped after it. Accounts made with `newAccount()` are forgotten after the file's tests.
 *
 * ```js
 * import { before, after, test } from 'node:test';
 * const mock = useCompositionSettingsMock({ before, after });   // Vitest/Jest: beforeAll, afterAll
 * test('…', async () => { const account = mock.newAccount(); … });
 * ```
 */
export function useCompositionSettingsMock(hooks: Hooks, options: { image?: string; adminToken?: string } = {}): SharedMock {
  let admin: MockAdmin | undefined;
  let stop: (() => Promise<unknown>) | undefined;
  const accounts: MockAccount[] = [];
  hooks.before(async () => {
    const url = process.env.CSMOCK_URL;
    if (url) {
      admin = MockAdmin.connect(url, options.adminToken ?? process.env.CSMOCK_ADMIN_TOKEN);
      return;
    }
    const { CompositionSettingsMockContainer } = await import('./testcontainers.js');
    const container = new CompositionSettingsMockContainer(options.image ?? process.env.CSMOCK_IMAGE);
    if (options.adminToken) container.withAdminToken(options.adminToken);
    const started = await container.start();
    stop = () => started.stop();
    admin = started.admin();
  });
  hooks.after(async () => {
    await Promise.all(accounts.map((account) => account.forget().catch(() => undefined)));
    if (stop) await stop();
  });
  return {
    get admin(): MockAdmin {
      if (!admin) throw new Error('the mock is not started yet: use it inside a test (after the before hook)');
      return admin;
    },
    newAccount(): MockAccount {
      const account = this.admin.newAccount();
      accounts.push(account);
      return account;
    },
  };
}
