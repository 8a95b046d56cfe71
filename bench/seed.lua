-- Seeds distinct accounts through the admin API, SEED_COUNT per thread, then repeats its last one.
local counter = 0

local per_thread = tonumber(os.getenv("SEED_COUNT") or "50000")
local body = '{"friendly_name":"bench","aws_credentials_sid":"CR0123456789abcdef0123456789abcdef",'
  .. '"aws_s3_url":"https://bench-bucket.s3.amazonaws.com/c","aws_storage_enabled":true,'
  .. '"encryption_key_sid":null,"encryption_enabled":false}'
local next_id = 1
function setup(thread)
  thread:set("thread_id", next_id)
  next_id = next_id + 1
end
function request()
  if counter < per_thread then counter = counter + 1 end
  local sid = string.format("AC%08x%024x", thread_id, counter)
  return wrk.format("PUT", "/__admin/accounts/" .. sid .. "/CompositionSettings",
    {["Content-Type"] = "application/json"}, body)
end
