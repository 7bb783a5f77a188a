// Draws the dashboard's charts with Chart.js (served by the app from its webjar); the numbers are in the
// tables beside each chart, so the page reads the same without script.
(function () {
  'use strict';
  if (typeof Chart === 'undefined') {
    return;
  }
  var palette = ['#0b2f5b', '#b3121f', '#1d6b3a', '#f2c14e', '#5b6475', '#8a5a00', '#3f7cc4', '#c46a3f'];
  // a long name (a unit, an award) on lines of a few words, so that a narrow chart shows it whole
  function lines(label) {
    var out = [], line = '';
    String(label).split(' ').forEach(function (word) {
      if (line && (line + ' ' + word).length > 18) {
        out.push(line);
        line = word;
      } else {
        line = line ? line + ' ' + word : word;
      }
    });
    out.push(line);
    return out;
  }
  document.querySelectorAll('canvas.chart').forEach(function (canvas) {
    var data = JSON.parse(canvas.getAttribute('data-values'));
    var type = canvas.getAttribute('data-type');
    var config;
    // bars lie horizontally, so that long names (units, stages) read in full instead of overlapping
    if (type === 'stages') {
      config = {
        type: 'bar',
        data: {
          labels: data.labels.map(lines),
          datasets: [
            {label: canvas.getAttribute('data-median-label'), data: data.median, backgroundColor: palette[0]},
            {label: canvas.getAttribute('data-p90-label'), data: data.p90, backgroundColor: palette[1]}
          ]
        },
        options: {indexAxis: 'y', scales: {x: {beginAtZero: true}, y: {ticks: {autoSkip: false}}}}
      };
    } else if (type === 'bar') {
      config = {
        type: 'bar',
        data: {
          labels: Object.keys(data).map(lines),
          datasets: [{data: Object.values(data), backgroundColor: palette}]
        },
        // whole cases: the axis counts in steps of one
        options: {indexAxis: 'y', plugins: {legend: {display: false}},
          scales: {x: {beginAtZero: true, ticks: {precision: 0}}, y: {ticks: {autoSkip: false}}}}
      };
    } else {
      config = {
        type: type,
        data: {
          labels: Object.keys(data),
          datasets: [{data: Object.values(data), backgroundColor: palette}]
        },
        options: {plugins: {legend: {display: type === 'doughnut'}}}
      };
    }
    config.options = Object.assign({responsive: true, maintainAspectRatio: false, animation: false}, config.options);
    new Chart(canvas, config);
  });
})();
