// cpkit docs: search as you type (window.CPKIT_SEARCH from search-index.js) and copy buttons.
// Vanilla JS, no framework; every page has <input id="search"> and <ul id="search-results">.
(function () {
  "use strict";

  var MAX_RESULTS = 60;

  function esc(s) {
    return String(s).replace(/[&<>"]/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c];
    });
  }

  function root() {
    return document.body.getAttribute("data-root") || "";
  }

  // Rank of an item for query q (lower is better), or -1 when it does not match.
  function rank(item, q) {
    var n = item.name.toLowerCase();
    if (n === q) return 0;
    if (n.indexOf(q) === 0) return 1;
    if (n.indexOf(q) > 0) return 2;
    if (item.header && item.header.toLowerCase().indexOf(q) >= 0) return 3;
    if (item.text && item.text.toLowerCase().indexOf(q) >= 0) return 4;
    return -1;
  }

  function show(query) {
    var list = document.getElementById("search-results");
    if (!list) return;
    var q = query.trim().toLowerCase();
    list.innerHTML = "";
    if (!q) {
      list.classList.remove("open");
      return;
    }
    var items = window.CPKIT_SEARCH || [];
    var hits = [];
    for (var i = 0; i < items.length; i++) {
      var r = rank(items[i], q);
      if (r >= 0) hits.push([r, i]);
    }
    hits.sort(function (a, b) {
      return a[0] - b[0] || a[1] - b[1];
    });
    var html = "";
    for (var k = 0; k < hits.length && k < MAX_RESULTS; k++) {
      var it = items[hits[k][1]];
      html +=
        '<li><a href="' + esc(root() + it.url) + '">' + esc(it.name) + "</a> " +
        '<span class="kind">' + esc(it.kind) + "</span>" +
        (it.header ? ' <span class="where">' + esc(it.header) + "</span>" : "") +
        (it.complexity ? ' <span class="cx">' + esc(it.complexity) + "</span>" : "") +
        "</li>";
    }
    if (!hits.length) html = '<li class="none">no match for ' + esc(query.trim()) + "</li>";
    list.innerHTML = html;
    list.classList.add("open");
  }

  function copyText(text, button) {
    function done(ok) {
      button.textContent = ok ? "Copied" : "Select and copy";
      window.setTimeout(function () {
        button.textContent = "Copy";
      }, 1500);
    }
    function fallback() {
      var ta = document.createElement("textarea");
      ta.value = text;
      ta.setAttribute("readonly", "");
      ta.style.position = "fixed";
      ta.style.left = "-9999px";
      document.body.appendChild(ta);
      ta.select();
      var ok = false;
      try {
        ok = document.execCommand("copy");
      } catch (e) {
        ok = false;
      }
      document.body.removeChild(ta);
      done(ok);
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(
        function () {
          done(true);
        },
        function () {
          fallback();
        }
      );
    } else {
      fallback();
    }
  }

  function setupCopy() {
    var buttons = document.querySelectorAll("button.copy");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].addEventListener("click", function (ev) {
        ev.preventDefault();
        ev.stopPropagation();
        var target = document.getElementById(this.getAttribute("data-target"));
        if (!target) return;
        var code = target.querySelector("pre code") || target.querySelector("pre") || target;
        copyText(code.textContent, this);
      });
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    var box = document.getElementById("search");
    if (box) {
      box.addEventListener("input", function () {
        show(box.value);
      });
      box.addEventListener("keydown", function (ev) {
        if (ev.key === "Escape") {
          box.value = "";
          show("");
        }
      });
      var q = new URLSearchParams(window.location.search).get("q");
      if (q) {
        box.value = q;
        show(q);
      }
    }
    setupCopy();
  });
})();
