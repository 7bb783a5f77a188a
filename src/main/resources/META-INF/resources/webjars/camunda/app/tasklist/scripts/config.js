// Our configuration of the Camunda webapp (overrides the vendor's file of the same path in the webjar):
// Vietnamese by default, English kept as a choice, our product name.
// tdkt/form-vi translates the messages of the form renderer (form-js), which only knows English; tdkt/started
// tells the official what a start created (its case or session number) with a link to its page.
export default {
  app: {
    name: 'Thi đua – Khen thưởng',
    vendor: 'UBND tỉnh Thanh Hóa'
  },
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'vi'
  },
  dateFormat: {
    normal: 'DD/MM/YYYY HH:mm',
    long: 'LLLL'
  },
  customScripts: ['tdkt/form-vi', 'tdkt/started', 'tdkt/dynamic-lists'],
  disableWelcomeMessage: true,
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'Nhận xử lý công việc đang chọn'},
    focusFilter: {key: 'ctrl+shift+f', description: 'Chuyển tới bộ lọc đầu tiên'},
    focusList: {key: 'ctrl+alt+l', description: 'Chuyển tới công việc đầu tiên trong danh sách'},
    focusForm: {key: 'ctrl+alt+f', description: 'Chuyển tới ô nhập đầu tiên của biểu mẫu'},
    startProcess: {key: 'ctrl+alt+p', description: 'Mở hộp thoại bắt đầu quy trình'}
  }
};
