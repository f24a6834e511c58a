/*
 * The pages run under a Content Security Policy (PrimeFaces' primefaces.CSP), and PrimeFaces refuses
 * a postback without the page's nonce. Its scripts put the nonce into every form when the page is
 * ready and after each of its ajax updates, and an ajax request reads it from its form. Two moments
 * fall between: a touch before the page is ready, and a request whose form an update has just
 * replaced (a search-as-you-type request still waiting when the form is submitted). For the first,
 * the nonce is put into the forms on the first touch, key or submit; for the second, a request whose
 * form has none carries the page's nonce all the same.
 */
(function () {
    "use strict";

    function pageNonce() {
        if (!window.PrimeFaces || !PrimeFaces.csp) {
            return "";
        }
        if (PrimeFaces.csp.NONCE_VALUE) {
            return PrimeFaces.csp.NONCE_VALUE;
        }
        // the nonce of the page's own scripts (the browser hides the attribute, not the property)
        var script = document.querySelector("script[nonce]");
        return script ? script.nonce : "";
    }

    function ensureFormsCarryNonce() {
        var nonce = pageNonce();
        if (nonce) {
            PrimeFaces.csp.init(nonce);
        }
    }

    /** Wraps how PrimeFaces copies the nonce from a form into a request: when the form has none, the page's. */
    function fallBackToPageNonce() {
        var request = window.PrimeFaces && PrimeFaces.ajax && PrimeFaces.ajax.Request;
        if (!request || request.servicehallNonce || typeof request.addParamFromInput !== "function"
                || typeof request.addFormDataFromInput !== "function") {
            return;
        }
        var fromParams = request.addParamFromInput;
        request.addParamFromInput = function (params, name, form, prefix) {
            var before = params.length;
            fromParams.apply(this, arguments);
            if (name === PrimeFaces.csp.NONCE_INPUT && params.length === before && pageNonce()) {
                request.addParam(params, name, pageNonce(), prefix);
            }
        };
        var fromFormData = request.addFormDataFromInput;
        request.addFormDataFromInput = function (formData, name, form, prefix) {
            fromFormData.apply(this, arguments);
            var key = prefix && name.indexOf(prefix) !== 0 ? prefix + name : name;
            if (name === PrimeFaces.csp.NONCE_INPUT && !formData.has(key) && pageNonce()) {
                request.addFormData(formData, name, pageNonce(), prefix);
            }
        };
        request.servicehallNonce = true;
    }

    ["pointerdown", "keydown", "submit"].forEach(function (type) {
        document.addEventListener(type, ensureFormsCarryNonce, true);
    });
    document.addEventListener("DOMContentLoaded", fallBackToPageNonce);
})();
