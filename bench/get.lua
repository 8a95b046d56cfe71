-- GET of the composition settings as one account (Basic auth header set by run.sh through WRK_AUTH)
wrk.method = "GET"
wrk.headers["Authorization"] = os.getenv("WRK_AUTH")
