"""Helpers of bench/run.sh: the 10,000-rule snapshot and the 1,000-concurrent-delays run."""
import asyncio
import base64
import json
import sys
import time


def rules_snapshot(count):
    faults = [{"account": "AC%032x" % (i + 1), "resource": "CompositionSettings",
               "fault": {"type": "status", "status": 503}} for i in range(count)]
    print(json.dumps({"accounts": {}, "faults": faults, "credentials": []}))


async def one_request(port, auth):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(("GET /v1/CompositionSettings/Default HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                  "Authorization: %s\r\nConnection: close\r\n\r\n" % auth).encode())
    await writer.drain()
    status = await reader.readline()
    await reader.read()
    writer.close()
    return status.startswith(b"HTTP/1.1 200")


async def delays(port, account, count):
    auth = "Basic " + base64.b64encode((account + ":bench").encode()).decode()
    start = time.monotonic()
    results = await asyncio.gather(*(one_request(port, auth) for _ in range(count)), return_exceptions=True)
    elapsed = time.monotonic() - start
    ok = sum(1 for r in results if r is True)
    print("%.2f %d" % (elapsed, ok))


if __name__ == "__main__":
    if sys.argv[1] == "rules":
        rules_snapshot(int(sys.argv[2]))
    elif sys.argv[1] == "delays":
        asyncio.run(delays(int(sys.argv[2]), sys.argv[3], int(sys.argv[4])))
