// Progressive enhancement for the committee application form: shows the essay's length as it is typed. The page works
// without it (the server counts and enforces the limit); the count uses code points and ignores surrounding spaces,
// as the server does.
(function () {
  'use strict';
  var essay = document.getElementById('essay');
  var count = document.getElementById('essay-count');
  if (!essay || !count) {
    return;
  }
  var limit = parseInt(essay.getAttribute('data-limit'), 10);
  var template = essay.getAttribute('data-count-template') || '{count}';
  function update() {
    var length = Array.from(essay.value.trim()).length;
    count.textContent = template.replace('{count}', String(length));
    count.classList.toggle('field-error', length > limit);
  }
  essay.addEventListener('input', update);
  update();
}());
