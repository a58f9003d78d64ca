#!/usr/bin/env bash
# Poor man's profile of a running Loa: SAMPLES thread dumps (jstack) one second apart, the loa-deliver threads
# classified by what their stack is doing. Not a CPU profiler: a RUNNABLE thread in a native socket read is
# waiting, not burning CPU; read the counts as "where the delivery threads are", not as CPU time.
# usage: bench/jstack-profile.sh PID [SAMPLES=6] [OUT_DIR]
#        bench/jstack-profile.sh DIR      (classify dumps already in DIR/jstack.N.txt)
#   e.g. during bench/email-fanout.sh:  bench/jstack-profile.sh "$(pgrep -f '^java .*loa.yaml publish')"
set -euo pipefail
if [ -d "$1" ]; then
  OUT=$1; SAMPLES=$(ls "$OUT"/jstack.*.txt | wc -l)
else
  PID=$1; SAMPLES=${2:-6}; OUT=${3:-$(mktemp -d /tmp/loa-jstack.XXXXXX)}
  mkdir -p "$OUT"
  for k in $(seq 1 "$SAMPLES"); do jstack "$PID" > "$OUT/jstack.$k.txt"; sleep 1; done
fi
python3 - "$OUT" "$SAMPLES" <<'PY'
import re, sys, collections
out, n = sys.argv[1], int(sys.argv[2])
rules = [
    ('FactoryFinder', 'jakarta.mail FactoryFinder/ServiceLoader (jar scan on every StreamProvider.provider())'),
    ('MailHtml.inline', 'MailHtml.inline (jsoup, per message)'),
    ('PlainText.of', 'PlainText.of (HTML to text, per message)'),
    ('Templates.render', 'Templates.render (Mustache, per message)'),
    ('DeliveryLog', 'SQLite: delivery log'), ('sqlite', 'SQLite: other (subscriber check, ...)'),
    ('OutgoingMessage', 'OutgoingMessage (serialise MIME)'),
    ('ListHeaders', 'ListHeaders (unsubscribe token, headers)'),
    ('ArticleEmail', 'ArticleEmail.render (MIME build)'),
    ('TransportPool', 'SMTP send (Angus SMTPTransport: encode, write, read reply)'),
    ('getTask', 'idle (waiting for work)'),
]
c = collections.Counter(); total = 0
for k in range(1, n + 1):
    for blk in open(f'{out}/jstack.{k}.txt').read().split('\n\n'):
        if not blk.startswith('"loa-deliver'): continue
        total += 1
        j = blk.lower(); st = re.search(r'State: (\S+)', blk); st = st.group(1) if st else '?'
        cat = next((name for key, name in rules if key.lower() in j), 'other')
        c[(cat, st)] += 1
print(f'{total} loa-deliver thread samples from {n} dumps in {out}')
for (cat, st), v in c.most_common(): print(f'{v:4d}  {st:14s} {cat}')
PY
