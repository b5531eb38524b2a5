-- wrk script: many signed-in sessions at once. BENCH_PLAN names a file with one line per page,
-- "PATH SESSION,SESSION,...": the sessions (JSESSIONID values) of the people who may see that page.
-- Every request takes the next page of the plan (BENCH_MIX=random: a random one, for the soak) and the
-- next of that page's sessions, so consecutive requests carry different sessions' cookies.
local plan = {}
for line in io.lines(os.getenv("BENCH_PLAN")) do
    local path, list = line:match("^(%S+)%s+(%S+)$")
    if path then
        local sessions = {}
        for id in list:gmatch("[^,]+") do
            sessions[#sessions + 1] = id
        end
        plan[#plan + 1] = {path = path, sessions = sessions, next = 0}
    end
end
local random = os.getenv("BENCH_MIX") == "random"
local turn = 0
local threads = {}
non2xx = 0

setup = function(thread)
    thread:set("offset", math.random(1000))
    table.insert(threads, thread)
end

-- wrk counts only 4xx and 5xx as errors: a redirect (to sign in again) is not a view either
response = function(status, headers, body)
    if status < 200 or status > 299 then
        non2xx = non2xx + 1
    end
end

init = function(args)
    turn = offset or 0
end

request = function()
    turn = turn + 1
    local page = random and plan[math.random(#plan)] or plan[(turn % #plan) + 1]
    page.next = page.next % #page.sessions + 1
    return wrk.format("GET", page.path, {["Cookie"] = "JSESSIONID=" .. page.sessions[page.next]})
end

done = function(summary, latency, requests)
    local seconds = summary.duration / 1000000
    local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
    local other = 0
    for _, thread in ipairs(threads) do
        other = other + thread:get("non2xx")
    end
    io.write(string.format("RESULT requests=%d rps=%.1f p50=%.1f p95=%.1f p99=%.1f errors=%d non2xx=%d\n",
        summary.requests, summary.requests / seconds,
        latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
        errors, other))
end
