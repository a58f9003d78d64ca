package vn.loa.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.loa.config.LoaConfig;
import vn.loa.config.Unit;

/** The units of {@code loa.yaml} as a tree by {@code parent}: the order and depth of a report's lines, and subtrees. */
final class UnitTree {

    /** A unit at its depth below the report's top. */
    record Node(Unit unit, int depth) {
    }

    private final LoaConfig config;

    UnitTree(LoaConfig config) {
        this.config = config;
    }

    /** The units of the report, each followed by the units below it: of {@code top}, or of every top-level unit. */
    List<Node> lines(String top) {
        List<Node> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (top != null) {
            walk(config.unit(top).orElseThrow(), 0, out, seen);
            return out;
        }
        for (Unit u : config.units()) {
            if (parent(u) == null) {
                walk(u, 0, out, seen);
            }
        }
        for (Unit u : config.units()) { // a parent loop leaves units unreached: list them at the top
            if (!seen.contains(u.id())) {
                walk(u, 0, out, seen);
            }
        }
        return out;
    }

    private void walk(Unit unit, int depth, List<Node> out, Set<String> seen) {
        if (!seen.add(unit.id())) {
            return;
        }
        out.add(new Node(unit, depth));
        for (Unit child : config.units()) {
            if (unit.id().equals(child.parent())) {
                walk(child, depth + 1, out, seen);
            }
        }
    }

    /** {@code id} and every unit below it. */
    Set<String> subtree(String id) {
        Set<String> out = new LinkedHashSet<>();
        lines(id).forEach(n -> out.add(n.unit().id()));
        return out;
    }

    Unit parent(Unit unit) {
        return unit.parent() == null || unit.parent().isBlank() ? null : config.unit(unit.parent()).orElse(null);
    }

    /** The unit and its ancestors, nearest first. */
    List<Unit> upwards(Unit unit) {
        List<Unit> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Unit at = unit; at != null && seen.add(at.id()); at = parent(at)) {
            out.add(at);
        }
        return out;
    }
}
