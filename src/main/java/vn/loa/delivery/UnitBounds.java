package vn.loa.delivery;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.loa.config.LoaConfig;
import vn.loa.config.Unit;
import vn.loa.content.Article;
import vn.loa.content.ContentRejectedException;
import vn.loa.content.ContentStatus;
import vn.loa.content.Problem;
import vn.loa.i18n.Messages;
import vn.loa.storage.StoredContent;

/**
 * An item's id belongs to the units that first published it, its <em>owners</em>: the units of the stored version
 * that have no unit above them ({@code parent} in loa.yaml) among its units. A file that reuses the id (a
 * correction, a withdrawal, the same id again) must be for the owners: its units (its inbox folder and its
 * {@code units}) name every owner, and any other unit it names is below an owner. The owners are therefore the same
 * for every version: a unit below them can be added or dropped again, an owner can never be dropped, and no unit
 * outside their trees can ever change or withdraw the item. A withdrawal that names no unit at all (dropped at the
 * inbox root without {@code units}) is for the owners.
 */
final class UnitBounds {

    private final LoaConfig config;

    UnitBounds(LoaConfig config) {
        this.config = config;
    }

    /** Throws when {@code article} may not replace or withdraw {@code stored}; returns otherwise. */
    void check(Article article, StoredContent stored) {
        List<String> owners = owners(stored.article().units());
        List<String> units = article.units();
        if (owners.isEmpty() || (units.isEmpty() && article.status() == ContentStatus.WITHDRAWN)) {
            return;
        }
        List<String> missing = owners.stream().filter(owner -> !units.contains(owner)).toList();
        List<String> outside = units.stream().filter(unit -> !owners.contains(unit) && !isBelow(unit, owners)).toList();
        if (missing.isEmpty() && outside.isEmpty()) {
            return;
        }
        String message;
        if (article.status() == ContentStatus.WITHDRAWN) {
            message = Messages.t("guard.owner.withdrawal", article.id(), describe(owners));
        } else if (outside.size() == units.size()) {
            message = Messages.t("guard.owner.taken", article.id(), describe(owners));
        } else if (!outside.isEmpty()) {
            message = Messages.t("guard.owner.outside", article.id(), describe(owners), describe(outside));
        } else {
            message = Messages.t("guard.owner.missing", article.id(), describe(owners), String.join(", ", missing));
        }
        throw new ContentRejectedException(article.sourceName(), new Problem(0, "id", message));
    }

    /** The units among {@code units} with no unit above them among {@code units}, in their order. */
    List<String> owners(List<String> units) {
        List<String> owners = new ArrayList<>();
        for (String unit : new LinkedHashSet<>(units)) {
            if (!isBelow(unit, units)) {
                owners.add(unit);
            }
        }
        return owners;
    }

    /** Whether a unit above {@code unit} (its parent, the parent's parent…) is one of {@code units}. */
    private boolean isBelow(String unit, List<String> units) {
        Set<String> seen = new HashSet<>();
        String parent = config.unit(unit).map(Unit::parent).orElse(null);
        while (parent != null && !parent.isBlank() && seen.add(parent)) {
            if (units.contains(parent)) {
                return true;
            }
            parent = config.unit(parent).map(Unit::parent).orElse(null);
        }
        return false;
    }

    /** {@code bnv (Bộ Nội vụ), ubnd-hn (Ủy ban nhân dân thành phố Hà Nội)}. */
    private String describe(List<String> units) {
        return units.stream()
                .map(id -> config.unit(id).map(u -> u.name().equals(id) ? id : id + " (" + u.name() + ")").orElse(id))
                .collect(Collectors.joining(", "));
    }
}
