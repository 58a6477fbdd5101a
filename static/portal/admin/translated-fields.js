// Language chooser of TranslatedFieldPanel: show the default language and the chosen one.
// Without JavaScript every language stays visible, so nothing is out of reach.
(function () {
  function apply(panel, chosen) {
    const source = panel.dataset.defaultLanguage;
    panel.querySelectorAll("[data-translated-field-lang]").forEach(function (field) {
      const lang = field.dataset.translatedFieldLang;
      const hasError = field.querySelector(".w-field--error, .error-message");
      field.hidden = Boolean(chosen) && lang !== source && lang !== chosen && !hasError;
    });
  }
  function init(panel) {
    if (panel.dataset.translatedFieldsReady) return;
    panel.dataset.translatedFieldsReady = "1";
    const chooser = panel.querySelector("[data-translated-fields-chooser]");
    const select = chooser.querySelector("select");
    const remembered = window.localStorage.getItem("translated-fields-language");
    if (remembered !== null) select.value = remembered;
    chooser.hidden = false;
    select.addEventListener("change", function () {
      window.localStorage.setItem("translated-fields-language", select.value);
      apply(panel, select.value);
    });
    apply(panel, select.value);
  }
  function initAll() {
    document.querySelectorAll("[data-translated-fields]").forEach(init);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", initAll);
  } else {
    initAll();
  }
})();
