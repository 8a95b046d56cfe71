"""The client and the plugin's fixtures against the mock, through the Twilio Python SDK."""
import pytest
from twilio.base.exceptions import TwilioRestException

from composition_settings_mock import (Delay, Difference, Fault, MockAdminError, Phase, RequestPattern, Resource, Times,
                                      absent, containing, equal_to, equal_to_ignore_case, matching, not_matching,
                                      present)


def test_a_fault_reaches_the_sdk_and_verify_passes_and_fails_with_the_mocks_message(mock_account):
    mock_account.inject(Fault.status(503).on_post().times(1))
    client = mock_account.twilio_client()

    with pytest.raises(TwilioRestException) as failure:   # twilio-python never retries: the test sees the 503
        client.video.v1.composition_settings().create(friendly_name="archive")
    assert failure.value.status == 503 and failure.value.code == 20503
    created = client.video.v1.composition_settings().create(friendly_name="archive")
    assert created.account_sid == mock_account.sid

    mock_account.verify(RequestPattern.post(Resource.COMPOSITION_SETTINGS).with_param("FriendlyName", "archive"),
                        Times.exactly(2))
    with pytest.raises(AssertionError) as failed:
        mock_account.verify(RequestPattern.post(Resource.COMPOSITION_SETTINGS).with_param("FriendlyName", "archve"),
                            Times.once())
    assert str(failed.value) == (f"expected exactly 1 POST CompositionSettings with FriendlyName=archve for "
                                 f"{mock_account.sid}, got 0; closest: POST with FriendlyName=archive (1 difference);"
                                 " POST with FriendlyName=archive (1 difference)")


def test_phase_after_stores_the_write_and_the_sequence_is_verified(mock_account):
    mock_account.inject(Fault.status(500).on_post().phase(Phase.AFTER).times(1))
    client = mock_account.twilio_client()

    with pytest.raises(TwilioRestException):
        client.video.v1.composition_settings().create(friendly_name="stored anyway")
    assert mock_account.settings(Resource.COMPOSITION_SETTINGS)["friendly_name"] == "stored anyway"

    mock_account.verify_sequence(RequestPattern.post(Resource.COMPOSITION_SETTINGS).status(500).faulted(True))
    with pytest.raises(AssertionError):
        mock_account.verify_sequence(RequestPattern.post(Resource.COMPOSITION_SETTINGS).status(200))


def test_provider_states_are_applied_and_a_refused_one_raises(composition_settings_mock, mock_account):
    composition_settings_mock.provider_state("composition settings exist",
                                             {"accountSid": mock_account.sid, "friendlyName": "from a state"})
    assert mock_account.settings(Resource.COMPOSITION_SETTINGS)["friendly_name"] == "from a state"
    with pytest.raises(MockAdminError) as refused:
        composition_settings_mock.provider_state("the moon is full", {"accountSid": mock_account.sid})
    assert refused.value.status == 400 and "the service fails" in refused.value.body


