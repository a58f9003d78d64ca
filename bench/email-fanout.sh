#!/usr/bin/env bash
# Email fan-out benchmark: Postfix smtp-source (the ceiling), nodemailer pooled (the Node peer) and Loa's
# real pipeline (import, publish, delivery log), all into one Postfix smtp-sink on 127.0.0.1, same message.
#
# usage: bench/email-fanout.sh            (from the repository root, after `mvn -q -B -o package -DskipTests`)
# env:   N=100000          subscribers / messages for each sender (the issue's target size)
#        SOURCE_N, NODE_N, LOA_N   override N per sender
#        SESSIONS="4 8 16" smtp-source session counts (the ceiling is the best of them)
#        CONNECTIONS=8     nodemailer maxConnections and Loa smtp.connections
#        LOA_JAVA_OPTS=""  JVM options for the Loa commands (e.g. -Xmx256m)
#        LOA_WRAP=""       a command prefix for the timed `publish` only, e.g.
#                          LOA_WRAP="strace -f --seccomp-bpf -c -o /tmp/fsync.txt -e trace=fsync,fdatasync"
#        SKIP=""           space-separated parts to leave out: source node loa (e.g. SKIP="source node")
#        WORK=<tmp dir>    where the temp config, database and logs go (kept for inspection)
# Output: one line per measurement and a summary; a copy goes to $WORK/results.txt.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH="$ROOT/bench"
JAR="$ROOT/target/loa.jar"
N=${N:-100000}
SOURCE_N=${SOURCE_N:-$N}
NODE_N=${NODE_N:-$N}
LOA_N=${LOA_N:-$N}
SESSIONS=${SESSIONS:-"4 8 16"}
SKIP=${SKIP:-}
skip() { [[ " $SKIP " == *" $1 "* ]]; }
CONNECTIONS=${CONNECTIONS:-8}
LOA_JAVA_OPTS=${LOA_JAVA_OPTS:-}
LOA_WRAP=${LOA_WRAP:-}
WORK=${WORK:-$(mktemp -d /tmp/loa-fanout.XXXXXX)}
mkdir -p "$WORK"
RESULTS="$WORK/results.txt"
: > "$RESULTS"
say() { echo "$*" | tee -a "$RESULTS"; }

for tool in smtp-sink smtp-source node java python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "missing: $tool (see bench/README.md)" >&2; exit 1; }
done
[ -f "$JAR" ] || { echo "no $JAR: run mvn -q -B -o package -DskipTests first" >&2; exit 1; }
[ -d "$BENCH/node_modules/nodemailer" ] || { echo "no nodemailer: (cd bench && npm install)" >&2; exit 1; }

free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }
now() { date +%s.%N; }
rate() { python3 -c "import sys;print('%.1f' % (float(sys.argv[1])/float(sys.argv[2])))" "$1" "$2"; }
# CPU seconds (user + system) per 1,000 messages from a /usr/bin/time file: steadier than msg/s on a shared machine
cpu_per_1000() { python3 -c "import re,sys;u,s=re.search(r'cpu_s=([\d.]+)\+([\d.]+)',open(sys.argv[1]).read()).groups();print('cpu_s_per_1000=%.3f' % ((float(u)+float(s))*1000/int(sys.argv[2])))" "$1" "$2"; }
loa() { java $LOA_JAVA_OPTS -jar "$JAR" --config "$WORK/loa.yaml" "$@"; }

PORT=$(free_port)
SINK_USER=(); [ "$(id -u)" = 0 ] && SINK_USER=(-u nobody)
smtp-sink "${SINK_USER[@]}" -m 256 "127.0.0.1:$PORT" 1024 &
SINK=$!
trap 'kill $SINK 2>/dev/null || true' EXIT
sleep 0.5

say "# email-fanout $(date -u +%Y-%m-%dT%H:%M:%SZ) N(source)=$SOURCE_N N(node)=$NODE_N N(loa)=$LOA_N connections=$CONNECTIONS sink=127.0.0.1:$PORT"

