// The service under test: turns on S3 storage of compositions, once more after a 5xx or a lost answer.
export async function enableArchive(client, bucketUrl, credentialsSid) {
  const update = () => client.video.v1.compositionSettings().create({
    friendlyName: 'archive', awsS3Url: bucketUrl, awsCredentialsSid: credentialsSid, awsStorageEnabled: true,
  });
  try {
    return await update();
  } catch (error) {
    if (error.status !== undefined && error.status < 500) throw error;
    return update();
  }
}
