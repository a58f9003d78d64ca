# Shared helpers of the bench/ scripts (sourced, not run).
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH="$ROOT/bench"
JAR="$ROOT/target/loa.jar"
[ -f "$JAR" ] || { echo "no $JAR: run mvn -q -B -o package -DskipTests first" >&2; exit 1; }
free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }

# feed_config DIR HTTP_PORT STABLE_MILLIS POLL_MILLIS [SMTP_PORT]: one unit, no chats; without SMTP_PORT no
# lists either (feed only); with it, list ban-tin (no double opt-in) and SMTP to 127.0.0.1:SMTP_PORT
feed_config() {
  local lists="" smtp=""
  if [ -n "${5:-}" ]; then
    lists="    lists: [ban-tin]"
    smtp="lists:
  - id: ban-tin
    name: \"Bản tin thử\"
    from: \"Bản tin CCHC <bantin@loa.test>\"
    double_opt_in: false
smtp:
  host: 127.0.0.1
  port: $5
  starttls: false
  tls: false
  per_second: 0
  connections: 2"
  fi
  cat > "$1/loa.yaml" <<YAML
site:
  base_url: "http://127.0.0.1:$2"
paths:
  content: "$1/content"
  data: "$1/data"
storage:
  url: "jdbc:sqlite:$1/data/loa.db"
http:
  port: $2
units:
  - id: bnv
    name: "Bộ Nội vụ"
    website: "https://moha.gov.vn"
    feed_items: 50
$lists
$smtp
intake:
  stable_millis: $3
  poll_millis: $4
YAML
}

# sample_article ID I > FILE: a Vietnamese article for unit bnv built from the body of the I-th sample
sample_article() {
  local samples=("$ROOT"/content/samples/*.md)
  local f=${samples[$(( $2 % ${#samples[@]} ))]}
  printf -- '---\nid: %s\ntitle: "Bài thử %s: cải cách hành chính và chuyển đổi số"\nstatus: approved\napproved_by: "Văn phòng Bộ Nội vụ"\nunits: [bnv]\nchannels: [%s]\ndate: 2026-11-%02dT08:00:00+07:00\n---\n\n' "$1" "$2" "${CHANNELS:-feed}" $(( 1 + $2 % 20 ))
  awk 'BEGIN{n=0} /^---$/{n++; next} n>=2' "$f"
}

# wait_http URL SECONDS: until URL answers 200
wait_http() {
  local i
  for i in $(seq 1 $(( $2 * 10 ))); do
    curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
    sleep 0.1
  done
  echo "timeout waiting for $1" >&2; return 1
}
