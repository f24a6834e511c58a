/* ServiceHall public website: what the pages need beyond Faces and PrimeFaces. */
(function () {
    "use strict";

    /* A request the site's rate limit refused (429) changes nothing on the page: say so, and
       let the citizen press the button again later. Other failures keep the page as well. */
    function ajaxFailed(xhr) {
        if (xhr && xhr.status === 429) {
            var notice = document.getElementById("limited");
            if (notice !== null) {
                notice.hidden = false;
                notice.scrollIntoView({block: "center"});
            }
        }
        document.querySelectorAll("button[data-submit]").forEach(function (button) {
            var widget = window.PF && button.id ? PrimeFaces.widgets[button.getAttribute("data-submit")] : null;
            if (widget && typeof PrimeFaces.buttonEndAjaxDisabled === "function") {
                // PrimeFaces ends a button's loading state only after a successful answer
                PrimeFaces.buttonEndAjaxDisabled(widget, widget.jq);
            } else if (widget) {
                widget.enable();
            } else {
                button.disabled = false;
            }
        });
    }

    window.ServiceHallSite = {
        /* After a submit, what it brought gets the focus (and is read out): the messages at the
           top when something was refused, else the result, which on a phone is below the fold. */
        focusMessages: function () {
            var box = document.querySelector(".kiosk-messages");
            if (box === null || box.textContent.trim() === "") {
                box = document.querySelector(".result, .receipt, #thanks, #appealed, #notNow");
            }
            if (box !== null) {
                box.setAttribute("tabindex", "-1");
                box.focus({preventScroll: true});
                box.scrollIntoView({block: "start"});
            }
        }
    };

    document.addEventListener("DOMContentLoaded", function () {
        if (window.jQuery) {
            jQuery(document).on("pfAjaxError", function (event, xhr) {
                ajaxFailed(xhr);
            });
        }
    });
})();
