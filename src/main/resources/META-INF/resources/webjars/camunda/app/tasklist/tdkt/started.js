// After a start in Tasklist, tell the official at once what was created — the case number of a nomination, the
// session of the Council, the cluster's round, the provincial case of a central proposal — with a link to its
// page (one sign-in: it opens without a second login). Tasklist's own notice lasts 3 seconds and names nothing.
// The number comes from the answer to the start itself (the engine gives the business key it set).
const PAGES = {
  'commendation-nomination': key => ({text: 'Đã tiếp nhận hồ sơ số ' + key + '.', link: '/cases/' + key,
    linkText: 'Xem hồ sơ'}),
  'council-session': key => ({text: 'Đã mở phiên họp Hội đồng ' + key + '.', link: '/council/sessions/' + key,
    linkText: 'Theo dõi phiên họp'}),
  'central-award-proposal': key => ({text: 'Đã lập đề nghị khen thưởng cấp Nhà nước cho hồ sơ ' + key + '.',
    link: '/cases/' + key, linkText: 'Xem hồ sơ'}),
  'cluster-review-round': key => {
    const round = /^BX-(.+)-\d{4}-[A-Z_]+-(\d+)$/.exec(key);
    return {text: 'Đã mở phiên bình xét của cụm thi đua.', link: round ? '/clusters/' + round[1] + '/rounds/' + round[2]
      : null, linkText: 'Xem phiên bình xét'};
  }
};

const START = /\/process-definition\/[^/]+\/submit-form$|\/process-definition\/key\/[^/]+\/submit-form$/;

function show(started) {
  const key = (started.definitionId || '').split(':')[0];
  const page = PAGES[key] && started.businessKey ? PAGES[key](started.businessKey) : null;
  if (!page) {
    return;
  }
  let box = document.getElementById('tdkt-started');
  if (box) {
    box.remove();
  }
  box = document.createElement('div');
  box.id = 'tdkt-started';
  box.className = 'alert alert-success tdkt-started';
  box.setAttribute('role', 'status');
  const text = document.createElement('strong');
  text.textContent = page.text;
  box.appendChild(text);
  if (page.link) {
    box.appendChild(document.createTextNode(' '));
    const a = document.createElement('a');
    a.href = page.link;
    a.target = '_blank';
    a.rel = 'noopener';
    a.textContent = page.linkText;
    box.appendChild(a);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.setAttribute('aria-label', 'Đóng');
  close.textContent = '×';
  close.addEventListener('click', () => box.remove());
  box.appendChild(close);
  document.body.appendChild(box);
}

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url) {
  if (String(method).toUpperCase() === 'POST' && START.test(String(url).split('?')[0])) {
    this.addEventListener('load', () => {
      if (this.status >= 200 && this.status < 300) {
        try {
          show(JSON.parse(this.responseText));
        } catch (e) {
          // not the answer we know: Tasklist's own notice stays
        }
      }
    });
  }
  return open.apply(this, arguments);
};

export default [];
