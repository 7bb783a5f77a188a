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
}

new MutationObserver(mutations => {
  for (const m of mutations) {
    if (m.type === 'characterData' && m.target.parentElement) {
      rewrite(m.target.parentElement);
    }
    m.addedNodes.forEach(n => rewrite(n.nodeType === Node.TEXT_NODE ? n.parentElement || document.body : n));
  }
}).observe(document.body, {childList: true, subtree: true, characterData: true});

export default [];
