// Draws the case's process with the bpmn-js viewer and marks the steps done and the current one.
// Served from 'self' (no inline script: the Content-Security-Policy forbids it).
(function () {
  'use strict';
  var holder = document.getElementById('case-diagram');
  if (!holder || typeof BpmnJS === 'undefined') {
    return;
  }
  var base = holder.getAttribute('data-base');
  var viewer = new BpmnJS({container: holder});
  function text(url) {
    return fetch(url, {credentials: 'same-origin'}).then(function (r) {
      if (!r.ok) {
        throw new Error(r.status);
      }
      return r;
    });
  }
  Promise.all([text(base + '/diagram.bpmn').then(function (r) { return r.text(); }),
               text(base + '/diagram-state').then(function (r) { return r.json(); })])
    .then(function (results) {
      return viewer.importXML(results[0]).then(function () {
        var canvas = viewer.get('canvas');
        var registry = viewer.get('elementRegistry');
        canvas.zoom('fit-viewport');
        results[1].done.forEach(function (id) {
          if (registry.get(id)) {
            canvas.addMarker(id, 'step-done');
          }
        });
        results[1].active.forEach(function (id) {
          if (registry.get(id)) {
            canvas.addMarker(id, 'step-current');
          }
        });
        holder.setAttribute('data-rendered', 'true');
      });
    })
    .catch(function () {
      var msg = document.getElementById('case-diagram-error');
      if (msg) {
        msg.hidden = false;
      }
    });
})();
