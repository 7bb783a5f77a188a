// The Council's session page counts the voters as they vote: every 15 seconds it asks who has voted (names only,
// never how) and redraws the count and the two lists; when the vote has closed it reloads the whole page.
(function () {
  var panel = document.getElementById('voters');
  if (!panel || panel.getAttribute('data-voting') !== 'true') {
    return;
  }
  var source = panel.getAttribute('data-source');

  function fill(list, names) {
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    names.forEach(function (name) {
      var item = document.createElement('li');
      item.textContent = name;
      list.appendChild(item);
    });
  }

  function refresh() {
    fetch(source, {headers: {Accept: 'application/json'}, credentials: 'same-origin'})
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (v) {
        if (!v) {
          return;
        }
        if (!v.voting) {
          window.location.reload();
          return;
        }
        var count = document.getElementById('voted-count');
        count.textContent = count.textContent.replace(/^\d+\/\d+/, v.voted + '/' + v.members);
        document.getElementById('voted-bar').value = v.voted;
        var state = document.getElementById('quorum-state');
        var reached = v.voted >= v.quorumVotes;
        state.className = reached ? 'badge badge-ok' : 'badge badge-warning';
        state.textContent = reached ? panel.getAttribute('data-reached')
          : panel.getAttribute('data-missing').replace('{0}', String(v.quorumVotes - v.voted));
        fill(document.getElementById('members-voted'), v.people.filter(function (p) { return p.voted; })
          .map(function (p) { return p.name; }));
        var missing = document.getElementById('members-missing');
        var names = v.people.filter(function (p) { return !p.voted; }).map(function (p) { return p.name; });
        fill(missing, names.length ? names : [missing.getAttribute('data-empty')]);
      })
      .catch(function () { /* the next round tries again */ });
  }

  window.setInterval(refresh, Number(panel.getAttribute('data-interval') || 15000));
})();
