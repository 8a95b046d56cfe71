// The builders of rules and patterns, with the Java client's names: each serialises to exactly the
// JSON of the admin API (docs/faults.md, docs/admin-api.md).

/** The two settings resources of the mock. */
export const Resource = {
  COMPOSITION_SETTINGS: 'CompositionSettings',
  RECORDING_SETTINGS: 'RecordingSettings',
} as const;
export type Resource = (typeof Resource)[keyof typeof Resource];

/** The path of a resource, e.g. `/v1/CompositionSettings/Default`. */
export function resourcePath(resource: Resource): string {
  return `/v1/${resource}/Default`;
}

/** When a fault applies: `before` the request is served (no effect) or `after` (a POST is stored, then the answer is lost). */
export const Phase = { BEFORE: 'before', AFTER: 'after' } as const;
export type Phase = (typeof Phase)[keyof typeof Phase];

type Json = Record<string, unknown>;

/** A delay of a rule: fixed, uniform, lognormal with a cap, or a ramp over time (milliseconds). */
export class Delay {
  private constructor(private readonly json: Json) {}

  static fixed(ms: number): Delay {
    return new Delay({ fixedMs: ms });
  }

  static uniform(minMs: number, maxMs: number): Delay {
    return new Delay({ uniformMs: [minMs, maxMs] });
  }

  static lognormal(medianMs: number, sigma: number, maxMs: number): Delay {
    return new Delay({ lognormal: { medianMs, sigma, maxMs } });
  }

  /** From `fromMs` at the rule's installation to `toMs` after `overMs`, on the mock's clock. */
  static ramp(fromMs: number, toMs: number, overMs: number): Delay {
    return new Delay({ rampMs: { fromMs, toMs, overMs } });
  }

  toJSON(): Json {
    return this.json;
  }
}

/**
 * A fault rule, built fluently: `Fault.status(503).onPost().times(1)`, `Fault.quota(5, 1000)`,
 * `Fault.connectionReset().phase(Phase.AFTER)`. The account is the one it is injected for.
 */
export class Fault {
  private readonly rule: Json = {};

  private constructor(private readonly fault: Json | null) {}

  private static of(type: string, fields: Json = {}): Fault {
    return new Fault({ type, ...fields });
  }

  /** An error status in Twilio's shape (4xx or 5xx); code and message default per status. */
  static status(status: number): Fault {
    return Fault.of('status', { status });
  }

  /** `truncated-json`, `invalid-json`, `empty`, `null`, `wrong-types`, `html` or `random-bytes`. */
  static malformedBody(kind: string): Fault {
    return Fault.of('malformed-body', { kind });
  }

  /** The correct body under a wrong media type. */
  static contentType(contentType: string): Fault {
    return Fault.of('content-type', { contentType });
  }

  static connectionReset(): Fault {
    return Fault.of('connection-reset');
  }

  static connectionClose(): Fault {
    return Fault.of('connection-close');
  }

  /** No answer for `maxMs`, then the connection closed. */
  static hang(maxMs: number): Fault {
    return Fault.of('hang', { maxMs });
  }

  /** The correct answer in `chunks` pieces over `totalMs`. */
  static dribble(chunks: number, totalMs: number): Fault {
    return Fault.of('dribble', { chunks, totalMs });
  }

  /** Twilio's rate limit: the first `limit` requests of each `windowMs` window pass, the rest get 429/20429. */
  static quota(limit: number, windowMs: number): Fault {
    return Fault.of('quota', { limit, windowMs });
  }

  /** At most `max` requests of the account in flight at once; the others get 429/20429. */
  static concurrencyLimit(max: number): Fault {
    return Fault.of('concurrency-limit', { max });
  }

  /** A correct answer, only late. */
  static delayOnly(delay: Delay): Fault {
    const rule = new Fault(null);
    rule.rule.delay = delay.toJSON();
    return rule;
  }

  code(code: number): this {
    return this.faultField('code', code);
  }

  message(message: string): this {
    return this.faultField('message', message);
  }

  retryAfterSeconds(seconds: number): this {
    return this.faultField('retryAfterSeconds', seconds);
  }

  /** The status of a malformed body (default 200). */
  withStatus(status: number): this {
    return this.faultField('status', status);
  }

  onGet(): this {
    this.rule.method = 'GET';
    return this;
  }

  onPost(): this {
    this.rule.method = 'POST';
    return this;
  }

  on(resource: Resource): this {
    this.rule.resource = resource;
    return this;
  }

  skip(requests: number): this {
    this.rule.skip = requests;
    return this;
  }

  times(requests: number): this {
    this.rule.times = requests;
    return this;
  }

  /** Fires with this probability, drawn from a generator seeded with `seed` (reproducible). */
  probability(probability: number, seed: number): this {
    this.rule.probability = probability;
    this.rule.seed = seed;
    return this;
  }

  /** A probability moving linearly from `from` to `to` over `overMs` from installation, on the mock's clock. */
  probabilityRamp(from: number, to: number, overMs: number, seed: number): this {
    this.rule.probability = { from, to, overMs };
    this.rule.seed = seed;
    return this;
  }

  /** Active only from `ms` after its installation (on the mock's clock). */
  startingAfter(ms: number): this {
    this.rule.startsAfterMs = ms;
    return this;
  }

  /** Active only for `ms` from its start. */
  activeFor(ms: number): this {
    this.rule.activeForMs = ms;
    return this;
  }

