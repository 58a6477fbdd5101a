// Kit finder (kits/templates/kits/kit_index_page.html): small enhancements; the page works without them.
(function () {
  // The filters sit beside the results on wide screens: open them there. Phones keep them closed, as
  // served, so that the kits come first.
  var panel = document.getElementById("filter-panel");
  var wide = window.matchMedia("(min-width: 60rem)");
  function openOnWideScreens() {
    if (panel && wide.matches) panel.open = true;
  }
  openOnWideScreens();
  wide.addEventListener("change", openOnWideScreens);

  // The filter form, the chips and "Clear all filters" lead to #results-heading: start from the results
  // there, by focusing their heading, which screen readers then read ("3 kits"). A first visit, without
  // the anchor, keeps its focus at the top of the page.
  if (window.location.hash === "#results-heading") {
    var heading = document.getElementById("results-heading");
    if (heading) heading.focus();
  }
})();
