package org.servicehall.ui.kiosk.file;

import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.servicehall.ui.facade.dto.CategoryTile;
import org.servicehall.ui.facade.dto.Choice;
import org.servicehall.ui.facade.dto.FieldSpec;
import org.servicehall.ui.support.Messages;

/** What is wrong, as the citizen said it: the category tile, the common problems tapped, their own words. */
public final class Problem implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The citizen's own words: what fits beside any problems tapped in the complaint's 2000 characters. */
    public static final int DESCRIPTION_MAX_LENGTH = 1000;

    private CategoryTile category;
    private final Set<String> picked = new LinkedHashSet<>();
    private String description;

    /** Takes the category; another one than before forgets the problems tapped under the old one and says so. */
    boolean choose(CategoryTile chosen) {
        boolean changed = category == null || !category.code().equals(chosen.code());
        if (changed) {
            picked.clear();
        }
        category = chosen;
        return changed;
    }

    void forgetCategory() {
        category = null;
    }

    boolean hasQuickPicks() {
        return category != null && !category.quickPicks().isEmpty();
    }

    List<Choice> quickPicks() {
        return category == null ? List.of() : category.quickPicks();
    }

    /** The category's own questions, none without a category. */
    List<FieldSpec> fields() {
        return category == null ? List.of() : category.fields();
    }

    public void togglePick(String code) {
        if (category != null && category.quickPick(code).isPresent() && !picked.remove(code)) {
            picked.add(code);
        }
    }

    public boolean isPicked(String code) {
        return picked.contains(code);
    }

    public List<Choice> getPickedChoices() {
        return quickPicks().stream().filter(pick -> picked.contains(pick.code())).toList();
    }

    List<String> pickedCodes() {
        return List.copyOf(picked);
    }

    /** Whether the citizen tapped a problem or wrote something, and not too much; else says what is missing. */
    boolean wordsOk() {
        if (picked.isEmpty() && (description == null || description.isBlank())) {
            Messages.error(hasQuickPicks() ? "error.description.requiredWithoutPick" : "error.description.required");
            return false;
        }
        if (description != null && description.strip().length() > DESCRIPTION_MAX_LENGTH) {
            Messages.error("error.description.tooLong", DESCRIPTION_MAX_LENGTH);
            return false;
        }
        return true;
    }

    public CategoryTile getCategory() {
        return category;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public int getDescriptionMaxLength() {
        return DESCRIPTION_MAX_LENGTH;
    }
}
