package org.servicehall.plugins.channel.wechat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A complaint keyword at the start of a follower's text, and what follows it. */
final class Keywords {

    private static final String SEPARATORS = " \t\r\n:：,，、.。;；-—";

    private Keywords() {
    }

    /**
     * The text after a leading complaint keyword (separators removed; may be empty), if it starts
     * with one; the longest keyword that matches wins.
     */
    static Optional<String> afterKeyword(String content, List<String> keywords) {
        String text = content.strip();
        List<String> longestFirst = new ArrayList<>(keywords);
        longestFirst.sort((a, b) -> b.length() - a.length());
        for (String keyword : longestFirst) {
            if (text.regionMatches(true, 0, keyword, 0, keyword.length())) {
                int i = keyword.length();
                while (i < text.length() && SEPARATORS.indexOf(text.charAt(i)) >= 0) {
                    i++;
                }
                return Optional.of(text.substring(i).strip());
            }
        }
        return Optional.empty();
    }
}
