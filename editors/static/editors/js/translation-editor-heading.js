// wagtail-localize's translation editor writes its heading in English whatever the admin's language
// ("Anglais to Français translation"); say it in the admin's language, with the template given by the
// script tag (editors.wagtail_hooks.translation_editor_heading).
(function () {
  var script = document.currentScript;
  var editor = document.querySelector(".js-translation-editor");
  if (!editor) return;
  var template = script.getAttribute("data-template");
  var english = /^(.+) to (.+) translation$/;
  function translateHeadings() {
    editor.querySelectorAll("section h3").forEach(function (heading) {
      var match = english.exec(heading.textContent);
      if (match) heading.textContent = template.replace("%(source)s", match[1]).replace("%(target)s", match[2]);
    });
  }
  new MutationObserver(translateHeadings).observe(editor, { childList: true, subtree: true });
  translateHeadings();
})();
