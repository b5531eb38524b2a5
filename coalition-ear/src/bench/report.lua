-- wrk reporting: one machine-readable line with throughput, latency percentiles and errors.
done = function(summary, latency, requests)
    local seconds = summary.duration / 1000000
    local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
    io.write(string.format("RESULT requests=%d rps=%.1f p50=%.1f p95=%.1f p99=%.1f errors=%d non2xx=%d\n",
        summary.requests, summary.requests / seconds,
        latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
        errors, summary.errors.status))
end
