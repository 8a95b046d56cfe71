// The admin client of the mock, with the Java client's names in Node's idiom (camelCase, promises).
// It uses the platform's fetch only; twilio is an optional peer dependency, loaded from the user's project.
import { AssertionError } from 'node:assert';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Fault, RequestPattern, Resource, Times, resourcePath } from './builders.js';

/** Settings of one resource, as the client writes and reads them. */
export interface Settings {
  friendlyName?: string | null;
  awsCredentialsSid?: string | null;
  awsS3Url?: string | null;
  awsStorageEnabled?: boolean;
  encryptionKeySid?: string | null;
  encryptionEnabled?: boolean;
}

/** A rule as the mock holds it. */
export interface InstalledFault {
  id: string;
  account: string;
  hits: number;
  remaining: number | null;
  active: boolean;
  rule: Record<string, unknown>;
}

/** One request of the journal. */
export interface RecordedRequest {
  id: string;
  time: string;
  method: string;
  path: string;
  resource: string | null;
  account: string | null;
  status: number | null;
  durationMs: number;
  faultId: string | null;
  faultReason: string | null;
  params: Record<string, string>;
  headers: Record<string, string>;
  truncated: boolean;
  outcome: string;
  /** The Basic-auth user name the request authenticated with (an Account SID or an API key `SK…`). */
  credential: string | null;
}

/** One matcher a request failed: the field, the matcher as written, what the request had (secrets redacted). */
export interface Difference {
  field: string;
  expected: unknown;
  actual: unknown;
}

/** A journaled request that did not match: its Twilio-Request-Id, the request in words, what differed. */
export interface NearMiss {
  id: string;
  request: string;
  differences: Difference[];
}

/** The answer of a verification. */
export interface VerificationResult {
  holds: boolean;
  count: number;
  expected: string;
  message: string;
  closest: NearMiss[];
}

/** An admin call the mock refused: its status and the mock's error body. */
export class MockAdminError extends Error {
  constructor(readonly call: string, readonly status: number, readonly body: string) {
    super(`${call} answered ${status}: ${body}`);
    this.name = 'MockAdminError';
  }
}

const SETTINGS_FIELDS: Array<[keyof Settings, string]> = [
  ['friendlyName', 'friendly_name'], ['awsCredentialsSid', 'aws_credentials_sid'], ['awsS3Url', 'aws_s3_url'],
  ['awsStorageEnabled', 'aws_storage_enabled'], ['encryptionKeySid', 'encryption_key_sid'],
  ['encryptionEnabled', 'encryption_enabled'],
];

function toWire(settings: Settings): Record<string, unknown> {
  const wire: Record<string, unknown> = {};
  for (const [name, field] of SETTINGS_FIELDS) {
    if (settings[name] !== undefined) wire[field] = settings[name];
  }
  return wire;
}

function fromWire(wire: Record<string, unknown>): Settings {
  const settings: Record<string, unknown> = {};
  for (const [name, field] of SETTINGS_FIELDS) settings[name] = wire[field] ?? null;
  return settings as Settings;
}

function installed(json: Record<string, unknown>): InstalledFault {
  return {
    id: String(json.id), account: String(json.account), hits: Number(json.hits ?? 0),
    remaining: json.remaining === null || json.remaining === undefined ? null : Number(json.remaining),
    active: json.active !== false, rule: json,
  };
}

function hex(bytes: number): string {
  return randomBytes(bytes).toString('hex');
}

/** The mock's admin API (`/__admin`). `MockAdmin.connect('http://localhost:8080')`. */
export class MockAdmin {
  private readonly admin: string;

  private constructor(readonly baseUrl: string, private readonly adminToken?: string) {
    this.admin = baseUrl.replace(/\/+$/, '') + '/__admin/';
  }

  /** The admin client of the mock at `url` (its root, e.g. `http://localhost:8080`), with its admin token if it has one. */
  static connect(url: string, adminToken?: string): MockAdmin {
    return new MockAdmin(url.replace(/\/+$/, ''), adminToken);
  }

  /** A fresh account of its own: a random Account SID and token (lenient mode accepts any). */
  newAccount(): MockAccount {
    return new MockAccount(this, 'AC' + hex(16), hex(16));
  }

  account(sid: string, token: string): MockAccount {
    return new MockAccount(this, sid, token);
  }

  /** Forgets an account: its settings, rules and journal entries. */
  async forget(sid: string): Promise<void> {
    await this.call('DELETE', `accounts/${encodeURIComponent(sid)}`, undefined, [204]);
  }

  async seed(sid: string, resource: Resource, settings: Settings): Promise<Settings> {
    return fromWire(await this.call('PUT', `accounts/${encodeURIComponent(sid)}/${resource}`, toWire(settings), [200]));
  }

  /** The settings of one resource of an account, or null when it never had any. */
  async settings(sid: string, resource: Resource): Promise<Settings | null> {
    const answer = await this.send('GET', `accounts/${encodeURIComponent(sid)}/${resource}`, undefined, [200, 404]);
    return answer.status === 404 ? null : fromWire(answer.json);
  }

