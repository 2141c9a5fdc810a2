// Field Inspector HQ workspace: small progressive enhancements. Every page works without this script.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  function ready(fn) {
    if (document.readyState !== "loading") { fn(); } else { document.addEventListener("DOMContentLoaded", fn); }
  }

  // Filters and the language choice apply as soon as a choice changes (their "Show" button stays for no-script).
  function autosubmit() {
    document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
      select.addEventListener("change", function () {
        var clears = select.getAttribute("data-clears");
        if (clears) {
          var other = document.getElementById(clears);
          if (other) { other.value = ""; }
        }
        if (select.form) { select.form.requestSubmit ? select.form.requestSubmit() : select.form.submit(); }
      });
    });
  }

  // A photo opens full size in a dialog (Escape or the button closes it); without the script the link opens it.
  function lightbox() {
    var links = document.querySelectorAll("a[data-lightbox]");
    if (!links.length || typeof HTMLDialogElement === "undefined") { return; }
    var dialog = document.createElement("dialog");
    dialog.className = "lightbox";
    var close = document.createElement("button");
    close.type = "button";
    close.className = "button small";
    close.textContent = document.body.getAttribute("data-close-label") || "Close";
    var image = document.createElement("img");
    var caption = document.createElement("p");
    dialog.appendChild(close);
    dialog.appendChild(image);
    dialog.appendChild(caption);
    document.body.appendChild(dialog);
    var opener = null;
    close.addEventListener("click", function () { dialog.close(); });
    dialog.addEventListener("close", function () { if (opener) { opener.focus(); } });
    dialog.addEventListener("click", function (event) { if (event.target === dialog) { dialog.close(); } });
    links.forEach(function (link) {
      link.addEventListener("click", function (event) {
        event.preventDefault();
        opener = link;
        var thumb = link.querySelector("img");
        image.src = link.href;
        image.alt = thumb ? thumb.alt : "";
        caption.textContent = link.getAttribute("data-caption") || "";
        dialog.setAttribute("aria-label", image.alt || caption.textContent);
        dialog.showModal();
        close.focus();
      });
    });
  }

  // A form button that needs a second thought asks for it (the server still checks everything).
  function confirmations() {
    document.querySelectorAll("form[data-confirm]").forEach(function (form) {
      form.addEventListener("submit", function (event) {
        if (!window.confirm(form.getAttribute("data-confirm"))) { event.preventDefault(); }
      });
    });
  }

  // The server ends a session after the idle time; the page follows it to the sign-in page, which keeps this page.
  function idleTimer() {
    var seconds = parseInt(document.body.getAttribute("data-idle-seconds") || "0", 10);
    if (!seconds) { return; }
    var deadline = Date.now() + seconds * 1000;
    window.setInterval(function () {
      if (Date.now() >= deadline) {
        var here = window.location.pathname + window.location.search;
        window.location.assign(document.body.getAttribute("data-expired-url") + encodeURIComponent(here));
      }
    }, 15000);
  }

  // Moving focus to a message a page shows after a form, so screen readers and keyboards start there.
  function focusProblems() {
    var alert = document.querySelector("main [role=alert]");
    if (alert) {
      alert.setAttribute("tabindex", "-1");
      alert.focus();
    }
  }

  ready(function () {
    autosubmit();
    lightbox();
    confirmations();
    idleTimer();
    focusProblems();
  });
})();
