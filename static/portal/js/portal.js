// Small enhancements; every page works without JavaScript.
(function () {
  // Close the language switcher with Escape or a click elsewhere, as a menu would.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    document.querySelectorAll("details.language-switcher[open]").forEach(function (details) {
      details.open = false;
      details.querySelector("summary").focus();
    });
  });
  document.addEventListener("click", function (event) {
    document.querySelectorAll("details.language-switcher[open]").forEach(function (details) {
      if (!details.contains(event.target)) details.open = false;
    });
  });
})();