  async clearSettings(sid: string, resource: Resource): Promise<void> {
    await this.send('DELETE', `accounts/${encodeURIComponent(sid)}/${resource}`, undefined, [204, 404]);
  }

  async inject(sid: string, fault: Fault): Promise<InstalledFault> {
    return installed(await this.call('POST', 'faults', fault.toJSON(sid), [201]));
  }

  /** A rule for every account (`*`): it reaches every test using this mock. */
  async injectForAnyAccount(fault: Fault): Promise<InstalledFault> {
    return installed(await this.call('POST', 'faults', fault.toJSON('*'), [201]));
  }

  async faults(sid?: string): Promise<InstalledFault[]> {
    const rules = await this.call('GET', 'faults' + query({ account: sid }), undefined, [200]);
    return (rules as unknown as Array<Record<string, unknown>>).map(installed);
  }

  async fault(id: string): Promise<InstalledFault | null> {
    const answer = await this.send('GET', `faults/${encodeURIComponent(id)}`, undefined, [200, 404]);
    return answer.status === 404 ? null : installed(answer.json);
  }

  async removeFault(id: string): Promise<void> {
    await this.call('DELETE', `faults/${encodeURIComponent(id)}`, undefined, [204]);
  }

  async removeFaults(sid: string): Promise<void> {
    await this.call('DELETE', 'faults' + query({ account: sid }), undefined, [204]);
  }

  /** Removes every rule of every account. */
  async removeAllFaults(): Promise<void> {
    await this.call('DELETE', 'faults', undefined, [204]);
  }

  /** The journal (newest first), of one account or all; with a pattern, only the requests that match it (matched by the mock). */
  requests(sid?: string, limit?: number): Promise<RecordedRequest[]>;
  requests(sid: string | undefined, pattern: RequestPattern, limit?: number): Promise<RecordedRequest[]>;
  async requests(sid?: string, patternOrLimit?: RequestPattern | number, limit?: number): Promise<RecordedRequest[]> {
    if (patternOrLimit instanceof RequestPattern) {
      const found = await this.call('POST', 'requests/find', { ...search(sid, patternOrLimit), limit: limit ?? 1000 }, [200]);
      return found.requests as RecordedRequest[];
    }
    const page = await this.call('GET', 'requests' + query({ account: sid, limit: String(patternOrLimit ?? 1000) }),
      undefined, [200]);
    return page.requests as RecordedRequest[];
  }

  /** How many requests of one account (or of every account) the journal holds; with a pattern, how many match it. */
  async countRequests(sid?: string, pattern?: RequestPattern): Promise<number> {
    if (pattern) {
      return Number((await this.call('POST', 'requests/count', search(sid, pattern), [200])).count);
    }
    return Number((await this.call('GET', 'requests/count' + query({ account: sid }), undefined, [200])).count);
  }

  /** Clears one account's part of the journal (or the whole journal when `sid` is undefined). */
  async clearRequests(sid?: string): Promise<void> {
    await this.call('DELETE', 'requests' + query({ account: sid }), undefined, [204]);
  }

  /** Whether the account sent requests matching the pattern `times` times (default: at least once). */
  async check(sid: string, pattern: RequestPattern, times: Times = Times.atLeast(1)): Promise<VerificationResult> {
    const body = { account: sid, ...pattern.toJSON(), times: times.toJSON() };
    return (await this.call('POST', 'requests/verify', body, [202, 406])) as unknown as VerificationResult;
  }

  /** Rejects with node's AssertionError and the mock's message when the verification does not hold. */
  async verify(sid: string, pattern: RequestPattern, times: Times = Times.atLeast(1)): Promise<void> {
    const result = await this.check(sid, pattern, times);
    if (!result.holds) {
      const error = new AssertionError({ message: result.message, actual: result.count, expected: result.expected,
        operator: 'verify' });
      Object.assign(error, { closest: result.closest });
      throw error;
    }
  }

  /** Rejects with node's AssertionError when the account's requests do not contain these in this order. */
  async verifySequence(sid: string, ...patterns: RequestPattern[]): Promise<void> {
    const body = { account: sid, requests: patterns.map((pattern) => pattern.toJSON()) };
    const result = await this.call('POST', 'requests/verify-sequence', body, [202, 406]);
    if (!result.holds) {
      throw new AssertionError({ message: String(result.message), actual: result.matched, expected: patterns.length,
        operator: 'verifySequence' });
    }
  }

  async addCredential(username: string, password: string, sid?: string): Promise<void> {
    await this.call('POST', 'credentials', { username, password, ...(sid ? { account: sid } : {}) }, [201]);
  }

  async removeCredential(username: string): Promise<void> {
    await this.call('DELETE', `credentials/${encodeURIComponent(username)}`, undefined, [204]);
  }

  /** The whole state as the JSON text of `/__admin/snapshot`. */
  async snapshot(): Promise<string> {
    return (await this.send('GET', 'snapshot', undefined, [200])).text;
  }

  async restore(snapshot: string): Promise<void> {
    await this.send('PUT', 'snapshot', snapshot, [204]);
  }

  /** Back to the start-up state (every account of every test). */
  async reset(): Promise<void> {
    await this.call('POST', 'reset', undefined, [204]);
  }

