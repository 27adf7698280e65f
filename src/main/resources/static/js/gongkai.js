/*
 * Gongkai progressive enhancement. Every page works without this file; it only adds conveniences.
 * No inline script anywhere: the Content-Security-Policy forbids it.
 */
(function () {
  "use strict";

  // Forms marked data-confirm ask before submitting (e.g. revoking a token); without JS they just submit.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var message = form && form.getAttribute && form.getAttribute("data-confirm");
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  });

  // After a failed submit, move focus to the first field with an error so keyboard and screen-reader
  // users land where they need to act.
  document.addEventListener("DOMContentLoaded", function () {
    var invalid = document.querySelector("[aria-invalid='true']");
    if (invalid && typeof invalid.focus === "function") {
      invalid.focus();
    }
  });
})();
