package vn.loa.config;

import java.util.List;

/** A cross-check failure: the path to the offending value (keys and indexes), a key to show, a message. */
record ConfigIssue(List<Object> path, String key, String message) {
}
