"""The service under test: turns on S3 storage of compositions, once more after a 5xx."""
from twilio.base.exceptions import TwilioRestException


def enable_archive(client, bucket_url, credentials_sid):
    def update():
        return client.video.v1.composition_settings().create(
            friendly_name="archive", aws_s3_url=bucket_url, aws_credentials_sid=credentials_sid,
            aws_storage_enabled=True)
    try:
        return update()
    except TwilioRestException as error:
        if error.status < 500:
            raise
        return update()
