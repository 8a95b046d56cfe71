"""The builders of rules and patterns, with the Java client's names in snake_case: each serialises
to exactly the JSON of the admin API (docs/faults.md, docs/admin-api.md)."""
from __future__ import annotations

import enum
from typing import Any, Dict, Optional, Union


class Resource(str, enum.Enum):
    """The two settings resources of the mock."""

    COMPOSITION_SETTINGS = "CompositionSettings"
    RECORDING_SETTINGS = "RecordingSettings"

    @property
    def path(self) -> str:
        return f"/v1/{self.value}/Default"


class Phase(str, enum.Enum):
    """``before``: the request has no effect; ``after``: a POST is stored, then its answer is lost."""

    BEFORE = "before"
    AFTER = "after"


class Delay:
    """A delay of a rule, in milliseconds: fixed, uniform, lognormal with a cap, or a ramp over time."""

    def __init__(self, json: Dict[str, Any]) -> None:
        self._json = json

    @staticmethod
    def fixed(ms: int) -> "Delay":
        return Delay({"fixedMs": ms})

    @staticmethod
    def uniform(min_ms: int, max_ms: int) -> "Delay":
        return Delay({"uniformMs": [min_ms, max_ms]})

    @staticmethod
    def lognormal(median_ms: float, sigma: float, max_ms: int) -> "Delay":
        return Delay({"lognormal": {"medianMs": median_ms, "sigma": sigma, "maxMs": max_ms}})

    @staticmethod
    def ramp(from_ms: int, to_ms: int, over_ms: int) -> "Delay":
        """From ``from_ms`` at the rule's installation to ``to_ms`` after ``over_ms``, on the mock's clock."""
        return Delay({"rampMs": {"fromMs": from_ms, "toMs": to_ms, "overMs": over_ms}})

    def to_json(self) -> Dict[str, Any]:
        return dict(self._json)


class Fault:
    """A fault rule: ``Fault.status(503).on_post().times(1)``, ``Fault.quota(5, 1000)``."""

    def __init__(self, fault: Optional[Dict[str, Any]]) -> None:
        self._fault = fault
        self._rule: Dict[str, Any] = {}

    @staticmethod
    def _of(fault_type: str, **fields: Any) -> "Fault":
        return Fault({"type": fault_type, **fields})

    @staticmethod
    def status(status: int) -> "Fault":
        """An error in Twilio's shape (4xx or 5xx); code and message default per status."""
        return Fault._of("status", status=status)

    @staticmethod
    def malformed_body(kind: str) -> "Fault":
        return Fault._of("malformed-body", kind=kind)

    @staticmethod
    def content_type(content_type: str) -> "Fault":
        return Fault._of("content-type", contentType=content_type)

    @staticmethod
    def connection_reset() -> "Fault":
        return Fault._of("connection-reset")

    @staticmethod
    def connection_close() -> "Fault":
        return Fault._of("connection-close")

    @staticmethod
    def hang(max_ms: int) -> "Fault":
        return Fault._of("hang", maxMs=max_ms)

    @staticmethod
    def dribble(chunks: int, total_ms: int) -> "Fault":
        return Fault._of("dribble", chunks=chunks, totalMs=total_ms)

    @staticmethod
    def quota(limit: int, window_ms: int) -> "Fault":
        """Twilio's rate limit: the first ``limit`` requests of each window pass, the rest get 429/20429."""
        return Fault._of("quota", limit=limit, windowMs=window_ms)

    @staticmethod
    def concurrency_limit(max_in_flight: int) -> "Fault":
        return Fault._of("concurrency-limit", max=max_in_flight)

    @staticmethod
    def delay_only(delay: Delay) -> "Fault":
        rule = Fault(None)
        rule._rule["delay"] = delay.to_json()
        return rule

    def code(self, code: int) -> "Fault":
        return self._fault_field("code", code)

    def message(self, message: str) -> "Fault":
        return self._fault_field("message", message)

    def retry_after_seconds(self, seconds: int) -> "Fault":
        return self._fault_field("retryAfterSeconds", seconds)

    def with_status(self, status: int) -> "Fault":
        return self._fault_field("status", status)

    def on_get(self) -> "Fault":
        return self._set("method", "GET")

    def on_post(self) -> "Fault":
        return self._set("method", "POST")

    def on(self, resource: Resource) -> "Fault":
        return self._set("resource", Resource(resource).value)

    def skip(self, requests: int) -> "Fault":
        return self._set("skip", requests)

    def times(self, requests: int) -> "Fault":
        return self._set("times", requests)

    def probability(self, probability: float, seed: int) -> "Fault":
        self._set("probability", probability)
        return self._set("seed", seed)

    def probability_ramp(self, start: float, end: float, over_ms: int, seed: int) -> "Fault":
        self._set("probability", {"from": start, "to": end, "overMs": over_ms})
        return self._set("seed", seed)

    def starting_after(self, ms: int) -> "Fault":
        return self._set("startsAfterMs", ms)

    def active_for(self, ms: int) -> "Fault":
        return self._set("activeForMs", ms)

    def phase(self, phase: Phase) -> "Fault":
        return self._set("phase", Phase(phase).value)

    def after(self, delay: Delay) -> "Fault":
        """A delay before the fault."""
        return self._set("delay", delay.to_json())

    def id(self, rule_id: str) -> "Fault":
        return self._set("id", rule_id)

    def to_json(self, account: str = "*") -> Dict[str, Any]:
        """The rule as the admin API (and ``MOCK_FAULTS_FILE``) takes it, for an account."""
        json: Dict[str, Any] = {"account": account, **self._rule}
        if self._fault is not None:
            json["fault"] = dict(self._fault)
        return json

    def _set(self, name: str, value: Any) -> "Fault":
        self._rule[name] = value
        return self

    def _fault_field(self, name: str, value: Any) -> "Fault":
        if self._fault is None:
            raise ValueError(f"{name} applies to a fault, not to a delay-only rule")
        self._fault[name] = value
        return self


