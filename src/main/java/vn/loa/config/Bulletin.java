package vn.loa.config;

import java.util.List;

/** A scheduled e-bulletin compiled from the articles of its units. */
public record Bulletin(String id, String title, String schedule, List<String> units, List<String> lists,
                       List<String> chats, String publishTo, Integer minArticles) {

    public Bulletin {
        schedule = schedule == null || schedule.isBlank() ? "0 0 8 1,8,15,22 * ?" : schedule;
        units = units == null ? List.of() : List.copyOf(units);
        lists = lists == null ? List.of() : List.copyOf(lists);
        chats = chats == null ? List.of() : List.copyOf(chats);
        minArticles = minArticles == null ? 1 : minArticles;
    }
}
