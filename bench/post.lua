-- POST of a whole settings form as one account
wrk.method = "POST"
wrk.headers["Authorization"] = os.getenv("WRK_AUTH")
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.body = "FriendlyName=bench&AwsCredentialsSid=CR0123456789abcdef0123456789abcdef"
  .. "&AwsS3Url=https%3A%2F%2Fbench-bucket.s3.amazonaws.com%2Fc&AwsStorageEnabled=true"
