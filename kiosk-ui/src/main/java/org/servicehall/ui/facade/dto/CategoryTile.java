package org.servicehall.ui.facade.dto;

import java.io.Serializable;

/**
 * A category as a kiosk tile.
 *
 * @param icon a PrimeIcons name without the {@code pi-} prefix
 */
public record CategoryTile(String code, Label label, String icon) implements Serializable {
}
