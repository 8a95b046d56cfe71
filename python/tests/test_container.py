"""The container on the Docker SDK, against the image: skipped without Docker or the image, unless
CSMOCK_CONTAINERS_REQUIRED=true (.ci/run) makes that a failure."""
import json
import os

import pytest

from composition_settings_mock import DEFAULT_IMAGE, CompositionSettingsMockContainer, Fault, Resource


def _docker_problem():
    try:
        import docker
        client = docker.from_env()
        client.ping()
        client.images.get(os.environ.get("CSMOCK_IMAGE", DEFAULT_IMAGE))
        return None
    except Exception as problem:  # no SDK, no engine, no image
        return f"{type(problem).__name__}: {problem}"


@pytest.fixture(scope="module")
def docker_here():
    problem = _docker_problem()
    if problem:
        if os.environ.get("CSMOCK_CONTAINERS_REQUIRED") == "true":
            pytest.fail(f"the container tests are required (CSMOCK_CONTAINERS_REQUIRED=true) but {problem}")
        pytest.skip(f"no Docker engine or image here: {problem}")


def test_the_container_gets_its_settings_and_is_removed_on_exit(docker_here):
    account = "AC" + "ab" * 16
    seed = {"accounts": {account: {"CompositionSettings": {"friendly_name": "seeded in the container"}}},
            "faults": [], "credentials": []}
    container = (CompositionSettingsMockContainer(os.environ.get("CSMOCK_IMAGE", DEFAULT_IMAGE))
                 .with_seed(json.dumps(seed)).with_faults(json.dumps([Fault.status(503).on_post().to_json(account)]))
                 .with_admin_token("s3cret").with_journal_size(50).with_latency(10))
    with container as mock:
        assert mock.admin_url == mock.base_url + "/__admin"
        admin = mock.admin()
        assert admin.settings(account, Resource.COMPOSITION_SETTINGS)["friendly_name"] == "seeded in the container"
        assert [rule.account for rule in admin.faults(account)] == [account]
        name = container._container.name
    import docker
    assert name not in [c.name for c in docker.from_env().containers.list(all=True)]
