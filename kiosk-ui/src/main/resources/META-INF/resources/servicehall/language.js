/* The page's language on <html lang>, for screen readers and the browser's own hyphenation and fonts.
   A switch of language updates @all, which replaces the head and the body's content but never the
   html element itself: its lang would stay that of the first page. The head carries the language
   in <meta name="servicehall-language">; this script runs again with the new head, and after every
   ajax update, and copies it. */
(function () {
    "use strict";

    function mark() {
        var meta = document.querySelector('meta[name="servicehall-language"]');
        if (meta && meta.content && document.documentElement.lang !== meta.content) {
            document.documentElement.lang = meta.content;
        }
    }

    /* PrimeFaces' jQuery comes after this script in the head: listen once it is there. */
    function listen() {
        if (window.jQuery && !window.ServiceHallLanguageMarked) {
            window.ServiceHallLanguageMarked = true;
            window.jQuery(document).on("pfAjaxComplete", mark);
        }
    }

    mark();
    listen();
    document.addEventListener("DOMContentLoaded", listen);
}());
