"""The admin client of the mock, with the Java client's names in snake_case. Standard-library HTTP
only; ``twilio`` is optional and imported only by ``twilio_client()``."""
from __future__ import annotations

import json as jsonlib
import secrets
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Dict, Iterable, List, Optional

from .builders import Fault, RequestPattern, Resource, Times

_SETTINGS_FIELDS = ["friendly_name", "aws_credentials_sid", "aws_s3_url", "aws_storage_enabled",
                    "encryption_key_sid", "encryption_enabled"]


class MockAdminError(Exception):
    """An admin call the mock refused: its status and the mock's error body."""

    def __init__(self, call: str, status: int, body: str) -> None:
        super().__init__(f"{call} answered {status}: {body}")
        self.call = call
        self.status = status
        self.body = body


@dataclass(frozen=True)
class InstalledFault:
    """A rule as the mock holds it."""

    id: str
    account: str
    hits: int
    remaining: Optional[int]
    active: bool
    rule: Dict[str, Any]

    @staticmethod
    def of(json: Dict[str, Any]) -> "InstalledFault":
        return InstalledFault(str(json["id"]), str(json["account"]), int(json.get("hits", 0)), json.get("remaining"),
                              json.get("active", True) is not False, json)


@dataclass(frozen=True)
class RecordedRequest:
    """One request of the journal."""

    id: str
    time: str
    method: str
    path: str
    resource: Optional[str]
    account: Optional[str]
    status: Optional[int]
    duration_ms: int
    fault_id: Optional[str]
    fault_reason: Optional[str]
    params: Dict[str, str]
    headers: Dict[str, str]
    truncated: bool
    outcome: Optional[str]
    credential: Optional[str] = None
    """The Basic-auth user name the request authenticated with (an Account SID or an API key SK...)."""

    @staticmethod
    def of(json: Dict[str, Any]) -> "RecordedRequest":
        return RecordedRequest(json["id"], json["time"], json["method"], json["path"], json.get("resource"),
                               json.get("account"), json.get("status"), int(json.get("durationMs", 0)),
                               json.get("faultId"), json.get("faultReason"), dict(json.get("params") or {}),
                               dict(json.get("headers") or {}), bool(json.get("truncated")), json.get("outcome"),
                               json.get("credential"))


@dataclass(frozen=True)
class Difference:
    """One matcher a request failed: the field, the matcher as written, what the request had (secrets redacted)."""

    field: str
    expected: Any
    actual: Any


@dataclass(frozen=True)
class NearMiss:
    """A journaled request that did not match: its Twilio-Request-Id, the request in words, what differed."""

    id: str
    request: str
    differences: List[Difference]

    @staticmethod
    def of(json: Dict[str, Any]) -> "NearMiss":
        return NearMiss(json["id"], json["request"], [Difference(d["field"], d.get("expected"), d.get("actual"))
                                                      for d in json.get("differences") or []])


@dataclass(frozen=True)
class VerificationResult:
    """The answer of a verification."""

    holds: bool
    count: int
    expected: str
    message: str
    closest: List[NearMiss] = field(default_factory=list)


