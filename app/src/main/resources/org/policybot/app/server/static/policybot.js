// PolicyBot pages: highlight and centre the clause a link points to, and copy clause links.
// Served from /static/ because the Content-Security-Policy forbids inline script.
"use strict";
(function () {
  function targetClause() {
    if (!location.hash) {
      return null;
    }
    var id;
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch (e) {
      return null;
    }
    var el = document.getElementById(id);
    return el && el.classList.contains("clause") ? el : null;
  }

  function highlight() {
    document.querySelectorAll(".clause.is-target").forEach(function (el) {
      el.classList.remove("is-target");
    });
    var el = targetClause();
    if (el) {
      el.classList.add("is-target");
      // Centred rather than at the top, where the sticky header would cover it.
      el.scrollIntoView({ block: "center" });
    }
  }

  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "offscreen";
    document.body.appendChild(area);
    area.select();
    try {
      document.execCommand("copy");
    } catch (e) {
      // Nothing more to try; the clause number is itself a link that can be copied.
    }
    area.remove();
  }

  function copy(button) {
    var url = button.getAttribute("data-url");
    var done = function () {
      button.textContent = "Copied";
      setTimeout(function () { button.textContent = "Copy link"; }, 1500);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(url).then(done, function () { fallbackCopy(url); done(); });
    } else {
      fallbackCopy(url);
      done();
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("button.copy-link").forEach(function (button) {
      button.addEventListener("click", function () { copy(button); });
    });
    highlight();
  });
  window.addEventListener("hashchange", highlight);
})();