  phase(phase: Phase): this {
    this.rule.phase = phase;
    return this;
  }

  /** A delay before the fault. */
  after(delay: Delay): this {
    this.rule.delay = delay.toJSON();
    return this;
  }

  id(id: string): this {
    this.rule.id = id;
    return this;
  }

  /** The rule as the admin API (and `MOCK_FAULTS_FILE`) takes it, for an account (`AC…` or `*`). */
  toJSON(account = '*'): Json {
    return { account, ...this.rule, ...(this.fault ? { fault: this.fault } : {}) };
  }

  private faultField(name: string, value: unknown): this {
    if (!this.fault) {
      throw new Error(`${name} applies to a fault, not to a delay-only rule`);
    }
    this.fault[name] = value;
    return this;
  }
}

/** What a journaled request must look like: `RequestPattern.post(Resource.COMPOSITION_SETTINGS).withParam('FriendlyName', 'archive')`. */
/**
 * How one value of a request pattern must look (SPEC §7.1; the names of WireMock's string matchers):
 * `withParam('FriendlyName', ValueMatcher.matching('arch.*'))`. Every matcher but `absent()` needs the
 * value to have been sent; the mock checks them and refuses an invalid regular expression, naming it.
 */
export class ValueMatcher {
  private constructor(private readonly json: string | null | Json) {}

  /** Equal to this value, as sent (after decoding). */
  static equalTo(value: string): ValueMatcher {
    return new ValueMatcher(value);
  }

  /** Equal to this value ignoring case. */
  static equalToIgnoreCase(value: string): ValueMatcher {
    return new ValueMatcher({ equalTo: value, caseInsensitive: true });
  }

  /** Matched whole by this (Java) regular expression. */
  static matching(regex: string): ValueMatcher {
    return new ValueMatcher({ matches: regex });
  }

  /** Sent, and not matched whole by this (Java) regular expression. */
  static notMatching(regex: string): ValueMatcher {
    return new ValueMatcher({ doesNotMatch: regex });
  }

  /** Containing this text. */
  static containing(text: string): ValueMatcher {
    return new ValueMatcher({ contains: text });
  }

  /** Sent, with any value. */
  static present(): ValueMatcher {
    return new ValueMatcher({ present: true });
  }

  /** Not sent. */
  static absent(): ValueMatcher {
    return new ValueMatcher(null);
  }

  toJSON(): string | null | Json {
    return this.json;
  }
}

function matcherJson(value: string | ValueMatcher): string | null | Json {
  return value instanceof ValueMatcher ? value.toJSON() : value;
}

export class RequestPattern {
  private readonly json: Json = {};
  private readonly params: Record<string, string | null | Json> = {};
  private readonly headers: Record<string, string | null | Json> = {};

  private constructor() {}

  static anyRequest(): RequestPattern {
    return new RequestPattern();
  }

  static get(resource: Resource): RequestPattern {
    return new RequestPattern().method('GET').resource(resource);
  }

  static post(resource: Resource): RequestPattern {
    return new RequestPattern().method('POST').resource(resource);
  }

  method(method: string): this {
    this.json.method = method;
    return this;
  }

  resource(resource: Resource): this {
    this.json.resource = resource;
    return this;
  }

  /** The parameter was sent with exactly this value, or its value satisfies the matcher. */
  withParam(name: string, value: string | ValueMatcher): this {
    this.params[name] = matcherJson(value);
    return this;
  }

  /** The parameter was sent, with any value. */
  withAnyParam(name: string): this {
    return this.withParam(name, ValueMatcher.present());
  }

  /** The request did not send this parameter. */
  withoutParam(name: string): this {
    this.params[name] = null;
    return this;
  }

  /** The header (name in any case) was sent with exactly this value, or its value satisfies the matcher. */
  withHeader(name: string, value: string | ValueMatcher): this {
    this.headers[name] = matcherJson(value);
    return this;
  }

  /** The header was not sent. */
  withoutHeader(name: string): this {
    this.headers[name] = null;
    return this;
  }

  /** The Basic-auth user name the request authenticated with (an Account SID or an API key `SK…`), or a matcher of it. */
  withCredential(username: string | ValueMatcher): this {
    this.json.credential = matcherJson(username);
    return this;
  }

  status(status: number): this {
    this.json.status = status;
    return this;
  }

  endedByAConnectionFault(): this {
    this.json.status = null;
    return this;
  }

  faulted(faulted: boolean): this {
    this.json.faulted = faulted;
    return this;
  }

  toJSON(): Json {
    const json: Json = { ...this.json };
    if (Object.keys(this.params).length) json.params = { ...this.params };
    if (Object.keys(this.headers).length) json.headers = { ...this.headers };
    return json;
  }
}

/** How many times a pattern must have matched. */
export class Times {
  private constructor(private readonly json: Json) {}

  static exactly(count: number): Times {
    return new Times({ exactly: count });
  }

  static once(): Times {
    return Times.exactly(1);
  }

  static atLeast(count: number): Times {
    return new Times({ atLeast: count });
  }

  static atMost(count: number): Times {
    return new Times({ atMost: count });
  }

  static never(): Times {
    return Times.atMost(0);
  }

  static between(atLeast: number, atMost: number): Times {
    return new Times({ atLeast, atMost });
  }

  toJSON(): Json {
    return this.json;
  }
}
