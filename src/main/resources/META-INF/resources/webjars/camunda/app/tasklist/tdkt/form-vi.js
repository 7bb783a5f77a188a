// Translates the English messages of the Tasklist's form renderer (form-js 1.8 has no locale support):
// watches the page and rewrites validation messages and a few control texts in Vietnamese.
const exact = {
  'Field is required.': 'Trường này bắt buộc nhập.',
  'Field must be a valid email.': 'Địa chỉ thư điện tử không hợp lệ.',
  'Field must be a valid  international phone number. (e.g. +4930664040900)':
    'Số điện thoại không hợp lệ (ví dụ +84912345678).',
  'Date must match pattern yyyy-MM-dd': 'Ngày phải theo mẫu năm-tháng-ngày (yyyy-MM-dd).',
  'Search': 'Tìm kiếm',
  'Select': 'Chọn',
  'No results': 'Không có kết quả',
  'Remove': 'Bỏ',
  'Add new': 'Thêm dòng',
  'Collapse': 'Thu gọn'
};
const patterns = [
  [/^Field must have minimum value of (.+)\.$/, 'Giá trị nhỏ nhất là $1.'],
  [/^Field must have maximum value of (.+)\.$/, 'Giá trị lớn nhất là $1.'],
  [/^Field must have minimum length of (.+)\.$/, 'Cần ít nhất $1 ký tự.'],
  [/^Field must have maximum length of (.+)\.$/, 'Không quá $1 ký tự.'],
  [/^Field must match pattern (.+)\.$/, 'Giá trị phải theo mẫu $1.'],
  [/^Expand all \((\d+)\)$/, 'Hiện tất cả ($1 dòng)']
];

export function translate(text) {
  const key = text.trim();
  if (exact[key]) {
    return exact[key];
  }
  for (const [re, vi] of patterns) {
    if (re.test(key)) {
      return key.replace(re, vi);
    }
  }
  return null;
}

function rewrite(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement && node.parentElement.closest('.fjs-container')) {
      const vi = translate(node.nodeValue);
      if (vi) {
        node.nodeValue = vi;
      }
    }
  }
  root.querySelectorAll && root.querySelectorAll('.fjs-container [placeholder]').forEach(el => {
    const vi = translate(el.getAttribute('placeholder'));
    if (vi) {
      el.setAttribute('placeholder', vi);
    }
  });
  // what a screen reader announces: form-js and Tasklist's dialogs label their controls in English
  root.querySelectorAll && root.querySelectorAll('[aria-label], [title]').forEach(el => {
    for (const name of ['aria-label', 'title']) {
      const value = el.getAttribute(name);
      const vi = value && labels(value);
      if (vi) {
        el.setAttribute(name, vi);
      }
    }
  });
}

const LABELS = {
  'Close': 'Đóng',
  'Clear': 'Xóa',
  'Increment': 'Tăng',
  'Decrement': 'Giảm',
  'Previous page': 'Trang trước',
  'Next page': 'Trang sau',
  'Form Input': 'Dữ liệu biểu mẫu',
  'Form Output': 'Kết quả biểu mẫu',
  'Search': 'Tìm kiếm',
  'Select': 'Chọn'
};

export function labels(text) {
  const key = text.trim();
  if (LABELS[key]) {
    return LABELS[key];
  }
  const item = /^Remove list item (\d+)$/.exec(key);
  return item ? 'Bỏ dòng ' + item[1] : null;
}

new MutationObserver(mutations => {
  for (const m of mutations) {
    if (m.type === 'attributes') {
      const vi = m.target.getAttribute && labels(m.target.getAttribute(m.attributeName) || '');
      if (vi) {
        m.target.setAttribute(m.attributeName, vi);
      }
      continue;
    }
    if (m.type === 'characterData' && m.target.parentElement) {
      rewrite(m.target.parentElement);
    }
    m.addedNodes.forEach(n => rewrite(n.nodeType === Node.TEXT_NODE ? n.parentElement || document.body : n));
  }
}).observe(document.body, {childList: true, subtree: true, characterData: true, attributes: true,
  attributeFilter: ['aria-label', 'title']});

export default [];