# --- the article: two sample articles' bodies, ~4 KB of Vietnamese Markdown -> a ~22 KB email ---------------
S="$ROOT/content/samples"
{ printf -- '---\nid: bench-bai-dai\ntitle: "Sơ kết công tác cải cách hành chính năm 2026 và nhiệm vụ trọng tâm năm 2027"\nstatus: approved\napproved_by: "Văn phòng Bộ Nội vụ"\nunits: [bnv]\nchannels: [feed, email]\n---\n\n'
  awk 'BEGIN{n=0} /^---$/{n++; next} n>=2' "$S/so-ket-cchc-9-thang-2026.md"; echo
  awk 'BEGIN{n=0} /^---$/{n++; next} n>=2' "$S/bnv-trien-khai-do-luong-sipas-2026.md" | head -n 6
} > "$WORK/article.md"

write_config() { # $1 = dir, $2 = smtp host ("" writes to the outbox)
  cat > "$1/loa.yaml" <<YAML
site:
  base_url: "http://loa.test"
paths:
  content: "$1/content"
  data: "$1/data"
storage:
  url: "jdbc:sqlite:$1/data/loa.db"
http:
  port: $(free_port)
units:
  - id: bnv
    name: "Bộ Nội vụ"
    lists: [ban-tin]
lists:
  - id: ban-tin
    name: "Bản tin thử"
    from: "Bản tin CCHC <bantin@loa.test>"
    double_opt_in: false
smtp:
  host: "$2"
  port: $PORT
  starttls: false
  tls: false
  per_second: 0
  connections: $CONNECTIONS
  timeout_seconds: 30
YAML
}

