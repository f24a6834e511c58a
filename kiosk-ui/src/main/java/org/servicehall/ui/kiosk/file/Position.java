package org.servicehall.ui.kiosk.file;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the citizen is in the wizard: the step, and in elderly mode the page of tiles or problems
 * (four at a time) and the question of the details step (one at a time).
 */
final class Position implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many tiles or problems an elderly-mode screen shows at once. */
    static final int ELDERLY_PAGE_SIZE = 4;

    private Step step = Step.CATEGORY;
    private int page;
    private int section;

    Step step() {
        return step;
    }

    /** To a step, at its first page and first question. */
    void go(Step to) {
        step = to;
        page = 0;
        section = 0;
    }

    /** Back one question in elderly mode, else back one step (past the problems when the category has none). */
    void back(boolean elderly, boolean hasQuickPicks, int sectionCount) {
        if (step == Step.DETAILS && elderly && section(sectionCount) > 0) {
            section = section(sectionCount) - 1;
            return;
        }
        switch (step) {
            case PROBLEM -> go(Step.CATEGORY);
            case DETAILS -> go(hasQuickPicks ? Step.PROBLEM : Step.CATEGORY);
            case CONTACT -> {
                go(Step.DETAILS);
                section = elderly ? sectionCount - 1 : 0;
            }
            case REVIEW -> go(Step.CONTACT);
            default -> { }
        }
    }

    // ------------------------------------------------------------ pages of tiles and problems

    static int pageCount(int items, boolean elderly) {
        return elderly ? Math.max(1, (items + ELDERLY_PAGE_SIZE - 1) / ELDERLY_PAGE_SIZE) : 1;
    }

    /** The items on this screen: all of them, or the current page's in elderly mode. */
    <T> List<T> page(List<T> items, boolean elderly, int pageCount) {
        if (!elderly || items.size() <= ELDERLY_PAGE_SIZE) {
            return items;
        }
        int from = Math.min(page, pageCount - 1) * ELDERLY_PAGE_SIZE;
        return items.subList(from, Math.min(items.size(), from + ELDERLY_PAGE_SIZE));
    }

    int pageNumber(int pageCount) {
        return Math.min(page, pageCount - 1) + 1;
    }

    /** On to the next page, from the last back to the first. */
    void nextPage(int pageCount) {
        page = (Math.min(page, pageCount - 1) + 1) % pageCount;
    }

    // ------------------------------------------------------------ questions of the details step

    /** The questions of the details step, in order: the category's own fields last, when it has any. */
    static List<Section> sections(boolean withFields) {
        List<Section> sections = new ArrayList<>(List.of(Section.WORDS, Section.WHO, Section.WHEN));
        if (withFields) {
            sections.add(Section.FIELDS);
        }
        return sections;
    }

    /** The index of the current question among that many. */
    int section(int sectionCount) {
        return Math.min(section, sectionCount - 1);
    }

    /** On to the next question; false when this was the last. */
    boolean nextSection(int sectionCount) {
        if (section(sectionCount) < sectionCount - 1) {
            section = section(sectionCount) + 1;
            return true;
        }
        return false;
    }
}
