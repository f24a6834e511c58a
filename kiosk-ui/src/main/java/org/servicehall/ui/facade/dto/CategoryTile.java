package org.servicehall.ui.facade.dto;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * A category as a kiosk tile, with what the filing wizard asks under it.
 *
 * @param icon        a PrimeIcons name without the {@code pi-} prefix
 * @param explanation one line under the label; null for none
 * @param quickPicks  the category's common problems, in display order
 * @param fields      the category's extra questions, in display order
 */
public record CategoryTile(String code, Label label, String icon, Label explanation, List<Choice> quickPicks,
                           List<FieldSpec> fields) implements Serializable {

    public CategoryTile {
        quickPicks = quickPicks == null ? List.of() : List.copyOf(quickPicks);
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public Optional<Choice> quickPick(String quickPickCode) {
        return quickPicks.stream().filter(pick -> pick.code().equals(quickPickCode)).findFirst();
    }
}
