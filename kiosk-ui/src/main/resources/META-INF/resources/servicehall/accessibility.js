/* What screen readers need that Faces and PrimeFaces leave out, on every page: the page's language,
   and the roles and names PrimeFaces' markup lacks. Runs when loaded, when the page is ready and
   after every change of the markup (ajax updates, widgets built by PrimeFaces' scripts). */
(function () {
    "use strict";

    /* The page's language on <html lang>, for screen readers and the browser's own hyphenation and
       fonts. A switch of language updates @all, which replaces the head and the body's content but
       never the html element itself: its lang would stay that of the first page. The head carries
       the language in <meta name="servicehall-language">; this copies it. */
    function markLanguage() {
        var meta = document.querySelector('meta[name="servicehall-language"]');
        if (meta && meta.content && document.documentElement.lang !== meta.content) {
            document.documentElement.lang = meta.content;
        }
    }

    /* p:fileUpload's "choose" control is a focusable span that PrimeFaces' script works with the
       keyboard, named by its label (aria-labelledby) but without a role: a screen reader announces
       a text, not a button. (Its file input, which the span opens, is not displayed: staff.css.) */
    function markFileChoosers() {
        document.querySelectorAll(".ui-fileupload-choose:not([role])").forEach(function (choose) {
            choose.setAttribute("role", "button");
            if (choose.classList.contains("ui-state-disabled")) {
                choose.setAttribute("aria-disabled", "true");
            }
        });
    }

    /* A table's paginator is a navigation landmark (role="navigation" on its container), but
       PrimeFaces' script names an inner div that has no role, where the name is not announced. The
       name goes to the landmark: the table's data-paginator-label when the page gives one, else
       PrimeFaces' own (translated) one. */
    function markPaginators() {
        document.querySelectorAll(".ui-paginator[role='navigation']").forEach(function (paginator) {
            var named = paginator.querySelector(":scope > [aria-label]:not([role])");
            var table = paginator.closest("[data-paginator-label]");
            var label = table ? table.getAttribute("data-paginator-label") : named && named.getAttribute("aria-label");
            if (label && paginator.getAttribute("aria-label") !== label) {
                paginator.setAttribute("aria-label", label);
            }
            if (named) {
                named.removeAttribute("aria-label");
            }
        });
    }

    function mark() {
        markLanguage();
        markFileChoosers();
        markPaginators();
    }

    /* Ajax updates (a switch of language replaces head and body) and PrimeFaces' widgets change the
       markup after the page is ready: mark again once each change has settled. The observer stays on
       <html>, which no update replaces; this script runs again with each new head. */
    var pending = false;

    function markSoon() {
        if (!pending) {
            pending = true;
            window.setTimeout(function () {
                pending = false;
                mark();
            }, 0);
        }
    }

    markLanguage();
    if (!window.ServiceHallAccessibility && window.MutationObserver) {
        window.ServiceHallAccessibility = new MutationObserver(markSoon);
        window.ServiceHallAccessibility.observe(document.documentElement,
                {childList: true, subtree: true, attributes: true, attributeFilter: ["aria-label", "content"]});
    }
    document.addEventListener("DOMContentLoaded", markSoon);
}());
