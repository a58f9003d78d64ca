package vn.loa.delivery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs how far each long send in progress has come (sent/total, rate, time left), and once more when it finishes:
 * sends of at least {@value #LONG_SEND} deliveries (a list, not a unit feed or a chat). A send that only waits for
 * a later retry is left out until it moves again.
 */
public final class ProgressLog {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressLog.class);
    static final int LONG_SEND = 100;

    private final DeliveryQueries log;
    /** The sends logged as moving at the last report, by item version and target. */
    private final Map<String, SendProgress> moving = new HashMap<>();

    public ProgressLog(DeliveryQueries log) {
        this.log = log;
    }

    public synchronized void report() {
        Map<String, SendProgress> now = new HashMap<>();
        for (SendProgress p : log.progress(null)) {
            if (p.total() < LONG_SEND) {
                continue;
            }
            String key = key(p);
            boolean started = p.sent() + p.failed() + p.skipped() > 0;
            if (!p.finished() && (p.perSecond() > 0 || !started)) {
                now.put(key, p);
                LOG.info("sending {}", p.describe());
            } else if (p.finished() && moving.remove(key) != null) {
                LOG.info("sent {}", p.describe());
            }
        }
        // items that finished since the last report no longer show among the unfinished ones
        moving.keySet().stream().filter(k -> !now.containsKey(k)).map(moving::get)
                .map(SendProgress::contentId).distinct().toList()
                .forEach(contentId -> finished(contentId, now));
        moving.clear();
        moving.putAll(now);
    }

    private void finished(String contentId, Map<String, SendProgress> now) {
        List<SendProgress> all = log.progress(contentId);
        for (SendProgress p : all) {
            String key = key(p);
            if (p.finished() && moving.containsKey(key) && !now.containsKey(key)) {
                LOG.info("sent {}", p.describe());
                moving.remove(key);
            }
        }
    }

    private static String key(SendProgress p) {
        return p.contentId() + "@" + p.version() + "/" + p.channel().key() + "/" + p.target();
    }
}
