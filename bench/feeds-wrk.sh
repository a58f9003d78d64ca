#!/usr/bin/env bash
# Feed serving benchmark: `loa run` on a temp config whose unit feed holds ARTICLES published articles, then
# wrk on /feeds/bnv/rss.xml: plain (200, full body, no Accept-Encoding), gzip (Accept-Encoding: gzip -> 200 with
# the precompressed copy) and conditional (If-None-Match: current ETag -> 304). Reports requests/s and the Loa
# JVM's CPU time per request (user+system, from /proc; steadier than requests/s on a shared machine). Then the
# same plain and gzip bytes from a bare Vert.x server (bench/VertxStatic.java): the floor under Loa's routes.
# usage: bench/feeds-wrk.sh     env: ARTICLES=50 THREADS=2 CONNS=50 DURATION=10s LOA_JAVA_OPTS= WORK=<tmp dir> PEER=1
set -euo pipefail
source "$(dirname "$0")/common.sh"
ARTICLES=${ARTICLES:-50}; THREADS=${THREADS:-2}; CONNS=${CONNS:-50}; DURATION=${DURATION:-10s}
LOA_JAVA_OPTS=${LOA_JAVA_OPTS:-}; PEER=${PEER:-1}
WORK=${WORK:-$(mktemp -d /tmp/loa-feeds.XXXXXX)}; mkdir -p "$WORK/articles"
command -v wrk >/dev/null || { echo "missing: wrk (apt-get install -y wrk)" >&2; exit 1; }
PORT=$(free_port)
feed_config "$WORK" "$PORT" 1000 500
for i in $(seq 1 "$ARTICLES"); do sample_article "bai-thu-$i" "$i" > "$WORK/articles/bai-thu-$i.md"; done
java -jar "$JAR" --config "$WORK/loa.yaml" publish "$WORK/articles" > "$WORK/publish.out" 2>&1

java $LOA_JAVA_OPTS -jar "$JAR" --config "$WORK/loa.yaml" run > "$WORK/run.out" 2>&1 &
LOA=$!; PEER_PID=
trap 'kill $LOA $PEER_PID 2>/dev/null || true; wait $LOA $PEER_PID 2>/dev/null || true' EXIT
URL="http://127.0.0.1:$PORT/feeds/bnv/rss.xml"
wait_http "$URL" 60
ETAG=$(curl -fsS -D - -o "$WORK/rss.xml" "$URL" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: *//p')
GZ_ETAG=$(curl -fsS -D - -o "$WORK/rss.xml.gz" -H 'Accept-Encoding: gzip' "$URL" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: *//p')
SAME=$(gunzip -c "$WORK/rss.xml.gz" | cmp -s - "$WORK/rss.xml" && echo yes || echo NO)
CODE304=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $ETAG" "$URL")
echo "# feeds-wrk $(date -u +%Y-%m-%dT%H:%M:%SZ) url=$URL items=$(grep -c '<item>' "$WORK/rss.xml") body_bytes=$(wc -c < "$WORK/rss.xml") gzip_bytes=$(wc -c < "$WORK/rss.xml.gz") gzip_decodes_to_same=$SAME etag=$ETAG gzip_etag=$GZ_ETAG conditional_status=$CODE304"
echo "# wrk -t$THREADS -c$CONNS -d$DURATION, $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "wrk.headers['If-None-Match'] = '$ETAG'" > "$WORK/inm.lua"
echo "wrk.headers['Accept-Encoding'] = 'gzip'" > "$WORK/gzip.lua"

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# measure NAME PID URL [LUA]: one reported wrk run, with the server's CPU time per request
measure() {
  local script=() t0 t1 n
  [ -n "${4:-}" ] && script=(-s "$4")
  echo "## $1"
  t0=$(cpu_ticks "$2")
  wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency "${script[@]}" "$3" | tee "$WORK/wrk-$1.txt"
  t1=$(cpu_ticks "$2")
  n=$(awk '/requests in/{print $1}' "$WORK/wrk-$1.txt")
  echo "server_cpu_us_per_request=$(( (t1 - t0) * 1000000 / $(getconf CLK_TCK) / n )) load=$(cut -d' ' -f1 /proc/loadavg)"
}
rps() { sed -n 's/Requests\/sec: *//p' "$WORK/wrk-$1.txt"; }

curl -fsS -o /dev/null "$URL"  # warm
wrk -t"$THREADS" -c"$CONNS" -d5s "$URL" > /dev/null   # JIT warm-up, not reported
wrk -t"$THREADS" -c"$CONNS" -d3s -s "$WORK/gzip.lua" "$URL" > /dev/null
measure plain "$LOA" "$URL"
measure gzip "$LOA" "$URL" "$WORK/gzip.lua"
measure 304 "$LOA" "$URL" "$WORK/inm.lua"
echo "loa: plain_rps=$(rps plain) gzip_rps=$(rps gzip) conditional_304_rps=$(rps 304) (target >= 10000)"

if [ "$PEER" = 1 ]; then
  for variant in plain gzip; do
    PPORT=$(free_port)
    if [ $variant = plain ]; then args=("$WORK/rss.xml" "$PPORT"); else args=("$WORK/rss.xml.gz" "$PPORT" gzip); fi
    java -cp "$ROOT/target/lib/*" "$BENCH/VertxStatic.java" "${args[@]}" > "$WORK/peer-$variant.out" 2>&1 &
    PEER_PID=$!
    wait_http "http://127.0.0.1:$PPORT/" 60
    wrk -t"$THREADS" -c"$CONNS" -d5s "http://127.0.0.1:$PPORT/" > /dev/null
    measure "vertx-$variant" "$PEER_PID" "http://127.0.0.1:$PPORT/"
    kill "$PEER_PID"; wait "$PEER_PID" 2>/dev/null || true; PEER_PID=
  done
  echo "bare vert.x, same bytes: plain_rps=$(rps vertx-plain) gzip_rps=$(rps vertx-gzip)"
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "work dir: $WORK"
