// Small enhancements; every page works without JavaScript.
(function () {
  // Close the language switcher and the account menu with Escape or a click elsewhere, as a menu would.
  var MENUS = "details.language-switcher[open], details.account-menu__details[open]";
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    document.querySelectorAll(MENUS).forEach(function (details) {
      details.open = false;
      details.querySelector("summary").focus();
    });
  });
  document.addEventListener("click", function (event) {
    document.querySelectorAll(MENUS).forEach(function (details) {
      if (!details.contains(event.target)) details.open = false;
    });
  });

  // Events: add the visitor's own local time next to the organiser's (the page names its zone).
  document.querySelectorAll("time[data-local-time]").forEach(function (element) {
    var date = new Date(element.getAttribute("datetime"));
    if (isNaN(date)) return;
    var local = new Intl.DateTimeFormat(document.documentElement.lang, {
      year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short"
    }).format(date);
    element.setAttribute("title", local);
  });
  document.querySelectorAll(".event-time").forEach(function (paragraph) {
    var first = paragraph.querySelector("time[data-local-time]");
    if (!first || !first.title) return;
    var note = document.createElement("span");
    note.className = "meta local-time";
    note.textContent = " · " + paragraph.getAttribute("data-local-label") + ": " + first.title;
    paragraph.appendChild(note);
  });

  // Countries: filter the list while typing (the form also works without JavaScript).
  var countryForm = document.querySelector("[data-country-filter]");
  if (countryForm) {
    var input = countryForm.querySelector("input[type=search]");
    input.addEventListener("input", function () {
      var query = input.value.trim().toLowerCase();
      var shown = 0;
      document.querySelectorAll("[data-country-name]").forEach(function (item) {
        var match = !query || item.getAttribute("data-country-name").indexOf(query) !== -1;
        item.hidden = !match;
        if (match) shown += 1;
      });
      var count = document.querySelector("[data-country-count]");
      if (count) count.textContent = count.textContent.replace(/\d+/, shown);
    });
  }
})();
