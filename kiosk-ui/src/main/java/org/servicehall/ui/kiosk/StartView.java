package org.servicehall.ui.kiosk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The start screen ({@code kiosk/index.xhtml}): three choices, and the place where IT configures a
 * kiosk once through its start URL ({@code ?terminal=HALL1-K01&idle=60&countdown=20&printer=false}).
 */
@Named
@RequestScoped
public class StartView {

    @Inject
    KioskSession kiosk;

    private String terminal;
    private Integer idle;
    private Integer countdown;
    private Boolean printer;

    public void configure() {
        kiosk.configure(terminal, idle, countdown, printer);
    }

    public String getTerminal() {
        return terminal;
    }

    public void setTerminal(String terminal) {
        this.terminal = terminal;
    }

    public Integer getIdle() {
        return idle;
    }

    public void setIdle(Integer idle) {
        this.idle = idle;
    }

    public Integer getCountdown() {
        return countdown;
    }

    public void setCountdown(Integer countdown) {
        this.countdown = countdown;
    }

    public Boolean getPrinter() {
        return printer;
    }

    public void setPrinter(Boolean printer) {
        this.printer = printer;
    }
}