class MockAdmin:
    """The mock's admin API: ``MockAdmin.connect("http://localhost:8080")``."""

    def __init__(self, base_url: str, admin_token: Optional[str] = None) -> None:
        self.base_url = base_url.rstrip("/")
        self._admin = self.base_url + "/__admin/"
        self._token = admin_token

    @staticmethod
    def connect(url: str, admin_token: Optional[str] = None) -> "MockAdmin":
        return MockAdmin(url, admin_token)

    def new_account(self) -> "MockAccount":
        """A fresh account of its own: a random Account SID and token."""
        return MockAccount(self, "AC" + secrets.token_hex(16), secrets.token_hex(16))

    def account(self, sid: str, token: str) -> "MockAccount":
        return MockAccount(self, sid, token)

    def forget(self, sid: str) -> None:
        self._call("DELETE", f"accounts/{_quote(sid)}", accepted=(204,))

    def seed(self, sid: str, resource: Resource, **settings: Any) -> Dict[str, Any]:
        unknown = set(settings) - set(_SETTINGS_FIELDS)
        if unknown:
            raise ValueError(f"unknown settings {sorted(unknown)}; known: {_SETTINGS_FIELDS}")
        return self._call("PUT", f"accounts/{_quote(sid)}/{Resource(resource).value}", settings, accepted=(200,))

    def settings(self, sid: str, resource: Resource) -> Optional[Dict[str, Any]]:
        """The settings of one resource (snake_case, as Twilio answers), or None when it never had any."""
        status, answer = self._send("GET", f"accounts/{_quote(sid)}/{Resource(resource).value}", None, (200, 404))
        return None if status == 404 else answer

    def clear_settings(self, sid: str, resource: Resource) -> None:
        self._send("DELETE", f"accounts/{_quote(sid)}/{Resource(resource).value}", None, (204, 404))

    def inject(self, sid: str, fault: Fault) -> InstalledFault:
        return InstalledFault.of(self._call("POST", "faults", fault.to_json(sid), accepted=(201,)))

    def inject_for_any_account(self, fault: Fault) -> InstalledFault:
        """A rule for every account (``*``): it reaches every test using this mock."""
        return InstalledFault.of(self._call("POST", "faults", fault.to_json("*"), accepted=(201,)))

    def faults(self, sid: Optional[str] = None) -> List[InstalledFault]:
        return [InstalledFault.of(rule) for rule in self._call("GET", "faults" + _query(account=sid))]

    def fault(self, rule_id: str) -> Optional[InstalledFault]:
        status, answer = self._send("GET", f"faults/{_quote(rule_id)}", None, (200, 404))
        return None if status == 404 else InstalledFault.of(answer)

    def remove_fault(self, rule_id: str) -> None:
        self._call("DELETE", f"faults/{_quote(rule_id)}", accepted=(204,))

    def remove_faults(self, sid: str) -> None:
        self._call("DELETE", "faults" + _query(account=sid), accepted=(204,))

    def remove_all_faults(self) -> None:
        self._call("DELETE", "faults", accepted=(204,))

    def requests(self, sid: Optional[str] = None, pattern: Optional[RequestPattern] = None,
                 limit: int = 1000) -> List[RecordedRequest]:
        """The journal (newest first), of one account or all; with a pattern, only the requests that match it."""
        if pattern is not None:
            page = self._call("POST", "requests/find", {**_search(sid, pattern), "limit": limit})
        else:
            page = self._call("GET", "requests" + _query(account=sid, limit=str(limit)))
        return [RecordedRequest.of(entry) for entry in page["requests"]]

    def count_requests(self, sid: Optional[str] = None, pattern: Optional[RequestPattern] = None) -> int:
        """How many requests the journal holds, of one account or all; with a pattern, how many match it."""
        if pattern is not None:
            return int(self._call("POST", "requests/count", _search(sid, pattern))["count"])
        return int(self._call("GET", "requests/count" + _query(account=sid))["count"])

    def clear_requests(self, sid: Optional[str] = None) -> None:
        self._call("DELETE", "requests" + _query(account=sid), accepted=(204,))

    def check(self, sid: str, pattern: RequestPattern, times: Optional[Times] = None) -> VerificationResult:
        body = {"account": sid, **pattern.to_json(), "times": (times or Times.at_least(1)).to_json()}
        answer = self._call("POST", "requests/verify", body, accepted=(202, 406))
        return VerificationResult(answer["holds"], answer["count"], answer["expected"], answer["message"],
                                  [NearMiss.of(near) for near in answer.get("closest") or []])

    def verify(self, sid: str, pattern: RequestPattern, times: Optional[Times] = None) -> None:
        """Raises AssertionError with the mock's message when the verification does not hold."""
        result = self.check(sid, pattern, times)
        if not result.holds:
            raise AssertionError(result.message)

    def verify_sequence(self, sid: str, *patterns: RequestPattern) -> None:
        body = {"account": sid, "requests": [pattern.to_json() for pattern in patterns]}
        answer = self._call("POST", "requests/verify-sequence", body, accepted=(202, 406))
        if not answer["holds"]:
            raise AssertionError(answer.get("message"))

    def add_credential(self, username: str, password: str, sid: Optional[str] = None) -> None:
        body = {"username": username, "password": password, **({"account": sid} if sid else {})}
        self._call("POST", "credentials", body, accepted=(201,))

    def remove_credential(self, username: str) -> None:
        self._call("DELETE", f"credentials/{_quote(username)}", accepted=(204,))

    def snapshot(self) -> str:
        return jsonlib.dumps(self._call("GET", "snapshot"))

    def restore(self, snapshot: str) -> None:
        self._call("PUT", "snapshot", jsonlib.loads(snapshot), accepted=(204,))

    def reset(self) -> None:
        """Back to the start-up state (every account of every test)."""
        self._call("POST", "reset", accepted=(204,))

    def provider_state(self, state: str, params: Dict[str, Any]) -> None:
        """Sets up a Pact provider state; raises MockAdminError when the mock refuses it."""
        self._call("POST", "pact/provider-states", {"state": state, "params": params, "action": "setup"})

    def provider_state_teardown(self, state: str, params: Dict[str, Any]) -> None:
        self._call("POST", "pact/provider-states", {"state": state, "params": params, "action": "teardown"})

    def clock(self) -> "MockClock":
        """The mock's clock, which quotas, windows and ramps read."""
        return MockClock(self)

    def _call(self, method: str, path: str, body: Any = None, accepted: Iterable[int] = (200,)) -> Any:
        return self._send(method, path, body, tuple(accepted))[1]

    def _send(self, method: str, path: str, body: Any, accepted: tuple) -> tuple:
        data = None if body is None else jsonlib.dumps(body).encode("utf-8")
        request = urllib.request.Request(self._admin + path, data=data, method=method)
        request.add_header("Accept", "application/json")
        if data is not None:
            request.add_header("Content-Type", "application/json")
        if self._token:
            request.add_header("Authorization", f"Bearer {self._token}")
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                status, text = response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            status, text = error.code, error.read().decode("utf-8")
        if status not in accepted:
            raise MockAdminError(f"{method} {self._admin}{path}", status, text)
        return status, (jsonlib.loads(text) if text else None)