  /** Sets up a Pact provider state; rejects when the mock refuses it. */
  async providerState(state: string, params: Record<string, unknown>): Promise<void> {
    await this.call('POST', 'pact/provider-states', { state, params, action: 'setup' }, [200]);
  }

  async providerStateTeardown(state: string, params: Record<string, unknown>): Promise<void> {
    await this.call('POST', 'pact/provider-states', { state, params, action: 'teardown' }, [200]);
  }

  /** The mock's clock, which quotas, windows and ramps read. */
  clock(): MockClock {
    return new MockClock(this);
  }

  /** @internal an admin call that must answer one of `accepted`, as JSON. */
  async call(method: string, path: string, body: unknown, accepted: number[]): Promise<Record<string, any>> {
    return (await this.send(method, path, body, accepted)).json;
  }

  private async send(method: string, path: string, body: unknown, accepted: number[]) {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (this.adminToken) headers.Authorization = `Bearer ${this.adminToken}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(this.admin + path, {
      method, headers, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    if (!accepted.includes(response.status)) {
      throw new MockAdminError(`${method} ${this.admin}${path}`, response.status, text);
    }
    return { status: response.status, text, json: text ? JSON.parse(text) : {} };
  }
}

function search(sid: string | undefined, pattern: RequestPattern): Record<string, unknown> {
  return { ...(sid ? { account: sid } : {}), ...pattern.toJSON() };
}

function query(values: Record<string, string | undefined>): string {
  const present = Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return present.length ? '?' + new URLSearchParams(present).toString() : '';
}

/** One account of the mock: a test's own tenant, kept apart from every other test's. */
export class MockAccount {
  constructor(readonly admin: MockAdmin, readonly sid: string, readonly token: string) {}

  get baseUrl(): string {
    return this.admin.baseUrl;
  }

  inject(fault: Fault): Promise<InstalledFault> {
    return this.admin.inject(this.sid, fault);
  }

  faults(): Promise<InstalledFault[]> {
    return this.admin.faults(this.sid);
  }

  removeFaults(): Promise<void> {
    return this.admin.removeFaults(this.sid);
  }

  seed(resource: Resource, settings: Settings): Promise<Settings> {
    return this.admin.seed(this.sid, resource, settings);
  }

  settings(resource: Resource): Promise<Settings | null> {
    return this.admin.settings(this.sid, resource);
  }

  /** This account's requests, newest first; with a pattern, only those that match it (the mock does the matching). */
  requests(pattern?: RequestPattern): Promise<RecordedRequest[]> {
    return pattern ? this.admin.requests(this.sid, pattern) : this.admin.requests(this.sid);
  }

  /** How many of this account's requests match the pattern. */
  count(pattern: RequestPattern = RequestPattern.anyRequest()): Promise<number> {
    return this.admin.countRequests(this.sid, pattern);
  }

  check(pattern: RequestPattern, times?: Times): Promise<VerificationResult> {
    return this.admin.check(this.sid, pattern, times);
  }

  verify(pattern: RequestPattern, times?: Times): Promise<void> {
    return this.admin.verify(this.sid, pattern, times);
  }

  verifySequence(...patterns: RequestPattern[]): Promise<void> {
    return this.admin.verifySequence(this.sid, ...patterns);
  }

  /** Forgets the account on the mock (settings, rules, journal). */
  forget(): Promise<void> {
    return this.admin.forget(this.sid);
  }

  /**
   * A twilio-node client for this account, pointed at the mock (`client.video.baseUrl`). twilio is
   * an optional peer dependency: it is loaded from the project that runs the tests.
   */
  twilioClient(options: Record<string, unknown> = {}): any {
    const load = createRequire(join(process.cwd(), 'package.json'));
    let twilio: any;
    try {
      twilio = load('twilio');
    } catch {
      throw new Error('twilioClient() needs the twilio package: npm install --save-dev twilio');
    }
    const client = twilio(this.sid, this.token, options);
    client.video.baseUrl = this.baseUrl;
    return client;
  }

  /** The path of a resource of this account's API, e.g. for plain fetch calls. */
  url(resource: Resource): string {
    return this.baseUrl + resourcePath(resource);
  }
}

/** The mock's clock (`/__admin/clock`): freeze it, advance it, give it back to real time. */
export class MockClock {
  constructor(private readonly admin: MockAdmin) {}

  async now(): Promise<Date> {
    return new Date(Number((await this.admin.call('GET', 'clock', undefined, [200])).nowMs));
  }

  async isFrozen(): Promise<boolean> {
    return Boolean((await this.admin.call('GET', 'clock', undefined, [200])).frozen);
  }

  async freeze(): Promise<Date> {
    return new Date(Number((await this.admin.call('POST', 'clock/freeze', undefined, [200])).nowMs));
  }

  async advance(ms: number): Promise<Date> {
    return new Date(Number((await this.admin.call('POST', 'clock/advance', { ms }, [200])).nowMs));
  }

  async release(): Promise<void> {
    await this.admin.call('POST', 'clock/release', undefined, [200]);
  }
}
