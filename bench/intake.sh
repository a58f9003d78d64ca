#!/usr/bin/env bash
# Intake backlog: ARTICLES Vietnamese articles across UNITS units dropped at once into content/inbox/ of an idle
# `loa run` (feed channel only: no lists, no chats), time from the drop until every article's feed delivery is
# `sent` in the delivery log (the unit's rss.xml, atom.xml and feed.json written); compared in the same run with
# Hugo (Debian package `hugo`) building the same Markdown files as sections with its built-in per-section RSS
# (limit 50 items, like Loa's feed_items; no HTML layouts, so Hugo renders RSS, sitemap and taxonomies only).
# With ROUNDS=2 (the default) a second backlog of ARTICLES new articles is dropped into the same service once the
# first is done: the first round is the cold start (the JIT compiles while it runs), the second the service warm.
# usage: bench/intake.sh   env: ARTICLES=10000 UNITS=50 ROUNDS=2 STABLE_MILLIS=1000 POLL_MILLIS=500 LOA_JAVA_OPTS= WORK=
set -euo pipefail
source "$(dirname "$0")/common.sh"
ARTICLES=${ARTICLES:-10000}; UNITS=${UNITS:-50}; ROUNDS=${ROUNDS:-2}; STABLE_MILLIS=${STABLE_MILLIS:-1000}; POLL_MILLIS=${POLL_MILLIS:-500}
LOA_JAVA_OPTS=${LOA_JAVA_OPTS:-}
WORK=${WORK:-$(mktemp -d /tmp/loa-intake.XXXXXX)}; mkdir -p "$WORK/staging" "$WORK/hugo/content"
PORT=$(free_port)
{
  cat <<YAML
site:
  base_url: "http://127.0.0.1:$PORT"
paths:
  content: "$WORK/content"
  data: "$WORK/data"
storage:
  url: "jdbc:sqlite:$WORK/data/loa.db"
http:
  port: $PORT
intake:
  stable_millis: $STABLE_MILLIS
  poll_millis: $POLL_MILLIS
units:
YAML
  for u in $(seq -f "%02g" 1 "$UNITS"); do printf '  - id: u%s\n    name: "Đơn vị %s"\n    feed_items: 50\n' "$u" "$u"; done
} > "$WORK/loa.yaml"

python3 - "$ROOT/content/samples" "$WORK" "$ARTICLES" "$UNITS" "$ROUNDS" <<'PY'
import os, sys, glob
samples, work, n, units, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
bodies = []
for f in sorted(glob.glob(os.path.join(samples, "*.md"))):
    t = open(f, encoding="utf-8").read().split("\n---\n", 1)[1]
    bodies.append(t)
for i in range(1, n * rounds + 1):
    r = 1 + (i - 1) // n
    u = f"u{1 + (i - 1) % units:02d}"
    text = (f'---\nid: bai-{i:06d}\ntitle: "Tin cải cách hành chính số {i}"\nstatus: approved\n'
            f'approved_by: "Văn phòng"\nunits: [{u}]\nchannels: [feed]\n'
            f'date: 2026-{1 + i % 12:02d}-{1 + i % 28:02d}T{i % 24:02d}:{i % 60:02d}:00+07:00\n---\n\n'
            + bodies[i % len(bodies)])
    os.makedirs(os.path.join(work, "staging", str(r)), exist_ok=True)
    open(os.path.join(work, "staging", str(r), f"bai-{i:06d}.md"), "w", encoding="utf-8").write(text)
    if r > 1:
        continue
    d = os.path.join(work, "hugo", "content", u); os.makedirs(d, exist_ok=True)
    open(os.path.join(d, f"bai-{i:06d}.md"), "w", encoding="utf-8").write(text)
PY
echo "# intake $(date -u +%Y-%m-%dT%H:%M:%SZ) articles=$ARTICLES units=$UNITS rounds=$ROUNDS stable_millis=$STABLE_MILLIS poll_millis=$POLL_MILLIS"

mkdir -p "$WORK/content/inbox"
java $LOA_JAVA_OPTS -jar "$JAR" --config "$WORK/loa.yaml" run > "$WORK/run.out" 2>&1 &
LOA=$!
trap 'kill $LOA 2>/dev/null || true; wait $LOA 2>/dev/null || true' EXIT
wait_http "http://127.0.0.1:$PORT/health" 60
sleep 2
python3 - "$WORK" "$ARTICLES" "$ROUNDS" <<'PY'
import os, sys, time, sqlite3
work, n, rounds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
inbox = os.path.join(work, "content", "inbox")
db = sqlite3.connect(f"file:{os.path.join(work, 'data', 'loa.db')}?mode=ro", uri=True, timeout=30)
rejected_dir = os.path.join(work, "content", "rejected")
for r in range(1, rounds + 1):
    staging = os.path.join(work, "staging", str(r))
    files = sorted(os.listdir(staging))
    t0 = time.monotonic()
    for f in files: os.rename(os.path.join(staging, f), os.path.join(inbox, f))
    print(f"round {r}: dropped {len(files)} files in {time.monotonic() - t0:.3f} s", flush=True)
    last = -1
    while True:
        sent = db.execute("select count(*) from deliveries where channel = 'feed' and status = 'sent'").fetchone()[0]
        rejected = len([x for x in os.listdir(rejected_dir) if x.endswith(".error.txt")]) if os.path.isdir(rejected_dir) else 0
        el = time.monotonic() - t0
        if sent != last and int(el) % 10 == 0: print(f"  {el:7.1f} s: feed deliveries sent {sent}/{n * r}, rejected {rejected}", flush=True); last = sent
        if sent + rejected >= n * r: break
        if el > 3600: sys.exit("timeout after 1 h")
        time.sleep(0.2)
    el = time.monotonic() - t0
    pending = db.execute("select count(*) from deliveries where status <> 'sent'").fetchone()[0]
    state = "cold start" if r == 1 else "service warm"
    print(f"loa round {r} ({state}): {n} articles -> every feed delivery sent in {el:.2f} s ({n / el:.1f} articles/s); rejected {rejected}; deliveries not sent {pending}", flush=True)
    time.sleep(2)
PY
kill $LOA; wait $LOA 2>/dev/null || true; trap - EXIT

if command -v hugo >/dev/null; then
  cat > "$WORK/hugo/config.toml" <<TOML
baseURL = "http://127.0.0.1/"
languageCode = "vi"
title = "Loa intake benchmark"
disableKinds = ["taxonomy", "term"]
[services.rss]
limit = 50
TOML
  t0=$(date +%s.%N)
  hugo --quiet -s "$WORK/hugo" -d "$WORK/hugo/public" > "$WORK/hugo.out" 2>&1 || { echo "hugo failed:"; tail "$WORK/hugo.out"; }
  t1=$(date +%s.%N)
  echo "hugo $(hugo version | awk '{print $2}'): $ARTICLES articles, $(find "$WORK/hugo/public" -name index.xml | wc -l) RSS files in $(echo "$t1 - $t0" | bc) s"
else
  echo "hugo: not installed (apt-get install -y hugo)"
fi
echo "work dir: $WORK"
