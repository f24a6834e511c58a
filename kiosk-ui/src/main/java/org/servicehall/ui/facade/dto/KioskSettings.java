package org.servicehall.ui.facade.dto;

import java.io.Serializable;

/**
 * How kiosks behave unless their start URL says otherwise.
 *
 * @param idleSeconds        without a touch for this long, the kiosk asks whether the citizen is still there
 * @param countdownSeconds   how long it asks before it wipes everything (at least 20 in the hall)
 * @param receiptIdleSeconds the same as idleSeconds on the receipt, which citizens need time to copy
 * @param publicUrl          the address phones reach the status page at (for the receipt's QR code),
 *                           e.g. {@code https://hall.example.gov.cn}; null: the address the kiosk uses
 * @param zone               the hall's time zone id, e.g. {@code Asia/Shanghai}, for "today"
 */
public record KioskSettings(int idleSeconds, int countdownSeconds, int receiptIdleSeconds, String publicUrl,
                            String zone) implements Serializable {
}
