#!/usr/bin/env bash
# Drop-to-feed latency: `loa run` idle on a temp feed-only config; SAMPLES times, an article is dropped into
# content/inbox/bnv/ (written as NAME.md.tmp, then renamed, so intake never sees half a file) and the clock
# stops when its id appears in content/public/feeds/bnv/rss.xml (polled every 5 ms). Reports median and p95.
# The intake settings are part of the result: STABLE_MILLIS (a file must be unchanged this long) and
# POLL_MILLIS (inbox poll period); defaults are those of the shipped loa.yaml (1000 and 500).
# usage: bench/latency.sh     env: SAMPLES=20 STABLE_MILLIS=1000 POLL_MILLIS=500 GAP=1 LOA_JAVA_OPTS= WORK=<tmp dir>
set -euo pipefail
source "$(dirname "$0")/common.sh"
SAMPLES=${SAMPLES:-20}; STABLE_MILLIS=${STABLE_MILLIS:-1000}; POLL_MILLIS=${POLL_MILLIS:-500}; GAP=${GAP:-1}
LOA_JAVA_OPTS=${LOA_JAVA_OPTS:-}
WORK=${WORK:-$(mktemp -d /tmp/loa-latency.XXXXXX)}; mkdir -p "$WORK/articles"
PORT=$(free_port)
feed_config "$WORK" "$PORT" "$STABLE_MILLIS" "$POLL_MILLIS"
for i in $(seq 1 "$SAMPLES"); do sample_article "tre-$i" "$i" > "$WORK/articles/tre-$i.md"; done
mkdir -p "$WORK/content/inbox/bnv"
java $LOA_JAVA_OPTS -jar "$JAR" --config "$WORK/loa.yaml" run > "$WORK/run.out" 2>&1 &
LOA=$!
trap 'kill $LOA 2>/dev/null || true; wait $LOA 2>/dev/null || true' EXIT
wait_http "http://127.0.0.1:$PORT/health" 60
sleep 3  # let the service settle (idle)
echo "# latency $(date -u +%Y-%m-%dT%H:%M:%SZ) samples=$SAMPLES stable_millis=$STABLE_MILLIS poll_millis=$POLL_MILLIS"
python3 - "$WORK" "$SAMPLES" "$GAP" <<'PY'
import os, sys, time, statistics
work, n, gap = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
inbox = os.path.join(work, "content/inbox/bnv"); feed = os.path.join(work, "content/public/feeds/bnv/rss.xml")
def in_feed(marker):
    try:
        with open(feed, "rb") as f: return marker in f.read()
    except FileNotFoundError: return False
out = []
for i in range(1, n + 1):
    src = os.path.join(work, "articles", f"tre-{i}.md"); data = open(src, "rb").read()
    tmp = os.path.join(inbox, f"tre-{i}.md.tmp"); dst = os.path.join(inbox, f"tre-{i}.md")
    marker = f"/tre-{i}<".encode()  # the item's link/guid ends with the id
    with open(tmp, "wb") as f: f.write(data)
    t0 = time.monotonic(); os.rename(tmp, dst)
    while not in_feed(marker):
        if time.monotonic() - t0 > 60: sys.exit(f"sample {i}: not in the feed after 60 s")
        time.sleep(0.005)
    dt = time.monotonic() - t0; out.append(dt); print(f"sample {i}: {dt:.3f} s", flush=True)
    time.sleep(gap)
s = sorted(out); p95 = s[min(len(s) - 1, max(0, int(round(0.95 * len(s))) - 1))]
print(f"drop_to_feed median={statistics.median(s):.3f}s p95={p95:.3f}s min={s[0]:.3f}s max={s[-1]:.3f}s n={len(s)} (target < 2 s)")
PY
echo "work dir: $WORK"