class ValueMatcher:
    """How one value of a request pattern must look (SPEC 7.1; the names of WireMock's string matchers):
    ``with_param("FriendlyName", matching("arch.*"))``. Every matcher but ``absent()`` needs the value to have
    been sent; the mock checks them and refuses an invalid regular expression, naming it."""

    def __init__(self, json: Any) -> None:
        self._json = json

    def to_json(self) -> Any:
        return self._json

    def __repr__(self) -> str:
        return "ValueMatcher(%r)" % (self._json,)


def equal_to(value: str) -> ValueMatcher:
    """Equal to this value, as sent (after decoding)."""
    return ValueMatcher(value)


def equal_to_ignore_case(value: str) -> ValueMatcher:
    """Equal to this value ignoring case."""
    return ValueMatcher({"equalTo": value, "caseInsensitive": True})


def matching(regex: str) -> ValueMatcher:
    """Matched whole by this (Java) regular expression."""
    return ValueMatcher({"matches": regex})


def not_matching(regex: str) -> ValueMatcher:
    """Sent, and not matched whole by this (Java) regular expression."""
    return ValueMatcher({"doesNotMatch": regex})


def containing(text: str) -> ValueMatcher:
    """Containing this text."""
    return ValueMatcher({"contains": text})


def present() -> ValueMatcher:
    """Sent, with any value."""
    return ValueMatcher({"present": True})


def absent() -> ValueMatcher:
    """Not sent."""
    return ValueMatcher(None)


def _matcher_json(value: Union[str, ValueMatcher]) -> Any:
    return value.to_json() if isinstance(value, ValueMatcher) else value


class RequestPattern:
    """What a journaled request must look like: ``RequestPattern.post(Resource.COMPOSITION_SETTINGS).with_param(...)``,
    with matchers beyond equality too: ``.with_param("FriendlyName", matching("arch.*"))``."""

    def __init__(self) -> None:
        self._json: Dict[str, Any] = {}
        self._params: Dict[str, Any] = {}
        self._headers: Dict[str, Any] = {}

    @staticmethod
    def any_request() -> "RequestPattern":
        return RequestPattern()

    @staticmethod
    def get(resource: Resource) -> "RequestPattern":
        return RequestPattern().method("GET").resource(resource)

    @staticmethod
    def post(resource: Resource) -> "RequestPattern":
        return RequestPattern().method("POST").resource(resource)

    def method(self, method: str) -> "RequestPattern":
        self._json["method"] = method
        return self

    def resource(self, resource: Resource) -> "RequestPattern":
        self._json["resource"] = Resource(resource).value
        return self

    def with_param(self, name: str, value: Union[str, ValueMatcher]) -> "RequestPattern":
        """The parameter was sent with exactly this value, or its value satisfies the matcher."""
        self._params[name] = _matcher_json(value)
        return self

    def with_any_param(self, name: str) -> "RequestPattern":
        """The parameter was sent, with any value."""
        return self.with_param(name, present())

    def without_param(self, name: str) -> "RequestPattern":
        self._params[name] = None
        return self

    def with_header(self, name: str, value: Union[str, ValueMatcher]) -> "RequestPattern":
        """The header (name in any case) was sent with exactly this value, or its value satisfies the matcher."""
        self._headers[name] = _matcher_json(value)
        return self

    def without_header(self, name: str) -> "RequestPattern":
        self._headers[name] = None
        return self

    def with_credential(self, username: Union[str, ValueMatcher]) -> "RequestPattern":
        """The Basic-auth user name the request authenticated with (an Account SID or an API key SK...), or a matcher."""
        self._json["credential"] = _matcher_json(username)
        return self

    def status(self, status: int) -> "RequestPattern":
        self._json["status"] = status
        return self

    def ended_by_a_connection_fault(self) -> "RequestPattern":
        self._json["status"] = None
        return self

    def faulted(self, faulted: bool) -> "RequestPattern":
        self._json["faulted"] = faulted
        return self

    def to_json(self) -> Dict[str, Any]:
        json = dict(self._json)
        if self._params:
            json["params"] = dict(self._params)
        if self._headers:
            json["headers"] = dict(self._headers)
        return json


class Times:
    """How many times a pattern must have matched."""

    def __init__(self, json: Dict[str, int]) -> None:
        self._json = json

    @staticmethod
    def exactly(count: int) -> "Times":
        return Times({"exactly": count})

    @staticmethod
    def once() -> "Times":
        return Times.exactly(1)

    @staticmethod
    def at_least(count: int) -> "Times":
        return Times({"atLeast": count})

    @staticmethod
    def at_most(count: int) -> "Times":
        return Times({"atMost": count})

    @staticmethod
    def never() -> "Times":
        return Times.at_most(0)

    @staticmethod
    def between(at_least: int, at_most: int) -> "Times":
        return Times({"atLeast": at_least, "atMost": at_most})

    def to_json(self) -> Dict[str, int]:
        return dict(self._json)
