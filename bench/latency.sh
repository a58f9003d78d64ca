#!/usr/bin/env bash
# Drop-to-feed and drop-to-first-email latency: `loa run` idle on a temp config; SAMPLES times, an article is
# dropped into content/inbox/bnv/ (written as NAME.md.tmp, then renamed, so intake never sees half a file); one
# clock stops when its id appears in content/public/feeds/bnv/rss.xml, the other when Postfix smtp-sink (one
# subscriber, `smtp-sink -d` dumps each received message to a file) has its email (both polled every 5 ms).
# EMAIL=0: feed only (no list, no SMTP; what the first results of 2026-11-22 used). Reports median and p95.
# The intake settings are part of the result: STABLE_MILLIS (a file must be unchanged this long) and
# POLL_MILLIS (inbox poll period); defaults are those of the shipped loa.yaml (1000 and 500).
# usage: bench/latency.sh     env: EMAIL=1 SAMPLES=50 STABLE_MILLIS=1000 POLL_MILLIS=500 GAP=1 LOA_JAVA_OPTS= WORK=<tmp dir>
set -euo pipefail
source "$(dirname "$0")/common.sh"
SAMPLES=${SAMPLES:-50}; STABLE_MILLIS=${STABLE_MILLIS:-1000}; POLL_MILLIS=${POLL_MILLIS:-500}; GAP=${GAP:-1}
LOA_JAVA_OPTS=${LOA_JAVA_OPTS:-}
WORK=${WORK:-$(mktemp -d /tmp/loa-latency.XXXXXX)}; mkdir -p "$WORK/articles"
EMAIL=${EMAIL:-1}
PORT=$(free_port)
SINKDIR=$(mktemp -d /tmp/loa-latency-sink.XXXXXX); chmod 777 "$SINKDIR"
SINK=""
if [ "$EMAIL" = 1 ]; then
  SMTP_PORT=$(free_port)
  SINK_USER=(); [ "$(id -u)" = 0 ] && SINK_USER=(-u nobody)
  smtp-sink "${SINK_USER[@]}" -d "$SINKDIR/m." "127.0.0.1:$SMTP_PORT" 64 &
  SINK=$!
  feed_config "$WORK" "$PORT" "$STABLE_MILLIS" "$POLL_MILLIS" "$SMTP_PORT"
  printf 'email,name\nnguoi0000001@so.gov.vn,Người thử 1\n' > "$WORK/m.csv"
  java -jar "$JAR" --config "$WORK/loa.yaml" subscribers import ban-tin "$WORK/m.csv" > /dev/null
  export CHANNELS="feed, email"
else
  feed_config "$WORK" "$PORT" "$STABLE_MILLIS" "$POLL_MILLIS"
fi
for i in $(seq 1 "$SAMPLES"); do sample_article "tre-$i" "$i" > "$WORK/articles/tre-$i.md"; done
mkdir -p "$WORK/content/inbox/bnv"
java $LOA_JAVA_OPTS -jar "$JAR" --config "$WORK/loa.yaml" run > "$WORK/run.out" 2>&1 &
LOA=$!
trap 'kill $LOA 2>/dev/null || true; wait $LOA 2>/dev/null || true; [ -n "$SINK" ] && kill $SINK 2>/dev/null; rm -rf "$SINKDIR"' EXIT
wait_http "http://127.0.0.1:$PORT/health" 60
sleep 3  # let the service settle (idle)
echo "# latency $(date -u +%Y-%m-%dT%H:%M:%SZ) samples=$SAMPLES stable_millis=$STABLE_MILLIS poll_millis=$POLL_MILLIS email=$EMAIL"
python3 - "$WORK" "$SAMPLES" "$GAP" "$EMAIL" "$SINKDIR" <<'PY'
import os, sys, time, statistics
work, n, gap, email, sinkdir = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), sys.argv[4] == "1", sys.argv[5]
mails = lambda: len(os.listdir(sinkdir))
inbox = os.path.join(work, "content/inbox/bnv"); feed = os.path.join(work, "content/public/feeds/bnv/rss.xml")
def in_feed(marker):
    try:
        with open(feed, "rb") as f: return marker in f.read()
    except FileNotFoundError: return False
out, outm = [], []
def summary(name, xs):
    s = sorted(xs); p95 = s[min(len(s) - 1, max(0, int(round(0.95 * len(s))) - 1))]
    print(f"{name} median={statistics.median(s):.3f}s p95={p95:.3f}s min={s[0]:.3f}s max={s[-1]:.3f}s n={len(s)} (target < 2 s)")
for i in range(1, n + 1):
    src = os.path.join(work, "articles", f"tre-{i}.md"); data = open(src, "rb").read()
    tmp = os.path.join(inbox, f"tre-{i}.md.tmp"); dst = os.path.join(inbox, f"tre-{i}.md")
    marker = f"/tre-{i}<".encode()  # the item's link/guid ends with the id
    before = mails()
    with open(tmp, "wb") as f: f.write(data)
    t0 = time.monotonic(); os.rename(tmp, dst)
    tf = tm = None
    while tf is None or (email and tm is None):
        now = time.monotonic()
        if now - t0 > 60: sys.exit(f"sample {i}: feed {tf} email {tm} after 60 s")
        if tf is None and in_feed(marker): tf = now - t0
        if email and tm is None and mails() > before: tm = now - t0
        time.sleep(0.005)
    out.append(tf)
    if email: outm.append(tm)
    print(f"sample {i}: feed {tf:.3f} s" + (f", first email {tm:.3f} s" if email else ""), flush=True)
    time.sleep(gap)
summary("drop_to_feed", out)
if email: summary("drop_to_first_email", outm)
PY
echo "work dir: $WORK"
