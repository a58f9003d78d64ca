#!/usr/bin/env bash
# Feed serving benchmark: `loa run` on a temp config whose unit feed holds ARTICLES published articles, then
# wrk on /feeds/bnv/rss.xml plain (200 with the body) and conditional (If-None-Match: current ETag -> 304).
# usage: bench/feeds-wrk.sh     env: ARTICLES=50 THREADS=2 CONNS=50 DURATION=10s LOA_JAVA_OPTS= WORK=<tmp dir>
set -euo pipefail
source "$(dirname "$0")/common.sh"
ARTICLES=${ARTICLES:-50}; THREADS=${THREADS:-2}; CONNS=${CONNS:-50}; DURATION=${DURATION:-10s}
LOA_JAVA_OPTS=${LOA_JAVA_OPTS:-}
WORK=${WORK:-$(mktemp -d /tmp/loa-feeds.XXXXXX)}; mkdir -p "$WORK/articles"
command -v wrk >/dev/null || { echo "missing: wrk (apt-get install -y wrk)" >&2; exit 1; }
PORT=$(free_port)
feed_config "$WORK" "$PORT" 1000 500
for i in $(seq 1 "$ARTICLES"); do sample_article "bai-thu-$i" "$i" > "$WORK/articles/bai-thu-$i.md"; done
java -jar "$JAR" --config "$WORK/loa.yaml" publish "$WORK/articles" > "$WORK/publish.out" 2>&1

java $LOA_JAVA_OPTS -jar "$JAR" --config "$WORK/loa.yaml" run > "$WORK/run.out" 2>&1 &
LOA=$!
trap 'kill $LOA 2>/dev/null || true; wait $LOA 2>/dev/null || true' EXIT
URL="http://127.0.0.1:$PORT/feeds/bnv/rss.xml"
wait_http "$URL" 60
ETAG=$(curl -fsS -D - -o "$WORK/rss.xml" "$URL" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: *//p')
CODE304=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $ETAG" "$URL")
echo "# feeds-wrk $(date -u +%Y-%m-%dT%H:%M:%SZ) url=$URL items=$(grep -c '<item>' "$WORK/rss.xml") body_bytes=$(wc -c < "$WORK/rss.xml") etag=$ETAG conditional_status=$CODE304"
cat > "$WORK/inm.lua" <<LUA
wrk.headers["If-None-Match"] = '$ETAG'
LUA
curl -fsS -o /dev/null "$URL"  # warm
wrk -t"$THREADS" -c"$CONNS" -d5s "$URL" > /dev/null   # JIT warm-up, not reported
echo "## plain GET (200)"
wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency "$URL" | tee "$WORK/wrk-plain.txt"
echo "## conditional GET, If-None-Match: current ETag (304)"
wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency -s "$WORK/inm.lua" "$URL" | tee "$WORK/wrk-304.txt"
echo "plain_rps=$(sed -n 's/Requests\/sec: *//p' "$WORK/wrk-plain.txt") conditional_304_rps=$(sed -n 's/Requests\/sec: *//p' "$WORK/wrk-304.txt") (target >= 10000)"
echo "work dir: $WORK"
