"""Another team's tests: the pytest plugin gives each test its own account of one shared mock."""
import pytest
from twilio.base.exceptions import TwilioRestException

from archiver import enable_archive
from composition_settings_mock import Fault, RequestPattern, Resource, Times

BUCKET = "https://my-bucket.s3.us-east-1.amazonaws.com/compositions"
CREDENTIALS = "CR0123456789abcdef0123456789abcdef"


def test_storage_is_enabled_once_more_after_a_503(mock_account):
    mock_account.inject(Fault.status(503).on_post().times(1))

    settings = enable_archive(mock_account.twilio_client(), BUCKET, CREDENTIALS)

    assert settings.aws_storage_enabled is True
    # twilio-python 7 sends a boolean as Python spells it ("True"); the mock accepts either case, as Twilio does
    mock_account.verify(RequestPattern.post(Resource.COMPOSITION_SETTINGS).with_param("AwsStorageEnabled", "True"),
                        Times.exactly(2))


def test_a_400_is_not_retried(mock_account):
    with pytest.raises(TwilioRestException) as refused:
        enable_archive(mock_account.twilio_client(), "ftp://not-s3", CREDENTIALS)
    assert refused.value.status == 400
    mock_account.verify(RequestPattern.post(Resource.COMPOSITION_SETTINGS), Times.once())
