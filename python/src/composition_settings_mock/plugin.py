"""The pytest plugin (registered under the ``pytest11`` entry point, so installing the package is
enough): one mock per test session and a fresh account per test.

- ``composition_settings_mock`` (session): the ``MockAdmin`` of the session's mock, the one at
  ``CSMOCK_URL`` (with ``CSMOCK_ADMIN_TOKEN``) when set, else a container of ``CSMOCK_IMAGE``
  (default ``composition-settings-mock:<version>``), stopped at the end of the session;
- ``mock_account`` (function): a new account of that mock, forgotten after the test. Accounts are
  the isolation unit: parallel workers (pytest-xdist) never see each other's.
"""
from __future__ import annotations

import os
from typing import Iterator

import pytest

from .client import MockAccount, MockAdmin
from .container import DEFAULT_IMAGE, CompositionSettingsMockContainer


@pytest.fixture(scope="session")
def composition_settings_mock() -> Iterator[MockAdmin]:
    url = os.environ.get("CSMOCK_URL")
    if url:
        yield MockAdmin.connect(url, os.environ.get("CSMOCK_ADMIN_TOKEN"))
        return
    with CompositionSettingsMockContainer(os.environ.get("CSMOCK_IMAGE", DEFAULT_IMAGE)) as mock:
        yield mock.admin()


@pytest.fixture
def mock_account(composition_settings_mock: MockAdmin) -> Iterator[MockAccount]:
    account = composition_settings_mock.new_account()
    yield account
    account.forget()