def _quote(value: str) -> str:
    return urllib.parse.quote(value, safe="")


def _search(sid: Optional[str], pattern: RequestPattern) -> Dict[str, Any]:
    return {**({"account": sid} if sid else {}), **pattern.to_json()}


def _query(**values: Optional[str]) -> str:
    present = {name: value for name, value in values.items() if value is not None}
    return "?" + urllib.parse.urlencode(present) if present else ""


class MockAccount:
    """One account of the mock: a test's own tenant, kept apart from every other test's."""

    def __init__(self, admin: MockAdmin, sid: str, token: str) -> None:
        self.admin = admin
        self.sid = sid
        self.token = token

    @property
    def base_url(self) -> str:
        return self.admin.base_url

    def inject(self, fault: Fault) -> InstalledFault:
        return self.admin.inject(self.sid, fault)

    def faults(self) -> List[InstalledFault]:
        return self.admin.faults(self.sid)

    def remove_faults(self) -> None:
        self.admin.remove_faults(self.sid)

    def seed(self, resource: Resource, **settings: Any) -> Dict[str, Any]:
        return self.admin.seed(self.sid, resource, **settings)

    def settings(self, resource: Resource) -> Optional[Dict[str, Any]]:
        return self.admin.settings(self.sid, resource)

    def requests(self, pattern: Optional[RequestPattern] = None) -> List[RecordedRequest]:
        """This account's requests, newest first; with a pattern, only those that match it (matched by the mock)."""
        return self.admin.requests(self.sid, pattern)

    def count(self, pattern: Optional[RequestPattern] = None) -> int:
        """How many of this account's requests match the pattern (all of them without one)."""
        return self.admin.count_requests(self.sid, pattern or RequestPattern.any_request())

    def check(self, pattern: RequestPattern, times: Optional[Times] = None) -> VerificationResult:
        return self.admin.check(self.sid, pattern, times)

    def verify(self, pattern: RequestPattern, times: Optional[Times] = None) -> None:
        self.admin.verify(self.sid, pattern, times)

    def verify_sequence(self, *patterns: RequestPattern) -> None:
        self.admin.verify_sequence(self.sid, *patterns)

    def forget(self) -> None:
        self.admin.forget(self.sid)

    def twilio_client(self) -> Any:
        """A ``twilio.rest.Client`` for this account, pointed at the mock (``client.video.base_url``)."""
        try:
            from twilio.rest import Client
        except ImportError as missing:
            raise RuntimeError("twilio_client() needs the twilio package (pip install twilio)") from missing
        client = Client(self.sid, self.token)
        client.video.base_url = self.base_url
        return client


class MockClock:
    """The mock's clock (``/__admin/clock``): freeze it, advance it, give it back to real time."""

    def __init__(self, admin: MockAdmin) -> None:
        self._admin = admin

    def now(self) -> datetime:
        return _instant(self._admin._call("GET", "clock")["nowMs"])

    def is_frozen(self) -> bool:
        return bool(self._admin._call("GET", "clock")["frozen"])

    def freeze(self) -> datetime:
        return _instant(self._admin._call("POST", "clock/freeze")["nowMs"])

    def advance(self, ms: int) -> datetime:
        return _instant(self._admin._call("POST", "clock/advance", {"ms": ms})["nowMs"])

    def release(self) -> None:
        self._admin._call("POST", "clock/release")


def _instant(ms: int) -> datetime:
    return datetime.fromtimestamp(ms / 1000, tz=timezone.utc)
