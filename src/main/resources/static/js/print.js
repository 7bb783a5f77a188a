// "In biên bản": the browser's print dialog (the page's print styles lay it out on A4). No inline script (CSP).
(function () {
  var button = document.getElementById('print-minutes');
  if (button) {
    button.addEventListener('click', function () { window.print(); });
  }
})();
