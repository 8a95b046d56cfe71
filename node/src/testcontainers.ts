// The mock's image as a container of one's tests, on the testcontainers npm package (an optional peer
// dependency, 11.x on Node 20): `await new CompositionSettingsMockContainer().withLatency(200).start()`.
import { AbstractStartedContainer, GenericContainer, StartedTestContainer, Wait, WaitStrategy } from 'testcontainers';
import { MockAdmin } from './client.js';

/** The server version this package is in step with, and the image it starts by default. */
export const SERVER_VERSION = '0.1.0-SNAPSHOT';
export const DEFAULT_IMAGE = `composition-settings-mock:${SERVER_VERSION}`;
const PORT = 8080;
const FILES = '/tmp/csmock';

export class CompositionSettingsMockContainer extends GenericContainer {
  private adminToken?: string;
  private ownWaitStrategy = false;

  constructor(image: string = DEFAULT_IMAGE) {
    super(image);
    this.withExposedPorts(PORT);
  }

  /** A snapshot (settings, rules, credentials) loaded at start-up and on reset (`MOCK_SEED_FILE`). */
  withSeed(snapshotJson: string): this {
    return this.withFile('seed.json', snapshotJson, 'MOCK_SEED_FILE');
  }

  /** A JSON array of rules installed at start-up and on reset (`MOCK_FAULTS_FILE`). */
  withFaults(rulesJson: string): this {
    return this.withFile('faults.json', rulesJson, 'MOCK_FAULTS_FILE');
  }

  withLatency(ms: number): this {
    return this.withEnvironment({ MOCK_LATENCY_MS: String(ms) });
  }

  withAdminToken(token: string): this {
    this.adminToken = token;
    return this.withEnvironment({ MOCK_ADMIN_TOKEN: token });
  }

  /** `lenient` (default), `strict` or `off`. */
  withAuthMode(mode: 'lenient' | 'strict' | 'off'): this {
    return this.withEnvironment({ MOCK_AUTH_MODE: mode });
  }

  /** Comma-separated `ACsid:token` and `SKsid:secret:ACsid` (`MOCK_AUTH_CREDENTIALS`). */
  withCredentials(credentials: string): this {
    return this.withEnvironment({ MOCK_AUTH_CREDENTIALS: credentials });
  }

  /** Only these credentials are accepted. */
  withStrictCredentials(credentials: string): this {
    return this.withAuthMode('strict').withCredentials(credentials);
  }

  withJournalSize(entries: number): this {
    return this.withEnvironment({ MOCK_JOURNAL_MAX_ENTRIES: String(entries) });
  }

  /** Your own wait strategy is kept; without one, the container is ready when `/q/health/ready` answers 200. */
  override withWaitStrategy(waitStrategy: WaitStrategy): this {
    this.ownWaitStrategy = true;
    return super.withWaitStrategy(waitStrategy);
  }

  override async start(): Promise<StartedCompositionSettingsMockContainer> {
    if (!this.ownWaitStrategy) {
      super.withWaitStrategy(Wait.forHttp('/q/health/ready', PORT).forStatusCode(200));
    }
    return new StartedCompositionSettingsMockContainer(await super.start(), this.adminToken);
  }

  private withFile(name: string, content: string, variable: string): this {
    this.withCopyContentToContainer([{ content, target: `${FILES}/${name}`, mode: 0o644 }]);
    return this.withEnvironment({ [variable]: `${FILES}/${name}` });
  }
}

export class StartedCompositionSettingsMockContainer extends AbstractStartedContainer {
  constructor(started: StartedTestContainer, private readonly adminToken?: string) {
    super(started);
  }

  /** The server root, without a trailing slash. */
  getBaseUrl(): string {
    return `http://${this.getHost()}:${this.getMappedPort(PORT)}`;
  }

  getAdminUrl(): string {
    return `${this.getBaseUrl()}/__admin`;
  }

  admin(): MockAdmin {
    return MockAdmin.connect(this.getBaseUrl(), this.adminToken);
  }
}