# --- Loa's own message for one subscriber (outbox), used as the message of smtp-source and the parts of nodemailer
PROTO="$WORK/proto"; rm -rf "$PROTO"; mkdir -p "$PROTO"
write_config "$PROTO" ""
printf 'email,name\nnguoi0000001@so.gov.vn,Người thử 1\n' > "$PROTO/m.csv"
java -jar "$JAR" --config "$PROTO/loa.yaml" subscribers import ban-tin "$PROTO/m.csv" > /dev/null
java -jar "$JAR" --config "$PROTO/loa.yaml" publish "$WORK/article.md" > "$PROTO/publish.out" 2>&1
EML=$(ls "$PROTO"/content/outbox/*.eml | head -1)
cp "$EML" "$WORK/message.eml"
python3 - "$WORK/message.eml" "$WORK/part.html" "$WORK/part.txt" <<'PY'
import email, sys
from email import policy
m = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=policy.default)
open(sys.argv[2], 'w').write(m.get_body(('html',)).get_content())
open(sys.argv[3], 'w').write(m.get_body(('plain',)).get_content())
PY
say "message: Loa's email for one subscriber, $(wc -c < "$WORK/message.eml") bytes (html part $(wc -c < "$WORK/part.html") B, text part $(wc -c < "$WORK/part.txt") B, UTF-8, quoted-printable)"

# --- (1) smtp-source: the ceiling ---------------------------------------------------------------------------
CEILING=0
skip source && SESSIONS=""
for s in $SESSIONS; do
  t0=$(now)
  smtp-source -s "$s" -m "$SOURCE_N" -F "$WORK/message.eml" -f bantin@loa.test -t nguoi@so.gov.vn "127.0.0.1:$PORT"
  t1=$(now)
  r=$(rate "$SOURCE_N" "$(echo "$t1 - $t0" | bc)")
  say "smtp-source sessions=$s N=$SOURCE_N seconds=$(echo "$t1 - $t0" | bc) rate=$r"
  CEILING=$(python3 -c "print(max(float('$CEILING'), float('$r')))")
done

# --- (2) nodemailer, pooled -------------------------------------------------------------------------------
NODE_LINE="nodemailer skipped rate=0"
skip node || NODE_LINE=$(cd "$BENCH" && /usr/bin/time -f "cpu_s=%U+%S" -o "$WORK/node.time" \
  node nodemailer-send.js 127.0.0.1 "$PORT" "$NODE_N" "$WORK/part.html" "$WORK/part.txt" "$CONNECTIONS")
skip node || NODE_LINE="$NODE_LINE $(cpu_per_1000 "$WORK/node.time" "$NODE_N")"
say "$NODE_LINE connections=$CONNECTIONS"
NODE_RATE=$(echo "$NODE_LINE" | sed -n 's/.*rate=\([0-9.]*\).*/\1/p')

# --- (3) Loa, the real pipeline --------------------------------------------------------------------------
LOA_RATE=0
if ! skip loa; then
RUN="$WORK/loa"; rm -rf "$RUN"; mkdir -p "$RUN"
write_config "$RUN" "127.0.0.1"
cp "$RUN/loa.yaml" "$WORK/loa.yaml"
python3 - "$LOA_N" > "$WORK/members.csv" <<'PY'
import sys
n = int(sys.argv[1])
print("email,name")
for i in range(1, n + 1):
    print(f"nguoi{i:07d}@so.gov.vn,Người thử {i}")
PY
t0=$(now)
# setup, not measured: the default heap (the import keeps every address of the file in memory to find duplicates)
java -jar "$JAR" --config "$WORK/loa.yaml" subscribers import ban-tin "$WORK/members.csv" 2>>"$WORK/loa-import.err" | tee -a "$RESULTS"
t1=$(now)
say "loa import N=$LOA_N seconds=$(echo "$t1 - $t0" | bc)"

t0=$(now)
/usr/bin/time -f "cpu_s=%U+%S peak_rss_kb=%M" -o "$WORK/publish.time" \
  $LOA_WRAP java $LOA_JAVA_OPTS -jar "$JAR" --config "$WORK/loa.yaml" publish "$WORK/article.md" > "$WORK/publish.out" 2> "$WORK/publish.err"
t1=$(now)
LOA_S=$(echo "$t1 - $t0" | bc)
# the delivery log's own account of the send (aggregated in SQLite, so it also works for a million rows under -Xmx256m):
# sent count, and first to last sent_at = the steady state (excludes JVM start, render, planning, shutdown)
PROGRESS=$(loa log --progress --content bench-bai-dai --format csv 2>/dev/null | python3 -c '
import csv, sys, datetime
rows = [r for r in csv.DictReader(sys.stdin) if r["channel"] == "email"]
if not rows: print("0 log_rate=n/a"); sys.exit()
r = rows[0]; p = lambda s: datetime.datetime.fromisoformat(s.replace("Z", "+00:00"))
span = (p(r["last_sent_at"]) - p(r["first_sent_at"])).total_seconds() if r["first_sent_at"] else 0
print(r["sent"], "log_first_to_last_s=%.3f log_rate=%.1f" % (span, (int(r["sent"]) - 1) / span) if span > 0 else "log_rate=n/a")')
SENT=${PROGRESS%% *}
STEADY=${PROGRESS#* }
LOA_RATE=$(rate "$LOA_N" "$LOA_S")
{ grep -h "ProgressLog" "$WORK/publish.err" || true; } | tail -3 | sed "s/^/  progress: /" | tee -a "$RESULTS"
say "loa publish N=$LOA_N seconds=$LOA_S rate=$LOA_RATE sent_in_log=$SENT $STEADY $(tail -1 "$WORK/publish.time") $(cpu_per_1000 "$WORK/publish.time" "$LOA_N") java_opts='$LOA_JAVA_OPTS'"
[ "$SENT" = "$LOA_N" ] || say "WARNING: the delivery log shows $SENT email deliveries sent, expected $LOA_N"

fi
say "ceiling(smtp-source best)=$CEILING nodemailer=$NODE_RATE loa=$LOA_RATE"
say "loa/nodemailer=$(python3 -c "print('%.2f' % ($LOA_RATE/$NODE_RATE) if $NODE_RATE else 'n/a')") (target >= 2)  loa/smtp-source=$(python3 -c "print('%.1f%%' % (100*$LOA_RATE/$CEILING) if $CEILING else 'n/a')") (target >= 40%)"
say "work dir: $WORK"