def test_every_rule_a_builder_makes_is_accepted_by_the_mock(mock_account):
    faults = [
        Fault.status(429).code(20429).message("Too Many Requests").retry_after_seconds(2).on_get(),
        Fault.malformed_body("truncated-json").with_status(200).on(Resource.RECORDING_SETTINGS),
        Fault.content_type("text/plain"), Fault.connection_reset().phase(Phase.AFTER), Fault.connection_close(),
        Fault.hang(1000).skip(100), Fault.dribble(5, 500).times(2), Fault.quota(5, 1000).starting_after(10).active_for(1000),
        Fault.concurrency_limit(2), Fault.status(500).probability(0.25, 7),
        Fault.status(500).probability_ramp(0.0, 0.5, 60000, 7).id("ramp-" + mock_account.sid[2:10]),
        Fault.delay_only(Delay.fixed(1)), Fault.delay_only(Delay.uniform(1, 2)), Fault.delay_only(Delay.lognormal(1, 0.5, 5)),
        Fault.delay_only(Delay.ramp(0, 10, 1000)), Fault.status(503).after(Delay.fixed(1)),
    ]
    assert Fault.quota(5, 1000).on_post().to_json("AC1") == {
        "account": "AC1", "method": "POST", "fault": {"type": "quota", "limit": 5, "windowMs": 1000}}
    for fault in faults:
        assert mock_account.inject(fault).account == mock_account.sid
    assert len(mock_account.faults()) == len(faults)
    for pattern in [RequestPattern.any_request(), RequestPattern.get(Resource.RECORDING_SETTINGS).status(200).faulted(False),
                    RequestPattern.post(Resource.COMPOSITION_SETTINGS).with_param("FriendlyName", "x").without_param("AwsS3Url"),
                    RequestPattern.any_request().ended_by_a_connection_fault()]:
        for times in [Times.once(), Times.exactly(2), Times.at_least(1), Times.at_most(3), Times.never(), Times.between(1, 2)]:
            assert isinstance(mock_account.check(pattern, times).holds, bool)


def test_the_clock_runs_an_outage_window_without_waiting(composition_settings_mock, mock_account):
    clock = composition_settings_mock.clock()
    frozen = clock.freeze()
    try:
        mock_account.inject(Fault.status(503).starting_after(10_000).active_for(30_000))
        client = mock_account.twilio_client()
        client.video.v1.recording_settings().fetch()
        assert (clock.advance(10_000) - frozen).total_seconds() == 10
        with pytest.raises(TwilioRestException):
            client.video.v1.recording_settings().fetch()
        clock.advance(30_000)
        client.video.v1.recording_settings().fetch()
    finally:
        clock.release()
    assert not clock.is_frozen()
    assert [r.fault_reason for r in mock_account.requests() if r.status == 503] == ["window"]


def test_matchers_beyond_equality_filter_requests_and_give_typed_near_misses(mock_account):
    client = mock_account.twilio_client()
    client.video.v1.composition_settings().create(friendly_name="Archive-2026")
    client.video.v1.composition_settings().create(friendly_name="tmp")

    def post():
        return RequestPattern.post(Resource.COMPOSITION_SETTINGS)

    mock_account.verify(post().with_param("FriendlyName", matching(r"Arch.*-\d{4}")), Times.once())
    mock_account.verify(post().with_param("FriendlyName", equal_to_ignore_case("ARCHIVE-2026")), Times.once())
    mock_account.verify(post().with_param("FriendlyName", not_matching("tmp")), Times.once())
    mock_account.verify(post().with_param("FriendlyName", containing("202")), Times.once())
    mock_account.verify(post().with_param("FriendlyName", equal_to("tmp")), Times.once())
    mock_account.verify(post().with_any_param("FriendlyName").with_param("AwsS3Url", absent()), Times.exactly(2))
    mock_account.verify(post().with_param("FriendlyName", present()), Times.exactly(2))
    mock_account.verify(post().with_header("user-agent", matching("twilio-python/.*")).without_header("X-Not-Sent")
                        .with_credential(mock_account.sid), Times.exactly(2))

    named = post().with_param("FriendlyName", equal_to_ignore_case("archive-2026"))
    assert [r.params["FriendlyName"] for r in mock_account.requests(named)] == ["Archive-2026"]
    assert mock_account.count(named) == 1
    assert mock_account.count() == 2
    assert mock_account.requests()[0].credential == mock_account.sid

    result = mock_account.check(post().with_param("FriendlyName", matching("arch.*")), Times.once())
    assert not result.holds
    assert "with FriendlyName matching arch.* for" in result.message
    assert result.closest[0].differences == [Difference("params.FriendlyName", {"matches": "arch.*"}, "tmp")]
    with pytest.raises(MockAdminError) as refused:
        mock_account.count(post().with_param("FriendlyName", matching("arch(")))
    assert refused.value.status == 400
    assert "params.FriendlyName: matches is not a valid Java regular expression" in refused.value.body
