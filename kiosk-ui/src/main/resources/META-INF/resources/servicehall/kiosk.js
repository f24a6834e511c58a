/* ServiceHall kiosk: the idle timer and the end of a citizen's visit.
   After data-idle seconds without a touch a dialog asks "still there?" and counts down
   data-countdown seconds; then, or when the citizen taps Done or Home (links marked .kiosk-end),
   every field on the page is emptied and the kiosk goes to /kiosk/reset, replacing the current
   history entry: the server ends the session, and the start screen returns. The innermost element
   with data-idle wins, so a step (the receipt) can ask for more time; "off" disables the timer. */
(function () {
    "use strict";
    // Timers live on the window: a language switch re-renders the whole document and runs this
    // script again, and the earlier run's timers must not keep ticking.
    var state = window.ServiceHallTimers = window.ServiceHallTimers || {idle: null, countdown: null};
    window.clearTimeout(state.idle);
    window.clearInterval(state.countdown);

    function page() {
        return document.getElementById("page");
    }

    function idleSeconds() {
        var configured = document.querySelectorAll("[data-idle]");
        if (configured.length === 0) {
            return 0;
        }
        var value = configured[configured.length - 1].getAttribute("data-idle");
        return value === "off" ? 0 : parseInt(value, 10) || 0;
    }

    function dialog() {
        return document.getElementById("idleDialog");
    }

    function asking() {
        var d = dialog();
        return d !== null && d.open;
    }

    function arm() {
        window.clearTimeout(state.idle);
        if (asking()) {
            return;
        }
        var seconds = idleSeconds();
        if (seconds > 0 && dialog() !== null) {
            state.idle = window.setTimeout(ask, seconds * 1000);
        }
    }

    function ask() {
        var d = dialog();
        var text = document.getElementById("idleText");
        var remaining = parseInt(page().getAttribute("data-countdown"), 10) || 20;
        var show = function () {
            text.textContent = text.getAttribute("data-template").replace("{0}", String(remaining));
        };
        show();
        d.showModal();
        document.getElementById("idleContinue").focus();
        state.countdown = window.setInterval(function () {
            remaining -= 1;
            if (remaining <= 0) {
                end();
            } else {
                show();
            }
        }, 1000);
    }

    function resume() {
        window.clearInterval(state.countdown);
        var d = dialog();
        if (d !== null && d.open) {
            d.close();
        }
        arm();
    }

    /* Nothing of this citizen may remain: not in the fields, not in storage, not in history. */
    function end() {
        window.clearInterval(state.countdown);
        window.clearTimeout(state.idle);
        var fields = document.querySelectorAll("input, textarea");
        for (var i = 0; i < fields.length; i++) {
            var type = (fields[i].getAttribute("type") || "").toLowerCase();
            if (type !== "hidden" && type !== "button" && type !== "submit") {
                fields[i].value = "";
            }
        }
        try {
            window.sessionStorage.clear();
            window.localStorage.clear();
        } catch (ignored) {
            // storage may be unavailable; nothing was stored there
        }
        window.location.replace(page().getAttribute("data-reset"));
    }

    function touched() {
        if (!asking()) {
            arm();
        }
    }

    function start() {
        ["pointerdown", "touchstart", "keydown", "input", "wheel"].forEach(function (type) {
            document.addEventListener(type, touched, {capture: true, passive: true});
        });
        document.addEventListener("click", function (event) {
            var target = event.target;
            if (target.closest && target.closest("#idleContinue")) {
                resume();
            } else if (target.closest && target.closest("#idleEnd, a.kiosk-end")) {
                event.preventDefault();
                end();
            }
        });
        document.addEventListener("cancel", function (event) {
            if (event.target === dialog()) {
                event.preventDefault();
                resume();
            }
        }, true);
        if (window.jQuery) {
            // an ajax step may bring its own idle time (the receipt): re-arm after every update
            window.jQuery(document).on("pfAjaxComplete", arm);
            window.jQuery(document).on("pfAjaxError", function (event, xhr) {
                limited(xhr);
            });
        }
        arm();
    }

    // A page restored from the back/forward cache could show an earlier citizen's screen: reload it.
    window.addEventListener("pageshow", function (event) {
        if (event.persisted) {
            window.location.reload();
        }
    });

    window.ServiceHall = {
        end: end,
        /** Prints the receipt once per visit, when the kiosk has a printer. */
        printOnce: function () {
            if (!state.printed) {
                state.printed = true;
                window.setTimeout(function () { window.print(); }, 300);
            }
        },
        /** A submit that never reached the server, or that a rate limit refused: say so, and let the citizen tap again. */
        submitFailed: function (xhr) {
            var retry = document.getElementById("submitRetry");
            if (retry !== null && !(xhr && xhr.status === 429)) {
                retry.hidden = false;
            }
            var button = window.PF ? PF("submitButton") : null;
            if (button) {
                // PrimeFaces ends a button's loading state only after a successful answer
                if (typeof PrimeFaces.buttonEndAjaxDisabled === "function") {
                    PrimeFaces.buttonEndAjaxDisabled(button, button.jq);
                } else {
                    button.enable();
                }
            }
        }
    };

    /* A tap a rate limit refused (429) changes nothing on the screen, so nothing entered is lost:
       say so next to the submit button if there is one, else at the top of the screen. */
    function limited(xhr) {
        if (!xhr || xhr.status !== 429) {
            return;
        }
        var notice = document.getElementById("submitLimited") || document.getElementById("limited");
        if (notice !== null) {
            notice.hidden = false;
            notice.scrollIntoView({block: "center"});
        }
    }


    // Loaded with defer (web.xml), this script runs once the page is parsed ("interactive") but
    // before PrimeFaces' jQuery, which comes after it: start when the document is ready.
    if (document.readyState !== "complete") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
}());
