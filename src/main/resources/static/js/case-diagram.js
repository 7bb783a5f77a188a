// Draws the case's process with the bpmn-js viewer when the official opens it (one click, the page stays light),
// at its real size so that every label reads, inside a scrolling box that starts at the current step; marks the
// steps done and the current one. Served from 'self' (no inline script: the Content-Security-Policy forbids it).
(function () {
  'use strict';
  var holder = document.getElementById('case-diagram');
  var details = document.getElementById('diagram-details');
  if (!holder || typeof BpmnJS === 'undefined') {
    return;
  }
  var base = holder.getAttribute('data-base');
  var started = false;

  function text(url) {
    return fetch(url, {credentials: 'same-origin'}).then(function (r) {
      if (!r.ok) {
        throw new Error(r.status);
      }
      return r;
    });
  }

  function draw() {
    if (started) {
      return;
    }
    started = true;
    var viewer = new BpmnJS({container: holder});
    Promise.all([text(base + '/diagram.bpmn').then(function (r) { return r.text(); }),
                 text(base + '/diagram-state').then(function (r) { return r.json(); })])
      .then(function (results) {
        return viewer.importXML(results[0]).then(function () {
          var canvas = viewer.get('canvas');
          var registry = viewer.get('elementRegistry');
          // the box takes the diagram's own size (scale 1, labels as drawn); the page scrolls it
          var box = canvas.getActiveLayer().getBBox();
          var margin = 40;
          holder.style.width = Math.ceil(box.width + 2 * margin) + 'px';
          holder.style.height = Math.ceil(box.height + 2 * margin) + 'px';
          canvas.resized();
          canvas.viewbox({x: box.x - margin, y: box.y - margin, width: box.width + 2 * margin,
            height: box.height + 2 * margin});
          results[1].done.forEach(function (id) {
            if (registry.get(id)) {
              canvas.addMarker(id, 'step-done');
            }
          });
          var current = null;
          results[1].active.forEach(function (id) {
            if (registry.get(id)) {
              canvas.addMarker(id, 'step-current');
              current = current || registry.get(id);
            }
          });
          if (current) {
            var scroller = holder.parentElement;
            scroller.scrollLeft = Math.max(0, current.x - box.x + margin - scroller.clientWidth / 2);
            scroller.scrollTop = Math.max(0, current.y - box.y + margin - scroller.clientHeight / 2);
          }
          holder.setAttribute('data-rendered', 'true');
        });
      })
      .catch(function () {
        var msg = document.getElementById('case-diagram-error');
        if (msg) {
          msg.hidden = false;
        }
      });
  }

  if (details) {
    details.addEventListener('toggle', function () {
      if (details.open) {
        draw();
      }
    });
    if (details.open || window.location.hash === '#diagram') {
      details.open = true;
      draw();
    }
  } else {
    draw();
  }
})();
